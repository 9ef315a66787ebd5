// A POSIX bracket expression (`[a-z]`, `[^[:space:]]`, `[]x]`) as a JavaScript character
// class, with glibc's complaints about a malformed one.

export const UNMATCHED_BRACKET = 'Unmatched [, [^, [:, [., or [=';

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: '0-9a-zA-Z',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

const inClass = (c: string): string => ('\\]^-['.includes(c) ? '\\' + c : c);

/** One element: a character, `[.c.]` or `[=c=]` (a character too), or `[:name:]` (a class). */
type Element = { ch: string; end: number } | { cls: string; end: number } | { error: string };

function element(p: string, j: number): Element {
  const d = p[j + 1];
  if (p[j] !== '[' || (d !== ':' && d !== '.' && d !== '=')) return { ch: p[j]!, end: j + 1 };
  const close = p.indexOf(d + ']', j + 2);
  if (close < 0) return { error: UNMATCHED_BRACKET };
  const name = p.slice(j + 2, close);
  if (d === ':') {
    const cls = CLASSES[name];
    return cls === undefined ? { error: 'Invalid character class name' } : { cls, end: close + 2 };
  }
  return name.length === 1 ? { ch: name, end: close + 2 } : { error: 'Invalid collation character' };
}

/** The class for the bracket expression opening at `start`, and the index after its `]`. */
export function bracket(p: string, start: number): { source: string; end: number } | { error: string } {
  let j = start + 1;
  let source = '[';
  if (p[j] === '^') {
    source += '^';
    j++;
  }
  let first = true;
  for (;;) {
    if (j >= p.length) return { error: UNMATCHED_BRACKET };
    if (p[j] === ']' && !first) return { source: source + ']', end: j + 1 };
    first = false;
    const from = element(p, j);
    if ('error' in from) return from;
    j = from.end;
    if ('cls' in from) {
      source += from.cls;
      continue;
    }
    if (p[j] === '-' && j + 1 < p.length && p[j + 1] !== ']') {
      const to = element(p, j + 1);
      if ('error' in to) return to;
      if ('cls' in to || to.ch < from.ch) return { error: 'Invalid range end' };
      source += `${inClass(from.ch)}-${inClass(to.ch)}`;
      j = to.end;
    } else source += inClass(from.ch);
  }
}
