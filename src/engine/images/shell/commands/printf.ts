// printf's formatting, as bash's builtin does it (the laptop's shell) and the containers'
// shells' printf too: backslash escapes in the format, conversions %s %b %q %c %d %i %u %o
// %x %X %e %f %g %% with flags, width and precision (`*` takes an argument), and the format
// used again while arguments remain. A number that is not one prints 0 and is reported.
import { unescape } from './text';

/** bash's %q: a word the shell reads back as the same string. */
function shellQuoted(s: string): string {
  if (s === '') return "''";
  return s.replace(/[^A-Za-z0-9_\-./=:,@%+]/g, (c) => `\\${c}`);
}

interface Spec {
  flags: string;
  width?: number;
  precision?: number;
  conv: string;
}

function pad(text: string, spec: Spec, numeric: boolean): string {
  const width = spec.width ?? 0;
  if (text.length >= width) return text;
  if (spec.flags.includes('-')) return text.padEnd(width);
  if (numeric && spec.flags.includes('0') && spec.precision === undefined) {
    const sign = /^[+-]/.test(text) ? text[0]! : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width);
}

function integer(arg: string, errors: string[]): number {
  const t = arg.trim();
  if (t === '') return 0;
  if (/^[+-]?\d+$/.test(t)) return parseInt(t, 10);
  if (/^[+-]?0x[0-9a-f]+$/i.test(t)) return parseInt(t, 16);
  if (/^['"]./.test(t)) return t.codePointAt(1)!;
  errors.push(arg);
  return parseInt(t, 10) || 0;
}

function converted(spec: Spec, arg: string | undefined, errors: string[]): string {
  const a = arg ?? '';
  switch (spec.conv) {
    case 's':
      return pad(spec.precision === undefined ? a : a.slice(0, spec.precision), spec, false);
    case 'b':
      return pad(unescape(a, true)[0], spec, false);
    case 'q':
      return pad(shellQuoted(a), spec, false);
    case 'c':
      return pad(a.slice(0, 1), spec, false);
    case 'd':
    case 'i':
    case 'u': {
      const n = integer(a, errors);
      const sign = n >= 0 && spec.flags.includes('+') ? '+' : n >= 0 && spec.flags.includes(' ') ? ' ' : '';
      return pad(sign + String(n), spec, true);
    }
    case 'o':
    case 'x':
    case 'X': {
      const n = integer(a, errors);
      const digits = (n >>> 0).toString(spec.conv === 'o' ? 8 : 16);
      return pad(spec.conv === 'X' ? digits.toUpperCase() : digits, spec, true);
    }
    default: {
      const n = a.trim() === '' ? 0 : Number(a);
      const value = Number.isNaN(n) ? (errors.push(a), 0) : n;
      const p = spec.precision ?? 6;
      const text = spec.conv === 'f' ? value.toFixed(p) : spec.conv === 'e' ? value.toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2') : String(Number(value.toPrecision(p || 1)));
      return pad(text, spec, true);
    }
  }
}

const CONVERSION = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([sbqcdiuoxXeEfFgG%])/g;

type Piece = string | { flags: string; width?: string; precision?: string; conv: string };

/** The format as literal text (escapes expanded) and conversions, in order. */
function pieces(format: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const m of format.matchAll(CONVERSION)) {
    out.push(unescape(format.slice(at, m.index), false)[0]);
    out.push(m[4] === '%' ? '%' : { flags: m[1]!, width: m[2], precision: m[3], conv: m[4]! });
    at = m.index + m[0].length;
  }
  out.push(unescape(format.slice(at), false)[0]);
  return out;
}

function specOf(p: Exclude<Piece, string>, take: () => string | undefined, errors: string[]): Spec {
  const conv = p.conv === 'F' ? 'f' : p.conv === 'E' ? 'e' : p.conv === 'G' ? 'g' : p.conv;
  const spec: Spec = { flags: p.flags, conv };
  if (p.width !== undefined) spec.width = p.width === '*' ? integer(take() ?? '', errors) : Number(p.width);
  if (p.precision !== undefined) spec.precision = p.precision === '*' ? integer(take() ?? '', errors) : Number(p.precision || 0);
  if (spec.width !== undefined && spec.width < 0) [spec.flags, spec.width] = [spec.flags + '-', -spec.width];
  return spec;
}

/** The text printf writes for a format and its arguments, and the arguments that were no numbers. */
export function formatPrintf(format: string, args: readonly string[]): { text: string; invalid: string[] } {
  const parsed = pieces(format);
  const conversions = parsed.filter((p) => typeof p !== 'string').length;
  const errors: string[] = [];
  let next = 0;
  const take = () => args[next++];
  let text = '';
  do {
    for (const p of parsed) text += typeof p === 'string' ? p : converted(specOf(p, take, errors), take(), errors);
  } while (conversions > 0 && next < args.length);
  return { text, invalid: errors };
}
