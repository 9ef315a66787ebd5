// GNU sed's `\X` escapes (compile.c normalize_text), applied to a regex, a replacement
// or a text (a/i/c and y) once the delimiters are gone: `\t`, `\n`, `\xHH`, `\dNNN`,
// `\oNNN`, `\cX` become the characters they name. Any other `\X` is handed on to the
// regex or replacement as it is; in a text the backslash is dropped.

export type TextKind = 'regex' | 'replacement' | 'text';

const SIMPLE: Record<string, string> = { a: '\x07', f: '\f', '\n': '\n', n: '\n', r: '\r', t: '\t', v: '\v' };
const BASES: Record<string, number> = { d: 10, o: 8, x: 16 };

/** `\c\` must be written `\c\\`: GNU's "recursive escaping after \c not allowed". */
export class RecursiveEscape extends Error {}

/** The byte a `\d`, `\o` or `\x` escape spells, and where its digits end: up to 3 decimal or octal digits, 2 hex. */
function number(s: string, from: number, base: number): { ch: string; end: number } | undefined {
  let n = 0;
  let p = from;
  for (let max = 1; p < s.length && max <= 255; p++, max *= base) {
    const d = parseInt(s[p]!, base);
    if (Number.isNaN(d)) break;
    n = n * base + d;
  }
  return p === from ? undefined : { ch: String.fromCharCode(n), end: p };
}

export function normalizeText(s: string, kind: TextKind): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch !== '\\' || i + 1 >= s.length) {
      out += ch;
      i++;
      continue;
    }
    const e = s[i + 1]!;
    if (e in SIMPLE) {
      out += SIMPLE[e];
      i += 2;
    } else if (e in BASES) {
      const n = number(s, i + 2, BASES[e]!);
      const made = n?.ch ?? e;
      // An `&` made by a number is a literal ampersand in a replacement.
      out += kind === 'replacement' && made === '&' ? '\\&' : made;
      i = n?.end ?? i + 2;
    } else if (e === 'c' && i + 2 < s.length) {
      const c = s[i + 2]!;
      if (c === '\\' && s[i + 3] !== '\\') throw new RecursiveEscape();
      out += String.fromCharCode(c.toUpperCase().charCodeAt(0) ^ 0x40);
      i += c === '\\' ? 4 : 3;
    } else {
      // Handed on whole (`\.`, `\1`, `\&`), the character after it not read as an escape.
      out += (kind === 'text' ? '' : '\\') + e;
      i += 2;
    }
  }
  return out;
}
