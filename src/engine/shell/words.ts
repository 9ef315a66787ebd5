/**
 * Reads one shell word with bash's quoting rules: `'…'` keeps everything literal,
 * `"…"` keeps all but `$`, `` ` `` and `\` before `$ ` " \ newline`, an unquoted
 * backslash quotes the next character, and backslash-newline is a line continuation.
 */
import { readAnsiC, readDollar } from './dollar';
import { notSupported, unmatchedQuote } from './errors';
import { isMeta } from './source';
import type { Source } from './source';
import type { RawWord, WordPart } from './types';

class PartsBuilder {
  readonly parts: WordPart[] = [];

  lit(text: string, quoted: boolean): void {
    const last = this.parts[this.parts.length - 1];
    if (last?.kind === 'lit' && last.quoted === quoted && text !== '') {
      last.text += text;
      return;
    }
    this.parts.push({ kind: 'lit', text, quoted });
  }

  push(part: WordPart): void {
    this.parts.push(part);
  }
}

/** Reads a word starting at src.pos (which is not a metacharacter). */
export function readWord(src: Source): RawWord {
  const start = src.pos;
  const b = new PartsBuilder();
  readTilde(src, b);
  while (!src.eof) {
    src.skipContinuations();
    const ch = src.peek();
    if (ch === '' || isMeta(ch)) break;
    src.pos++;
    if (ch === '\\') readBackslash(src, b);
    else if (ch === "'") b.lit(readSingleQuoted(src), true);
    else if (ch === '"') readDoubleQuoted(src, b);
    else if (ch === '`') throw notSupported('command substitution');
    else if (ch === '$') readUnquotedDollar(src, b);
    else b.lit(ch, false);
  }
  return { parts: b.parts, text: src.text.slice(start, src.pos) };
}

/** `~` or `~/…` at the start of a word is the home directory. */
function readTilde(src: Source, b: PartsBuilder): void {
  if (src.peek() !== '~') return;
  const next = src.peek(1);
  if (next === '' || next === '/' || isMeta(next)) {
    src.pos++;
    b.push({ kind: 'tilde' });
  }
}

function readBackslash(src: Source, b: PartsBuilder): void {
  if (src.eof) {
    // A trailing backslash with nothing after it: bash waits for the next line.
    b.lit('\\', true);
    return;
  }
  b.lit(src.peek(), true);
  src.pos++;
}

function readSingleQuoted(src: Source): string {
  const end = src.text.indexOf("'", src.pos);
  if (end < 0) {
    src.pos = src.text.length;
    throw unmatchedQuote("'");
  }
  const text = src.text.slice(src.pos, end);
  src.pos = end + 1;
  return text;
}

const DQ_ESCAPABLE = '$`"\\';

function readDoubleQuoted(src: Source, b: PartsBuilder): void {
  b.lit('', true); // "" alone is still an (empty) argument
  while (!src.eof && src.peek() !== '"') {
    const ch = src.peek();
    src.pos++;
    if (ch === '\\') {
      const next = src.peek();
      if (next === '\n') src.pos++;
      else if (next !== '' && DQ_ESCAPABLE.includes(next)) {
        b.lit(next, true);
        src.pos++;
      } else b.lit('\\', true);
    } else if (ch === '`') throw notSupported('command substitution');
    else if (ch === '$') {
      const part = readDollar(src, true);
      if (part) b.push(part);
      else b.lit('$', true);
    } else b.lit(ch, true);
  }
  if (src.eof) throw unmatchedQuote('"');
  src.pos++;
}

function readUnquotedDollar(src: Source, b: PartsBuilder): void {
  const next = src.peek();
  if (next === "'") {
    b.lit(readAnsiC(src), true);
    return;
  }
  if (next === '"') return; // $"…" (locale translation) reads as "…"
  const part = readDollar(src, false);
  if (part) b.push(part);
  else b.lit('$', false);
}
