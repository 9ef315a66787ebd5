/**
 * `test`/`[` (what an exec probe like `test -f /config/app.conf` runs), and the text
 * filters scripts pipe through: `head`, `tail` (with `-f`/`-F`, polling once a second as
 * busybox does), `wc`, `grep`.
 */
import { readFile, sleep, stat, type Gen } from '../../effects';
import { missingBracket } from '../messages';
import { resolvePath, type CommandIO } from '../registry';

function* fileTest(io: CommandIO, op: string, file: string): Gen<boolean> {
  const s = yield* stat(resolvePath(io.cwd, file));
  if (!s.ok) return false;
  if (op === '-f') return s.type === 'file';
  if (op === '-d') return s.type === 'dir';
  if (op === '-s') return s.size > 0;
  return true;
}

function* evalTest(io: CommandIO, args: string[]): Gen<boolean | undefined> {
  if (args[0] === '!') {
    const r = yield* evalTest(io, args.slice(1));
    return r === undefined ? undefined : !r;
  }
  const orAt = args.indexOf('-o');
  if (orAt > 0) return ((yield* evalTest(io, args.slice(0, orAt))) ?? false) || ((yield* evalTest(io, args.slice(orAt + 1))) ?? false);
  const andAt = args.indexOf('-a');
  if (andAt > 0) return ((yield* evalTest(io, args.slice(0, andAt))) ?? false) && ((yield* evalTest(io, args.slice(andAt + 1))) ?? false);
  const [a = '', op = '', b = ''] = args;
  if (args.length === 0) return false;
  if (args.length === 1) return a !== '';
  if (args.length === 2) {
    if (a === '-z') return op === '';
    if (a === '-n') return op !== '';
    if (['-f', '-d', '-e', '-s', '-r', '-w', '-x'].includes(a)) return yield* fileTest(io, a, op);
    return undefined;
  }
  const ints: Record<string, (x: number, y: number) => boolean> = {
    '-eq': (x, y) => x === y, '-ne': (x, y) => x !== y, '-lt': (x, y) => x < y,
    '-le': (x, y) => x <= y, '-gt': (x, y) => x > y, '-ge': (x, y) => x >= y,
  };
  if (op === '=' || op === '==') return a === b;
  if (op === '!=') return a !== b;
  const cmp = ints[op];
  if (cmp) return cmp(Number(a), Number(b));
  return undefined;
}

export function* test(io: CommandIO): Gen<number> {
  let args = io.argv.slice(1);
  if (io.argv[0] === '[') {
    if (args[args.length - 1] !== ']') {
      io.err(`${missingBracket(io.flavour, 'sh')}\n`);
      return 2;
    }
    args = args.slice(0, -1);
  }
  const r = yield* evalTest(io, args);
  if (r === undefined) {
    io.err(`${io.argv[0] === '[' ? '[' : 'test'}: syntax error\n`);
    return 2;
  }
  return r ? 0 : 1;
}

function* inputs(io: CommandIO, files: string[]): Gen<string | undefined> {
  if (!files.length) return io.stdin;
  let text = '';
  for (const f of files) {
    const r = yield* readFile(resolvePath(io.cwd, f));
    if (!r.ok) {
      io.err(io.busybox ? `${io.argv[0]}: can't open '${f}': No such file or directory\n` : `${io.argv[0]}: ${f}: No such file or directory\n`);
      return undefined;
    }
    text += r.text;
  }
  return text;
}

function lineArgs(argv: string[], defaultN: number): { n: number; files: string[]; follow: boolean } {
  let n = defaultN;
  let follow = false;
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '-n') n = Number(argv[++i] ?? n);
    else if (/^-n\d+$/.test(a)) n = Number(a.slice(2));
    else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else if (a === '-f' || a === '-F') follow = true;
    else files.push(a);
  }
  return { n, files, follow };
}

const splitLines = (text: string): string[] => text.split('\n').slice(0, text.endsWith('\n') ? -1 : undefined);

export function* head(io: CommandIO): Gen<number> {
  const { n, files } = lineArgs(io.argv, 10);
  const text = yield* inputs(io, files);
  if (text === undefined) return 1;
  for (const l of splitLines(text).slice(0, n)) io.out(`${l}\n`);
  return 0;
}

/** `tail -F file` follows by polling once a second, waiting for a file that is not there yet. */
export function* tail(io: CommandIO): Gen<number> {
  const { n, files, follow } = lineArgs(io.argv, 10);
  if (!follow || files.length !== 1) {
    const text = yield* inputs(io, files);
    if (text === undefined) return 1;
    for (const l of splitLines(text).slice(-n)) io.out(`${l}\n`);
    return 0;
  }
  const path = resolvePath(io.cwd, files[0] ?? '');
  let seen: string | undefined;
  for (;;) {
    const r = yield* readFile(path);
    if (r.ok && seen === undefined) for (const l of splitLines(r.text).slice(-n)) io.out(`${l}\n`);
    else if (r.ok && seen !== undefined && r.text.startsWith(seen)) io.out(r.text.slice(seen.length));
    else if (!r.ok && seen === undefined) io.err(`tail: can't open '${files[0]}': No such file or directory\n`);
    seen = r.ok ? r.text : (seen ?? '');
    yield* sleep(1000);
  }
}

/** grep with basic regular expressions (`+ ? | ( )` are literal unless -E). */
export function* grep(io: CommandIO): Gen<number> {
  const flags = new Set<string>();
  const rest: string[] = [];
  for (const a of io.argv.slice(1)) {
    if (/^-[a-zA-Z]+$/.test(a)) for (const f of a.slice(1)) flags.add(f);
    else rest.push(a);
  }
  const [pattern = '', ...files] = rest;
  const source = flags.has('E') || flags.has('F') ? pattern : pattern.replace(/[+?|(){}]/g, '\\$&');
  const re = new RegExp(flags.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : source, flags.has('i') ? 'i' : '');
  const text = yield* inputs(io, files);
  if (text === undefined) return 2;
  const hits = splitLines(text).filter((l) => re.test(l) !== flags.has('v'));
  if (flags.has('c')) io.out(`${hits.length}\n`);
  else if (!flags.has('q')) for (const l of hits) io.out(`${l}\n`);
  return hits.length ? 0 : 1;
}
