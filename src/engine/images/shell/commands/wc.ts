// `wc` as GNU coreutils prints it: lines, words, characters (-m) and bytes (-c) in that
// order, of each file operand (a total after several) or of stdin. Columns are as wide as
// the total byte count of the files has digits; reading stdin they are 7 wide, and one
// count of one input is printed bare (`kubectl get pods | wc -l` → `3`). The laptop's shell
// and containers share it, each reading files its own way; busybox's applet is given the
// same columns (its exact widths are not verified here).
import { readFile, utf8Length, type Gen } from '../../effects';
import { errnoText, resolvePath, type CommandIO } from '../registry';

type Count = 'l' | 'w' | 'm' | 'c';
const ORDER: Count[] = ['l', 'w', 'm', 'c'];
const LONG: Record<string, Count> = { '--lines': 'l', '--words': 'w', '--chars': 'm', '--bytes': 'c' };

export interface WcRun {
  fields: Count[];
  /** The file operands; none means stdin. */
  operands: string[];
}

/** One input read: its text, or the error line wc prints for it. */
export type WcInput = { name: string; text: string } | { name: string; error: string };

export interface WcOutput {
  stdout: string;
  stderr: string;
  code: number;
}

export function wcArgs(argv: readonly string[]): WcRun | WcOutput {
  const wanted = new Set<Count>();
  const operands: string[] = [];
  for (const a of argv.slice(1)) {
    if (a in LONG) wanted.add(LONG[a]!);
    else if (/^-[lwmc]+$/.test(a)) for (const f of a.slice(1)) wanted.add(f as Count);
    else if (a.startsWith('-') && a !== '-') return { stdout: '', stderr: `wc: invalid option -- '${a.replace(/^-+/, '')[0]}'\nTry 'wc --help' for more information.\n`, code: 1 };
    else operands.push(a);
  }
  return { fields: ORDER.filter((f) => (wanted.size === 0 ? f !== 'm' : wanted.has(f))), operands };
}

function counts(text: string): Record<Count, number> {
  return { l: (text.match(/\n/g) ?? []).length, w: text.split(/\s+/).filter(Boolean).length, m: [...text].length, c: utf8Length(text) };
}

/** The report for inputs already read, in the operands' order. */
export function wcReport(run: WcRun, inputs: readonly WcInput[]): WcOutput {
  const stdinOnly = run.operands.length === 0;
  let stderr = '';
  const rows: { name: string; n: Record<Count, number> }[] = [];
  for (const input of inputs) {
    if ('error' in input) stderr += input.error;
    else rows.push({ name: stdinOnly ? '' : input.name, n: counts(input.text) });
  }
  const total = { name: 'total', n: Object.fromEntries(ORDER.map((f) => [f, rows.reduce((s, r) => s + r.n[f], 0)])) as Record<Count, number> };
  if (rows.length > 1) rows.push(total);
  const width = run.fields.length === 1 && inputs.length === 1 ? 1 : stdinOnly || run.operands.includes('-') ? 7 : String(total.n.c).length;
  const line = (r: (typeof rows)[number]) => [...run.fields.map((f) => String(r.n[f]).padStart(width)), ...(r.name ? [r.name] : [])].join(' ') + '\n';
  return { stdout: rows.map(line).join(''), stderr, code: stderr ? 1 : 0 };
}

/** wc in a container: files from the container's filesystem, a missing one worded as busybox or coreutils word it. */
export function* wc(io: CommandIO): Gen<number> {
  const run = wcArgs(io.argv);
  if ('code' in run) {
    io.err(run.stderr);
    return run.code;
  }
  const inputs: WcInput[] = [];
  for (const name of run.operands.length === 0 ? ['-'] : run.operands) {
    if (name === '-') {
      inputs.push({ name, text: io.stdin });
      continue;
    }
    const r = yield* readFile(resolvePath(io.cwd, name));
    if (r.ok) inputs.push({ name, text: r.text });
    else inputs.push({ name, error: io.busybox ? `wc: can't open '${name}': ${errnoText(r.error)}\n` : `wc: ${name}: ${errnoText(r.error)}\n` });
  }
  const out = wcReport(run, inputs);
  if (out.stdout) io.out(out.stdout);
  if (out.stderr) io.err(out.stderr);
  return out.code;
}
