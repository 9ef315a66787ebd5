import { base64 } from './base64';
import { printf } from './printf';
import { isDir, readArg, stripDot } from './readArg';
import { sed } from './sed';
import { wc } from './wc';

/**
 * The small set of Unix commands the sandbox's shell has besides kubectl and docker, with
 * the wording of GNU coreutils/grep (what a learner's Linux laptop prints).
 */
export interface Output {
  stdout: string;
  stderr: string;
  code: number;
  /** Files the command rewrote (`sed -i`). */
  writes?: { path: string; text: string }[];
}

export interface BuiltinEnv {
  files: ReadonlyMap<string, string>;
  stdin?: string;
}

export type Builtin = (argv: string[], env: BuiltinEnv) => Output;

const ok = (stdout = ''): Output => ({ stdout, stderr: '', code: 0 });
const fail = (stderr: string, code = 1): Output => ({ stdout: '', stderr, code });

export const BUILTINS: Record<string, Builtin> = {
  echo: (argv) => {
    let args = argv.slice(1);
    let newline = true;
    if (args[0] === '-n') {
      newline = false;
      args = args.slice(1);
    }
    return ok(args.join(' ') + (newline ? '\n' : ''));
  },
  cat: (argv, env) => {
    const paths = argv.slice(1);
    if (paths.length === 0) return ok(env.stdin ?? '');
    let stdout = '';
    let stderr = '';
    for (const p of paths) {
      const r = readArg('cat', p, env);
      if (typeof r === 'string') stdout += r;
      else stderr += r.stderr;
    }
    return { stdout, stderr, code: stderr ? 1 : 0 };
  },
  ls: (argv, env) => {
    const long = argv.includes('-l') || argv.includes('-la') || argv.includes('-al');
    const target = argv.slice(1).find((a) => !a.startsWith('-')) ?? '.';
    if (!isDir(env.files, target)) {
      if (env.files.has(stripDot(target))) return ok(target + '\n');
      return fail(`ls: cannot access '${target}': No such file or directory\n`, 2);
    }
    const prefix = target === '.' ? '' : stripDot(target).replace(/\/$/, '') + '/';
    const names = new Set<string>();
    // Absolute paths (`/tmp/kubectl-edit-….yaml`) are outside the working directory.
    for (const k of env.files.keys()) if (k.startsWith(prefix) && (prefix !== '' || !k.startsWith('/'))) names.add(k.slice(prefix.length).split('/')[0]!);
    const sorted = [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    if (!long) return ok(sorted.length ? sorted.join('  ') + '\n' : '');
    const lines = sorted.map((n) => {
      const text = env.files.get(prefix + n);
      return text === undefined ? `drwxr-xr-x 2 learner learner 4096 Jan  5 09:00 ${n}` : `-rw-r--r-- 1 learner learner ${String(text.length).padStart(4)} Jan  5 09:00 ${n}`;
    });
    return ok(`total ${sorted.length * 4}\n` + lines.join('\n') + '\n');
  },
  pwd: () => ok('/home/learner\n'),
  true: () => ok(),
  false: () => ({ stdout: '', stderr: '', code: 1 }),
  grep: (argv, env) => grep(argv, env),
  head: (argv, env) => slice(argv, env, 'head'),
  tail: (argv, env) => slice(argv, env, 'tail'),
  wc,
  cd: (argv) => (argv.length <= 1 || argv[1] === '~' || argv[1] === '.' ? ok() : fail(`bash: cd: ${argv[1]}: No such file or directory\n`)),
  sed: (argv, env) => sed(argv, env),
  base64,
  printf,
  history: () => ok(),
};

interface GrepOptions {
  ignoreCase: boolean;
  invert: boolean;
  count: boolean;
  number: boolean;
  after: number;
  before: number;
}

/** GNU grep's options that matter at a terminal: -i -v -c -n -E, and context -A/-B/-C N. */
function grepOptions(argv: string[]): { o: GrepOptions; rest: string[] } | Output {
  const o: GrepOptions = { ignoreCase: false, invert: false, count: false, number: false, after: 0, before: 0 };
  const rest: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const ctx = /^-([ABC])(\d*)$/.exec(a);
    if (ctx) {
      const n = Number(ctx[2] || argv[++i]);
      if (!Number.isInteger(n)) return fail(`grep: ${argv[i] ?? ''}: invalid context length argument\n`, 2);
      if (ctx[1] !== 'B') o.after = n;
      if (ctx[1] !== 'A') o.before = n;
    } else if (/^-[ivcnE]+$/.test(a)) {
      o.ignoreCase ||= a.includes('i');
      o.invert ||= a.includes('v');
      o.count ||= a.includes('c');
      o.number ||= a.includes('n');
    } else rest.push(a);
  }
  return { o, rest };
}

function grep(argv: string[], env: BuiltinEnv): Output {
  const parsed = grepOptions(argv);
  if ('code' in parsed) return parsed;
  const { o, rest } = parsed;
  const pattern = rest[0];
  if (pattern === undefined) return fail("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", 2);
  let input = env.stdin ?? '';
  if (rest[1] !== undefined) {
    const r = readArg('grep', rest[1], env);
    if (typeof r !== 'string') return { ...r, code: 2 };
    input = r;
  }
  let re: RegExp;
  try {
    re = new RegExp(pattern, o.ignoreCase ? 'i' : '');
  } catch {
    re = new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), o.ignoreCase ? 'i' : '');
  }
  const lines = input.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const hits = lines.map((l) => re.test(l) !== o.invert);
  const matched = hits.filter(Boolean).length;
  if (o.count) return { stdout: `${matched}\n`, stderr: '', code: matched ? 0 : 1 };
  return { stdout: withContext(lines, hits, o), stderr: '', code: matched ? 0 : 1 };
}

/** Matching lines with their context, groups separated by `--` as GNU grep prints them. */
function withContext(lines: string[], hits: boolean[], o: GrepOptions): string {
  const shown = new Set<number>();
  hits.forEach((hit, i) => {
    if (!hit) return;
    for (let j = Math.max(0, i - o.before); j <= Math.min(lines.length - 1, i + o.after); j++) shown.add(j);
  });
  let out = '';
  let last = -2;
  for (const i of [...shown].sort((a, b) => a - b)) {
    if ((o.after || o.before) && last >= 0 && i > last + 1) out += '--\n';
    out += (o.number ? `${i + 1}${hits[i] ? ':' : '-'}` : '') + lines[i] + '\n';
    last = i;
  }
  return out;
}

function slice(argv: string[], env: BuiltinEnv, which: 'head' | 'tail'): Output {
  // -n N, -N (lines) or -c N (bytes); the other words are files.
  let n = 10;
  let bytes = false;
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-n' || a === '-c') {
      bytes = a === '-c';
      n = Number(argv[++i]);
    } else if (/^-[nc]\d+$/.test(a)) {
      bytes = a[1] === 'c';
      n = Number(a.slice(2));
    } else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else files.push(a);
  }
  // Each file (head -3 app.js) after a `==> NAME <==` header when there are several; else stdin.
  const cut = (text: string) => {
    if (bytes) return which === 'head' ? text.slice(0, n) : text.slice(Math.max(0, text.length - n));
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const picked = which === 'head' ? lines.slice(0, n) : lines.slice(Math.max(0, lines.length - n));
    return picked.map((l) => l + '\n').join('');
  };
  if (files.length === 0) return ok(cut(env.stdin ?? ''));
  let stdout = '';
  let stderr = '';
  for (const [k, f] of files.entries()) {
    const r = readArg(which, f, env, `${which}: cannot open '${f}' for reading: No such file or directory`);
    if (typeof r !== 'string') {
      stderr += r.stderr;
      continue;
    }
    if (files.length > 1) stdout += `${k > 0 ? '\n' : ''}==> ${f} <==\n`;
    stdout += cut(r);
  }
  return { stdout, stderr, code: stderr ? 1 : 0 };
}
