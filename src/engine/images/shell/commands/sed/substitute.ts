// The `s` command's replacement (`&`, `\1`…`\9`, GNU's `\U \L \u \l \E` case changes) and
// the substitution itself, as GNU sed's do_subst counts matches: `s/x/y/2` replaces the
// second, `2g` the second and those after it, and an empty match right after a match is
// not counted (`s/b*/-/g` on "abc" gives "-a-c-").
import type { Regex } from './regex';

type Case = 'U' | 'L' | undefined;
type First = 'u' | 'l' | undefined;

/** A piece of the replacement: literal text or a group (0 for `&`), with the case change in force. */
interface Piece {
  text: string;
  group?: number;
  mode: Case;
  first: First;
}

export interface Replacement {
  pieces: Piece[];
  /** The highest `\N` it names, checked against the regex's groups. */
  maxGroup: number;
}

/** The replacement text (escapes already normalized) as pieces, as setup_replacement splits it. */
export function parseReplacement(text: string): Replacement {
  const pieces: Piece[] = [];
  let maxGroup = 0;
  let mode: Case;
  let first: First;
  let literal = '';
  const flush = (group?: number) => {
    if (literal !== '' || group !== undefined)
      pieces.push({ text: literal, mode, first, ...(group !== undefined ? { group } : {}) });
    if (literal !== '' || group !== undefined) first = undefined;
    literal = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '&') {
      flush(0);
      continue;
    }
    if (c !== '\\' || i + 1 >= text.length) {
      literal += c;
      continue;
    }
    const e = text[++i]!;
    if (/\d/.test(e)) {
      flush(Number(e));
      maxGroup = Math.max(maxGroup, Number(e));
    } else if (e === 'U' || e === 'L' || e === 'E') {
      flush();
      mode = e === 'E' ? undefined : e;
      first = undefined;
    } else if (e === 'u' || e === 'l') {
      flush();
      first = e;
    } else literal += e;
  }
  flush();
  return { pieces, maxGroup };
}

function cased(s: string, mode: Case, first: First): string {
  let out = mode === 'U' ? s.toUpperCase() : mode === 'L' ? s.toLowerCase() : s;
  if (first && out) out = (first === 'u' ? out[0]!.toUpperCase() : out[0]!.toLowerCase()) + out.slice(1);
  return out;
}

/** The replacement for one match. A `\u` or `\l` before an empty group waits for the next text (`s/\(\)\(x\)/\u\1\2/`). */
function expand(r: Replacement, m: RegExpExecArray): string {
  let out = '';
  let pending: First;
  for (const p of r.pieces) {
    let first = p.first ?? pending;
    pending = undefined;
    if (p.text) {
      out += cased(p.text, p.mode, first);
      first = undefined;
    }
    if (p.group === undefined) continue;
    const g = m[p.group] ?? '';
    if (g === '' && first) pending = first;
    else out += cased(g, p.mode, first);
  }
  return out;
}

export interface SubstOptions {
  global: boolean;
  /** Replace from the Nth match (1 when no number was given). */
  nth: number;
}

/** The pattern space after `s`, or undefined when nothing was replaced. */
export function substitute(ps: string, rx: Regex, r: Replacement, o: SubstOptions): string | undefined {
  const re = rx.re;
  re.lastIndex = 0;
  let m = re.exec(ps);
  let start = 0;
  let lastEnd = 0;
  let count = 0;
  let out = '';
  while (m) {
    const offset = m.index;
    let matched = m[0].length;
    out += ps.slice(start, offset);
    let again = true;
    if ((matched > 0 || count === 0 || offset > lastEnd) && ++count >= o.nth) {
      out += expand(r, m);
      again = o.global;
    } else {
      // Not replaced: copied as it is, or, if empty, the character after it.
      if (matched === 0) {
        if (start >= ps.length) break;
        matched = 1;
      }
      out += ps.slice(offset, offset + matched);
    }
    start = offset + matched;
    lastEnd = offset + m[0].length;
    if (!again || start > ps.length) break;
    re.lastIndex = start;
    m = re.exec(ps);
  }
  return count < o.nth ? undefined : out + ps.slice(start);
}
