/**
 * The small set of Unix commands the sandbox's shell has besides kubectl and docker, with
 * the wording of GNU coreutils/grep (what a learner's Linux laptop prints).
 */
export interface Output {
  stdout: string;
  stderr: string;
  code: number;
}

export interface BuiltinEnv {
  files: ReadonlyMap<string, string>;
  stdin?: string;
}

export type Builtin = (argv: string[], env: BuiltinEnv) => Output;

const ok = (stdout = ''): Output => ({ stdout, stderr: '', code: 0 });
const fail = (stderr: string, code = 1): Output => ({ stdout: '', stderr, code });

function readArg(name: string, path: string, env: BuiltinEnv): string | Output {
  if (path === '-') return env.stdin ?? '';
  const text = env.files.get(stripDot(path));
  if (text !== undefined) return text;
  if (isDir(env.files, path)) return fail(`${name}: ${path}: Is a directory\n`);
  return fail(`${name}: ${path}: No such file or directory\n`);
}

function stripDot(path: string): string {
  return path.replace(/^\.\//, '');
}

function isDir(files: ReadonlyMap<string, string>, path: string): boolean {
  const p = stripDot(path).replace(/\/$/, '');
  if (p === '' || p === '.') return true;
  for (const k of files.keys()) if (k.startsWith(p + '/')) return true;
  return false;
}

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
    for (const k of env.files.keys()) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0]!);
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
  wc: (argv, env) => {
    const text = env.stdin ?? '';
    const lines = text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (argv.includes('-l')) return ok(`${lines}\n`);
    const words = text.split(/\s+/).filter(Boolean).length;
    return ok(`${String(lines).padStart(7)} ${String(words).padStart(7)} ${String(text.length).padStart(7)}\n`);
  },
  cd: (argv) => (argv.length <= 1 || argv[1] === '~' || argv[1] === '.' ? ok() : fail(`bash: cd: ${argv[1]}: No such file or directory\n`)),
  export: () => ok(),
  history: () => ok(),
};

function grep(argv: string[], env: BuiltinEnv): Output {
  const flags = argv.slice(1).filter((a) => a.startsWith('-') && a.length > 1);
  const rest = argv.slice(1).filter((a) => !(a.startsWith('-') && a.length > 1));
  const pattern = rest[0];
  if (pattern === undefined) return fail('Usage: grep [OPTION]... PATTERNS [FILE]...\nTry \'grep --help\' for more information.\n', 2);
  const ignoreCase = flags.some((f) => f.includes('i'));
  const invert = flags.some((f) => f.includes('v'));
  const count = flags.some((f) => f.includes('c'));
  let input = env.stdin ?? '';
  if (rest[1] !== undefined) {
    const r = readArg('grep', rest[1], env);
    if (typeof r !== 'string') return { ...r, code: 2 };
    input = r;
  }
  let re: RegExp;
  try {
    re = new RegExp(pattern, ignoreCase ? 'i' : '');
  } catch {
    re = new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), ignoreCase ? 'i' : '');
  }
  const lines = input.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const matched = lines.filter((l) => re.test(l) !== invert);
  if (count) return { stdout: `${matched.length}\n`, stderr: '', code: matched.length ? 0 : 1 };
  return { stdout: matched.map((l) => l + '\n').join(''), stderr: '', code: matched.length ? 0 : 1 };
}

function slice(argv: string[], env: BuiltinEnv, which: 'head' | 'tail'): Output {
  let n = 10;
  const i = argv.indexOf('-n');
  if (i >= 0) n = Number(argv[i + 1]);
  else {
    const m = argv.find((a) => /^-\d+$/.test(a));
    if (m) n = Number(m.slice(1));
  }
  const lines = (env.stdin ?? '').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const picked = which === 'head' ? lines.slice(0, n) : lines.slice(Math.max(0, lines.length - n));
  return ok(picked.map((l) => l + '\n').join(''));
}
