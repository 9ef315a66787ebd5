/**
 * Word expansion: parameters (`$VAR`, `${VAR:-x}`), command substitution (`$(cat f)`),
 * arithmetic (`$((i+1))`), then field splitting of unquoted results. No globbing: a `*`
 * stays a `*`, as it does in a directory where nothing matches.
 */
import type { Gen } from '../effects';
import { evalArith } from './arith';
import type { Part, Word } from './lexer';

export interface ExpandHost {
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  cmdSubst(src: string): Gen<string>;
  /** `${x:?msg}` on an unset x: the shell prints and exits. */
  fail(message: string): never;
}

function* partValue(host: ExpandHost, part: Part): Gen<string> {
  if (part.k === 'lit') return part.s;
  if (part.k === 'cmd') return yield* host.cmdSubst(part.src);
  if (part.k === 'arith') {
    const src = part.src.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, name: string) => host.getVar(name) ?? '0');
    return String(evalArith(src, (n) => host.getVar(n) ?? '0'));
  }
  const value = host.getVar(part.name);
  if (!part.op || !part.arg) return value ?? '';
  const unset = part.op.startsWith(':') ? value === undefined || value === '' : value === undefined;
  const op = part.op.replace(':', '');
  const arg = (): Gen<string> => expandString(host, part.arg as Word);
  if (op === '-') return unset ? yield* arg() : (value ?? '');
  if (op === '=') {
    if (!unset) return value ?? '';
    const v = yield* arg();
    host.setVar(part.name, v);
    return v;
  }
  if (op === '+') return unset ? '' : yield* arg();
  if (unset) host.fail(`${part.name}: ${(yield* arg()) || 'parameter not set'}`);
  return value ?? '';
}

/** Expand a word into fields (argv entries). */
export function* expandWord(host: ExpandHost, word: Word): Gen<string[]> {
  const fields: string[] = [];
  let current = '';
  let has = false;
  for (const part of word.parts) {
    const value = yield* partValue(host, part);
    if (part.q || part.k === 'lit') {
      current += value;
      has = true;
      continue;
    }
    if (value === '') continue;
    const pieces = value.split(/[ \t\n]+/);
    pieces.forEach((piece, i) => {
      if (i > 0 && has) {
        fields.push(current);
        current = '';
        has = false;
      }
      if (piece !== '') {
        current += piece;
        has = true;
      }
    });
  }
  if (has) fields.push(current);
  return fields;
}

/** Expand a word without splitting (assignments, redirect targets, `case` words). */
export function* expandString(host: ExpandHost, word: Word): Gen<string> {
  let out = '';
  for (const part of word.parts) out += yield* partValue(host, part);
  return out;
}

export function* expandWords(host: ExpandHost, words: readonly Word[]): Gen<string[]> {
  const out: string[] = [];
  for (const w of words) out.push(...(yield* expandWord(host, w)));
  return out;
}

/** `case` patterns: `*`, `?`, `[abc]`, everything else literal. */
export function globMatch(pattern: string, text: string): boolean {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`${re}$`, 's').test(text);
}
