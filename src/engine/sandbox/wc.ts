// `wc` as GNU coreutils prints it: lines, words, characters (-m) and bytes (-c) in that
// order, of each file operand (a total after several) or of stdin. Columns are as wide as
// the total byte count of the files has digits; reading stdin they are 7 wide, and one
// count of one input is printed bare (`kubectl get pods | wc -l` → `3`).
import type { BuiltinEnv, Output } from './builtins';

type Count = 'l' | 'w' | 'm' | 'c';
const ORDER: Count[] = ['l', 'w', 'm', 'c'];
const LONG: Record<string, Count> = { '--lines': 'l', '--words': 'w', '--chars': 'm', '--bytes': 'c' };

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

function counts(text: string): Record<Count, number> {
  return { l: (text.match(/\n/g) ?? []).length, w: text.split(/\s+/).filter(Boolean).length, m: [...text].length, c: utf8Length(text) };
}

export function wc(argv: string[], env: BuiltinEnv): Output {
  const wanted = new Set<Count>();
  const operands: string[] = [];
  for (const a of argv.slice(1)) {
    if (a in LONG) wanted.add(LONG[a]!);
    else if (/^-[lwmc]+$/.test(a)) for (const f of a.slice(1)) wanted.add(f as Count);
    else if (a.startsWith('-') && a !== '-') return { stdout: '', stderr: `wc: invalid option -- '${a.replace(/^-+/, '')[0]}'\nTry 'wc --help' for more information.\n`, code: 1 };
    else operands.push(a);
  }
  const fields = ORDER.filter((f) => (wanted.size === 0 ? f !== 'm' : wanted.has(f)));
  const inputs = operands.length === 0 ? ['-'] : operands;
  let stderr = '';
  const rows: { name: string; n: Record<Count, number> }[] = [];
  for (const path of inputs) {
    const text = path === '-' ? (env.stdin ?? '') : env.files.get(path.replace(/^\.\//, ''));
    if (text === undefined) stderr += `wc: ${path}: No such file or directory\n`;
    else rows.push({ name: operands.length === 0 ? '' : path, n: counts(text) });
  }
  const total = { name: 'total', n: Object.fromEntries(ORDER.map((f) => [f, rows.reduce((s, r) => s + r.n[f], 0)])) as Record<Count, number> };
  if (rows.length > 1) rows.push(total);
  const width = fields.length === 1 && inputs.length === 1 ? 1 : inputs.includes('-') ? 7 : String(total.n.c).length;
  const line = (r: (typeof rows)[number]) => [...fields.map((f) => String(r.n[f]).padStart(width)), ...(r.name ? [r.name] : [])].join(' ') + '\n';
  return { stdout: rows.map(line).join(''), stderr, code: stderr ? 1 : 0 };
}
