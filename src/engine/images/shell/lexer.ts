/**
 * Tokens of the POSIX shell language, enough for the one-liners Kubernetes manifests put in
 * `command: ["sh", "-c", …]`: words with quoting and `$…` expansions, operators, redirects.
 */

export type Part =
  | { k: 'lit'; s: string; q: boolean }
  | { k: 'var'; name: string; q: boolean; op?: string; arg?: Word }
  | { k: 'cmd'; src: string; q: boolean }
  | { k: 'arith'; src: string; q: boolean };

export interface Word {
  parts: Part[];
}

export type OpToken = ';' | '&' | '&&' | '||' | '|' | '(' | ')' | ';;' | '\n';
export type RedirOp = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>';

export type Token =
  | { t: 'word'; w: Word; raw: string }
  | { t: 'op'; v: OpToken }
  | { t: 'redir'; fd?: number; op: RedirOp };

/** Why a script does not parse; the shell's wording is chosen later, per flavour. */
export class ShellSyntaxError extends Error {
  constructor(
    readonly kind: 'unexpected' | 'eof' | 'unterminated',
    readonly token = '',
    readonly expecting = '',
  ) {
    super(kind === 'unexpected' ? `unexpected "${token}"` : kind);
  }
}

const OPERATORS: string[] = ['&&', '||', ';;', '&>>', '&>', '>>', '>&', '<&', ';', '&', '|', '(', ')', '>', '<'];

/** Index just past the `)` that closes the `(` before `start`, skipping quotes and nesting. */
function matchParen(src: string, start: number): number {
  let depth = 1;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) break;
      i = end;
    } else if (c === '"') {
      i = matchDoubleQuote(src, i + 1) - 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new ShellSyntaxError('unterminated');
}

function matchDoubleQuote(src: string, start: number): number {
  for (let i = start; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '"') return i + 1;
  }
  throw new ShellSyntaxError('unterminated');
}

/** Read a `$…` expansion at `i` (pointing at `$`); returns the part and the next index. */
function readDollar(src: string, i: number, q: boolean): [Part | undefined, number] {
  const next = src[i + 1] ?? '';
  if (src.startsWith('$((', i)) {
    const end = matchParen(src, i + 3);
    if (src[end] !== ')') throw new ShellSyntaxError('unterminated');
    return [{ k: 'arith', src: src.slice(i + 3, end - 1), q }, end + 1];
  }
  if (next === '(') {
    const end = matchParen(src, i + 2);
    return [{ k: 'cmd', src: src.slice(i + 2, end - 1), q }, end];
  }
  if (next === '{') {
    const end = src.indexOf('}', i + 2);
    if (end < 0) throw new ShellSyntaxError('unterminated');
    const body = src.slice(i + 2, end);
    const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9?#$!@*])(:?[-=+?])?(.*)$/s.exec(body);
    if (!m) return [{ k: 'lit', s: src.slice(i, end + 1), q }, end + 1];
    const part: Part = { k: 'var', name: m[1] ?? '', q };
    if (m[2]) {
      part.op = m[2];
      part.arg = lexWord(m[3] ?? '', q);
    }
    return [part, end + 1];
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9?#$!@*])/.exec(src.slice(i + 1));
  if (!m) return [undefined, i + 1];
  return [{ k: 'var', name: m[1] ?? '', q }, i + 1 + (m[1] ?? '').length];
}

/** Lex the inside of a word (no splitting): used for `${x:-word}` arguments. */
function lexWord(src: string, q: boolean): Word {
  const parts: Part[] = [];
  let i = 0;
  let lit = '';
  while (i < src.length) {
    if (src[i] === '$') {
      const [part, next] = readDollar(src, i, q);
      if (part) {
        if (lit) parts.push({ k: 'lit', s: lit, q });
        lit = '';
        parts.push(part);
      } else lit += '$';
      i = next;
    } else lit += src[i++];
  }
  if (lit) parts.push({ k: 'lit', s: lit, q });
  return { parts };
}

/** Scan a double-quoted string starting after the opening quote. */
function readDouble(src: string, start: number, parts: Part[]): number {
  let i = start;
  let lit = '';
  const flush = (): void => {
    parts.push({ k: 'lit', s: lit, q: true });
    lit = '';
  };
  while (i < src.length && src[i] !== '"') {
    const c = src[i] ?? '';
    if (c === '\\' && '$`"\\\n'.includes(src[i + 1] ?? '')) {
      if (src[i + 1] !== '\n') lit += src[i + 1];
      i += 2;
    } else if (c === '$') {
      const [part, next] = readDollar(src, i, true);
      flush();
      if (part) parts.push(part);
      else parts.push({ k: 'lit', s: '$', q: true });
      i = next;
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw new ShellSyntaxError('unterminated');
      flush();
      parts.push({ k: 'cmd', src: src.slice(i + 1, end), q: true });
      i = end + 1;
    } else {
      lit += c;
      i++;
    }
  }
  if (i >= src.length) throw new ShellSyntaxError('unterminated');
  flush();
  return i + 1;
}

const isBreak = (c: string): boolean => ' \t\n;&|()<>'.includes(c);

/** Read one word starting at `start`; returns the word and the index after it. */
function readWord(src: string, start: number): [Word, number] {
  const parts: Part[] = [];
  let i = start;
  let lit = '';
  const flush = (): void => {
    if (lit) parts.push({ k: 'lit', s: lit, q: false });
    lit = '';
  };
  while (i < src.length && !isBreak(src[i] ?? '')) {
    const c = src[i] ?? '';
    if (c === '\\') {
      if (src[i + 1] === '\n') i += 2;
      else {
        flush();
        parts.push({ k: 'lit', s: src[i + 1] ?? '', q: true });
        i += 2;
      }
    } else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError('unterminated');
      flush();
      parts.push({ k: 'lit', s: src.slice(i + 1, end), q: true });
      i = end + 1;
    } else if (c === '"') {
      flush();
      i = readDouble(src, i + 1, parts);
    } else if (c === '$') {
      const [part, next] = readDollar(src, i, false);
      if (part) {
        flush();
        parts.push(part);
      } else lit += '$';
      i = next;
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw new ShellSyntaxError('unterminated');
      flush();
      parts.push({ k: 'cmd', src: src.slice(i + 1, end), q: false });
      i = end + 1;
    } else {
      lit += c;
      i++;
    }
  }
  flush();
  return [{ parts }, i];
}

/** Split a script into tokens. Throws ShellSyntaxError on an unterminated quote. */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '\\' && src[i + 1] === '\n') i += 2;
    else if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '\n') {
      out.push({ t: 'op', v: '\n' });
      i++;
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      if (op) {
        if (['>', '>>', '<', '>&', '<&', '&>', '&>>'].includes(op)) out.push({ t: 'redir', op: op as RedirOp });
        else out.push({ t: 'op', v: op as OpToken });
        i += op.length;
        continue;
      }
      const fdMatch = /^([0-9])(>>|>&|<&|>|<)/.exec(src.slice(i));
      if (fdMatch) {
        out.push({ t: 'redir', fd: Number(fdMatch[1]), op: fdMatch[2] as RedirOp });
        i += fdMatch[0].length;
        continue;
      }
      const [w, next] = readWord(src, i);
      out.push({ t: 'word', w, raw: src.slice(i, next) });
      i = next;
    }
  }
  return out;
}

/** The word's text when it is one plain unquoted literal (reserved words, assignments). */
export function plainText(w: Word): string | undefined {
  if (w.parts.length !== 1) return undefined;
  const p = w.parts[0];
  return p && p.k === 'lit' && !p.q ? p.s : undefined;
}
