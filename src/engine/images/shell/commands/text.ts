/**
 * `echo` and `printf`, with the differences that show in logs: busybox and bash `echo`
 * take `-n -e -E`, dash's `echo` takes only `-n` and always interprets backslashes.
 */
import type { CommandIO } from '../registry';
import { formatPrintf } from './printf';

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
    const hex = n === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1))?.[0] : undefined;
    if (n in simple) out += simple[n];
    else if (hex) {
      out += String.fromCharCode(parseInt(hex, 16));
      i += hex.length;
    } else if (n === 'c') return [out, true];
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

export function printf(io: CommandIO): number {
  const [format, ...args] = io.argv.slice(1);
  if (format === undefined) {
    io.err(io.busybox ? 'printf: usage: printf FORMAT [ARGUMENT...]\n' : 'printf: missing operand\n');
    return 1;
  }
  // A bad number prints 0; how each shell words the complaint is not simulated.
  io.out(formatPrintf(format, args).text);
  return 0;
}
