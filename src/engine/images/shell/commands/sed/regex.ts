// sed's regular expressions as JavaScript ones: POSIX basic (the default: `\( \) \{ \}
// \| \+ \?` are the operators, their bare forms literal) or extended (-E), with GNU's
// `\w \s \b \< \>` and back-references, and glibc's words for a malformed one. One
// difference stays: POSIX takes the longest of several alternatives (`a\|ab` on "ab"
// matches "ab"), JavaScript the first that matches.
import { bracket } from './bracket';

export interface RegexFlags {
  extended: boolean;
  /** The I modifier. */
  icase: boolean;
  /** The M modifier: `^` and `$` also match at embedded newlines, `.` does not match one. */
  multiline: boolean;
}

export interface Regex {
  /** Global, so a search can start at lastIndex. */
  re: RegExp;
  /** How many `\(…\)` groups it has, for `\N` in a replacement. */
  groups: number;
}

export class RegexError extends Error {}

const PRECEDING = 'Invalid preceding regular expression';
const JS_SPECIAL = '\\^$.|?*+()[]{}/';
const literal = (c: string): string => (JS_SPECIAL.includes(c) ? '\\' + c : c);

/** GNU escapes that are not literals: word classes and assertions. */
const ESCAPES: Record<string, { js: string; atom: boolean }> = {
  w: { js: '\\w', atom: true },
  W: { js: '\\W', atom: true },
  s: { js: '\\s', atom: true },
  S: { js: '\\S', atom: true },
  b: { js: '\\b', atom: false },
  B: { js: '\\B', atom: false },
  '<': { js: '\\b(?=\\w)', atom: false },
  '>': { js: '\\b(?<=\\w)', atom: false },
  '`': { js: '(?<![\\s\\S])', atom: false },
  "'": { js: '(?![\\s\\S])', atom: false },
};

class Translator {
  out = '';
  i = 0;
  groups = 0;
  /** Where each open group starts in `out`. */
  private readonly open: number[] = [];
  /** Where the last atom a quantifier can apply to starts in `out`; undefined at a start or after an assertion. */
  private atom: number | undefined;
  private quantified = false;
  /** At the start of the expression, a group or an alternative (after BRE's `^` too): where BRE's `^` anchors and `*` is literal. */
  private start = true;

  constructor(
    private readonly p: string,
    private readonly ere: boolean,
  ) {}

  /** Whether `\X` (BRE) or bare X (ERE) is the operator X here. */
  private operator(c: string): boolean {
    const p = this.p;
    if (this.ere) return p[this.i] === c;
    return p[this.i] === '\\' && p[this.i + 1] === c;
  }

  private emitAtom(js: string): void {
    this.atom = this.out.length;
    this.out += js;
    this.quantified = false;
    this.start = false;
  }

  private emitAssertion(js: string, start = false): void {
    this.out += js;
    this.atom = undefined;
    this.start = start;
  }

  /** A quantifier; `literalIfBare` for BRE's `*` (and `\+ \?`) with nothing before it. */
  private quantify(js: string, bare: string): void {
    if (this.atom === undefined) {
      if (this.ere || js.startsWith('{')) throw new RegexError(PRECEDING);
      return this.emitAtom(literal(bare));
    }
    if (this.quantified) {
      // glibc: in a BRE a `*` or `\{` may not follow another repetition; `\+` and `\?` may.
      if (!this.ere && (js === '*' || js.startsWith('{'))) throw new RegexError(PRECEDING);
      this.out = this.out.slice(0, this.atom) + '(?:' + this.out.slice(this.atom) + ')';
    }
    this.out += js;
    this.quantified = true;
    this.start = false;
  }

  /** `{m,n}` after its opening brace (at `i`), up to `}` (ERE) or `\}` (BRE). */
  private interval(): string {
    const body = /^(\d*)(,?)(\d*)/.exec(this.p.slice(this.i))!;
    this.i += body[0].length;
    const close = this.ere ? '}' : '\\}';
    if (this.i >= this.p.length) throw new RegexError('Unmatched \\{');
    if (!this.p.startsWith(close, this.i)) throw new RegexError('Invalid content of \\{\\}');
    this.i += close.length;
    const [, min, comma, max] = body as unknown as [string, string, string, string];
    if (min === '' && comma === '') throw new RegexError('Invalid content of \\{\\}');
    if (max !== '' && Number(min || 0) > Number(max)) throw new RegexError('Invalid content of \\{\\}');
    return `{${min || 0}${comma}${max}}`;
  }

  private atEnd(after: number): boolean {
    const p = this.p;
    return after >= p.length || p.startsWith('\\)', after) || p.startsWith('\\|', after);
  }

  translate(): string {
    const p = this.p;
    while (this.i < p.length) {
      const c = p[this.i]!;
      if (this.operator('(')) {
        this.i += this.ere ? 1 : 2;
        this.groups++;
        this.open.push(this.out.length);
        this.emitAssertion('(', true);
      } else if (this.operator(')')) {
        this.i += this.ere ? 1 : 2;
        const start = this.open.pop();
        if (start === undefined) throw new RegexError('Unmatched ) or \\)');
        this.out += ')';
        this.atom = start;
        this.quantified = false;
        this.start = false;
      } else if (this.operator('|')) {
        this.i += this.ere ? 1 : 2;
        this.emitAssertion('|', true);
      } else if (c === '*') {
        this.i++;
        if (!this.ere && this.start) this.emitAtom('\\*');
        else this.quantify('*', '*');
      } else if (this.operator('+') || this.operator('?')) {
        const q = p[this.i + (this.ere ? 0 : 1)]!;
        this.i += this.ere ? 1 : 2;
        this.quantify(q, q);
      } else if (this.operator('{')) {
        this.i += this.ere ? 1 : 2;
        if (this.ere && this.i >= p.length) this.emitAtom('\\{');
        else this.quantify(this.interval(), '{');
      } else if (c === '^') {
        this.i++;
        if (this.ere || this.start) this.emitAssertion('^', !this.ere);
        else this.emitAtom('\\^');
      } else if (c === '$') {
        this.i++;
        if (this.ere || this.atEnd(this.i)) this.emitAssertion('$');
        else this.emitAtom('\\$');
      } else if (c === '.') {
        this.i++;
        this.emitAtom('.');
      } else if (c === '[') {
        const b = bracket(p, this.i);
        if ('error' in b) throw new RegexError(b.error);
        this.i = b.end;
        this.emitAtom(b.source);
      } else if (c === '\\') this.escape();
      else {
        this.i++;
        this.emitAtom(literal(c));
      }
    }
    if (this.open.length) throw new RegexError('Unmatched ( or \\(');
    return this.out;
  }

  private escape(): void {
    const e = this.p[this.i + 1];
    this.i += 2;
    if (e === undefined) throw new RegexError('Trailing backslash');
    const known = ESCAPES[e];
    if (known) return known.atom ? this.emitAtom(known.js) : this.emitAssertion(known.js);
    if (/[1-9]/.test(e)) {
      if (Number(e) > this.groups) throw new RegexError('Invalid back reference');
      return this.emitAtom('\\' + e);
    }
    this.emitAtom(e === '\n' ? '\\n' : literal(e));
  }
}

/** The pattern compiled, or glibc's regerror text. */
export function compileRegex(pattern: string, flags: RegexFlags): Regex {
  const t = new Translator(pattern, flags.extended);
  const source = t.translate();
  const js = 'g' + (flags.icase ? 'i' : '') + (flags.multiline ? 'm' : 's');
  try {
    return { re: new RegExp(source, js), groups: t.groups };
  } catch {
    throw new RegexError(PRECEDING);
  }
}
