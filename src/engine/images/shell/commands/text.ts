/**
 * `echo` and `printf`, with the differences that show in logs: busybox and bash `echo`
 * take `-n -e -E`, dash's `echo` takes only `-n` and always interprets backslashes.
 */
import type { CommandIO } from '../registry';

/** Backslash escapes of `echo -e` and `printf`; returns the text and whether `\c` stopped output. */
export function unescape(s: string, octalNeedsZero: boolean): [string, boolean] {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i === s.length - 1) {
      out += c;
      continue;
    }
    const n = s[++i] ?? '';
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', e: '\x1b' };
    if (n in simple) out += simple[n];
    else if (n === 'c') return [out, true];
    else if (n === '0' || (!octalNeedsZero && /[1-7]/.test(n))) {
      const m = /^[0-7]{0,3}/.exec(s.slice(n === '0' && octalNeedsZero ? i + 1 : i))?.[0] ?? '';
      out += String.fromCharCode(parseInt(m || '0', 8));
      i += m.length - (n === '0' && octalNeedsZero ? 0 : 1);
    } else out += `\\${n}`;
  }
  return [out, false];
}

export function echo(io: CommandIO): number {
  const args = io.argv.slice(1);
  let newline = true;
  let escapes = io.flavour === 'dash';
  while (args.length) {
    const a = args[0] ?? '';
    const flags = io.flavour === 'dash' ? /^-n+$/ : /^-[neE]+$/;
    if (!flags.test(a)) break;
    args.shift();
    for (const f of a.slice(1)) {
      if (f === 'n') newline = false;
      if (f === 'e') escapes = true;
      if (f === 'E') escapes = false;
    }
  }
  let text = args.join(' ');
  let stop = false;
  if (escapes) [text, stop] = unescape(text, true);
  io.out(text + (newline && !stop ? '\n' : ''));
  return 0;
}

const SPEC = /%([-+ 0#]*)(\d*)(?:\.(\d+))?([sdicxXoufeEgGb%])/g;

function formatOne(flags: string, width: string, prec: string | undefined, conv: string, arg: string | undefined): string {
  let s: string;
  if (conv === 's') s = prec !== undefined ? (arg ?? '').slice(0, Number(prec)) : (arg ?? '');
  else if (conv === 'b') s = unescape(arg ?? '', true)[0];
  else if (conv === 'c') s = (arg ?? '').slice(0, 1);
  else if ('diuxXo'.includes(conv)) {
    const n = Math.trunc(Number(arg ?? '0')) || 0;
    s = conv === 'x' ? n.toString(16) : conv === 'X' ? n.toString(16).toUpperCase() : conv === 'o' ? n.toString(8) : String(n);
    if (flags.includes('+') && n >= 0) s = `+${s}`;
  } else {
    const n = Number(arg ?? '0') || 0;
    s = conv === 'e' || conv === 'E' ? n.toExponential(Number(prec ?? 6)) : n.toFixed(Number(prec ?? 6));
  }
  const w = Number(width || 0);
  if (s.length >= w) return s;
  if (flags.includes('-')) return s.padEnd(w, ' ');
  return s.padStart(w, flags.includes('0') && conv !== 's' ? '0' : ' ');
}

/** POSIX printf: the format is reused while arguments remain. */
export function formatPrintf(format: string, args: string[]): string {
  let out = '';
  let rest = [...args];
  do {
    let used = 0;
    const body = format.replace(SPEC, (_m, flags: string, width: string, prec: string | undefined, conv: string) => {
      if (conv === '%') return '%';
      used++;
      return formatOne(flags, width, prec, conv, rest.shift());
    });
    out += unescape(body, true)[0];
    if (!used) break;
  } while (rest.length);
  rest = [];
  return out;
}

export function printf(io: CommandIO): number {
  const [format, ...args] = io.argv.slice(1);
  if (format === undefined) {
    io.err(io.busybox ? 'printf: usage: printf FORMAT [ARGUMENT...]\n' : 'printf: missing operand\n');
    return 1;
  }
  io.out(formatPrintf(format, args));
  return 0;
}
