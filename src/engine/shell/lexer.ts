/**
 * Splits script text into bash tokens: words, operators, newlines. Comments start at
 * a `#` that begins a word (`echo a#b` keeps its `#`). Pending heredocs are read as
 * soon as the newline that ends their line is reached, exactly where bash reads them.
 */
import { unexpectedEndOfFile } from './errors';
import { readHeredocBody } from './heredoc';
import type { PendingHeredoc } from './heredoc';
import { Source } from './source';
import type { RawWord } from './types';
import { readWord } from './words';

export type Token =
  | { type: 'word'; word: RawWord; start: number; end: number }
  | { type: 'op'; op: string; fd?: number; start: number; end: number }
  | { type: 'newline'; start: number; end: number }
  | { type: 'eof'; start: number; end: number };

/** Longest first, so `<<-` wins over `<<` and `<`. */
const OPERATORS = [
  ';;&',
  '<<<',
  '<<-',
  '&>>',
  '&&',
  '||',
  ';;',
  ';&',
  '|&',
  '<<',
  '<>',
  '<&',
  '>>',
  '>&',
  '>|',
  '&>',
  '|',
  '&',
  ';',
  '(',
  ')',
  '<',
  '>',
];

export class Lexer {
  readonly src: Source;
  readonly warnings: string[] = [];
  /** Where the last heredoc body read so far ends, for the list's source text. */
  heredocEnd = -1;
  /** End offset of the last token handed to the parser. */
  lastEnd = 0;
  private pending: PendingHeredoc[] = [];
  private lookahead: Token | null = null;

  constructor(text: string) {
    this.src = new Source(text);
  }

  peek(): Token {
    this.lookahead ??= this.lex();
    return this.lookahead;
  }

  next(): Token {
    const t = this.peek();
    this.lookahead = null;
    this.lastEnd = t.end;
    return t;
  }

  /** The parser calls this right after the delimiter word, before looking further. */
  addHeredoc(doc: PendingHeredoc): void {
    this.pending.push(doc);
  }

  hasPendingHeredocs(): boolean {
    return this.pending.length > 0;
  }

  private lex(): Token {
    const src = this.src;
    this.skipBlanksAndComment();
    const start = src.pos;
    if (src.eof) {
      this.readHeredocs();
      return { type: 'eof', start, end: start };
    }
    if (src.peek() === '\n') {
      src.pos++;
      this.readHeredocs();
      return { type: 'newline', start, end: start + 1 };
    }
    const io = /^\d+(?=[<>])/.exec(src.text.slice(src.pos, src.pos + 12));
    if (io) src.pos += io[0].length;
    const op = OPERATORS.find((o) => src.startsWith(o));
    if (op && (io === null || op.startsWith('<') || op.startsWith('>'))) {
      src.pos += op.length;
      const fd = io ? Number(io[0]) : undefined;
      return fd === undefined
        ? { type: 'op', op, start, end: src.pos }
        : { type: 'op', op, fd, start, end: src.pos };
    }
    src.pos = start;
    const word = readWord(src);
    return { type: 'word', word, start, end: src.pos };
  }

  private skipBlanksAndComment(): void {
    const src = this.src;
    for (;;) {
      src.skipContinuations();
      const ch = src.peek();
      if (ch === ' ' || ch === '\t') src.pos++;
      else break;
    }
    if (src.peek() === '#') {
      while (!src.eof && src.peek() !== '\n') src.pos++;
    }
  }

  private readHeredocs(): void {
    if (this.pending.length === 0) return;
    for (const doc of this.pending) {
      const warning = readHeredocBody(this.src, doc);
      if (warning) this.warnings.push(warning);
    }
    this.pending = [];
    this.heredocEnd = this.src.pos;
  }
}

/** How bash names a token in `syntax error near unexpected token`. */
export function tokenText(t: Token): string {
  if (t.type === 'newline') return 'newline';
  if (t.type === 'eof') throw unexpectedEndOfFile();
  if (t.type === 'word') return t.word.text;
  return t.op;
}
