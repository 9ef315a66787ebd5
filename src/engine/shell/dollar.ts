/**
 * What follows a `$`: variables (`$NAME`, `${NAME}`, `$?`, `${NAME:-default}`,
 * `${#NAME}`) become parameter parts expanded at run time; `$(…)`, `$((…))` are
 * refused with a clear note, since the sandbox runs no subshells.
 */
import { badSubstitution, notSupported, unmatchedQuote } from './errors';
import { isNameChar, isNameStart } from './source';
import type { Source } from './source';
import type { ParamOp, WordPart } from './types';

const SPECIAL_PARAMS = '?$!#*@-0123456789';

/** Reads after a `$` (already consumed). Returns null when the `$` is a plain dollar sign. */
export function readDollar(src: Source, quoted: boolean): WordPart | null {
  const ch = src.peek();
  if (ch === '(') {
    if (src.peek(1) === '(') throw notSupported('arithmetic expansion $((…))');
    throw notSupported('command substitution');
  }
  if (ch === '{') return readBraced(src, quoted);
  if (ch !== '' && SPECIAL_PARAMS.includes(ch)) {
    src.pos++;
    return { kind: 'param', name: ch, quoted };
  }
  if (isNameStart(ch)) {
    const start = src.pos;
    while (isNameChar(src.peek())) src.pos++;
    return { kind: 'param', name: src.text.slice(start, src.pos), quoted };
  }
  return null;
}

const OPS: ParamOp[] = [':-', ':=', ':+', '-', '=', '+'];

/** `${…}`: the brace is at src.pos. */
function readBraced(src: Source, quoted: boolean): WordPart {
  const open = src.pos;
  src.pos++;
  let depth = 1;
  let body = '';
  while (!src.eof) {
    const ch = src.peek();
    if (ch === '\\' && src.peek(1) !== '') {
      body += ch + src.peek(1);
      src.pos += 2;
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}' && --depth === 0) break;
    body += ch;
    src.pos++;
  }
  if (src.eof) throw unmatchedQuote('}');
  src.pos++;
  return parseBraceBody(body, src.text.slice(open - 1, src.pos), quoted);
}

function parseBraceBody(body: string, whole: string, quoted: boolean): WordPart {
  if (body.startsWith('#') && body.length > 1) {
    const name = body.slice(1);
    if (!isParamName(name)) throw badSubstitution(whole);
    return { kind: 'param', name, quoted, op: 'length' };
  }
  const nameLen = paramNameLength(body);
  if (nameLen === 0) throw badSubstitution(whole);
  const name = body.slice(0, nameLen);
  const rest = body.slice(nameLen);
  if (rest === '') return { kind: 'param', name, quoted };
  const op = OPS.find((o) => rest.startsWith(o));
  if (!op) throw badSubstitution(whole);
  return { kind: 'param', name, quoted, op, arg: defaultWordParts(rest.slice(op.length), quoted) };
}

function paramNameLength(body: string): number {
  const first = body[0] ?? '';
  if (first !== '' && SPECIAL_PARAMS.includes(first)) return 1;
  if (!isNameStart(first)) return 0;
  let n = 1;
  while (isNameChar(body[n] ?? '')) n++;
  return n;
}

function isParamName(name: string): boolean {
  return paramNameLength(name) === name.length;
}

/**
 * The word inside `${NAME:-word}`: quotes are removed and `$NAME` expands; enough
 * for `${NS:-default}` and `"${TAG:-latest}"` in lesson scripts.
 */
function defaultWordParts(text: string, quoted: boolean): WordPart[] {
  const parts: WordPart[] = [];
  let lit = '';
  let i = 0;
  const flush = (): void => {
    if (lit !== '') parts.push({ kind: 'lit', text: lit, quoted: true });
    lit = '';
  };
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '"' || ch === "'") {
      i++;
      continue;
    }
    if (ch === '\\' && i + 1 < text.length) {
      lit += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '$' && isNameStart(text[i + 1] ?? '')) {
      flush();
      let j = i + 1;
      while (isNameChar(text[j] ?? '')) j++;
      parts.push({ kind: 'param', name: text.slice(i + 1, j), quoted });
      i = j;
      continue;
    }
    lit += ch;
    i++;
  }
  flush();
  return parts;
}

const ANSI_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/** `$'…'` (ANSI-C quoting): the opening quote is at src.pos. */
export function readAnsiC(src: Source): string {
  src.pos++;
  let out = '';
  while (!src.eof && src.peek() !== "'") {
    const ch = src.peek();
    src.pos++;
    if (ch !== '\\' || src.eof) {
      out += ch;
      continue;
    }
    const esc = src.peek();
    src.pos++;
    if (esc === 'x' && /^[0-9A-Fa-f]/.test(src.peek())) {
      const hex = /^[0-9A-Fa-f]{1,2}/.exec(src.text.slice(src.pos))?.[0] ?? '';
      src.pos += hex.length;
      out += String.fromCharCode(parseInt(hex, 16));
      continue;
    }
    out += ANSI_ESCAPES[esc] ?? '\\' + esc;
  }
  if (src.eof) throw unmatchedQuote("'");
  src.pos++;
  return out;
}
