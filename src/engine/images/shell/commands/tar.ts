// `tar` in a container: `tar cf - PATH…` writes a ustar archive of files and directories
// to stdout (what `kubectl cp POD:PATH .` runs), `tar -xmf - -C DIR` unpacks one read
// from stdin (what `kubectl cp FILE POD:PATH` runs), `tar tf -` lists one. GNU tar's
// words in Debian images, busybox's in busybox ones.
import { mkdir, readDir, readFile, stat, writeFile, type Gen } from '../../effects';
import { packTar, unpackTar, type TarEntry } from '../../ustar';
import { errnoText, resolvePath, type CommandIO } from '../registry';

interface TarArgs {
  mode?: 'c' | 'x' | 't';
  file?: string;
  dir?: string;
  verbose: boolean;
  paths: string[];
}

/** `cf -`, `-xmf -`, `-c -f - -C dir`: the old bundled letters or dashed options. */
function parseArgs(argv: string[]): TarArgs | string {
  const a: TarArgs = { verbose: false, paths: [] };
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const bundled = i === 0 && /^[a-zA-Z]+$/.test(arg) ? arg : /^-[a-zA-Z]+$/.test(arg) ? arg.slice(1) : undefined;
    if (arg === '-C' || arg === '--directory') a.dir = args[++i];
    else if (arg.startsWith('--')) continue;
    else if (bundled !== undefined) {
      for (const ch of bundled) {
        if (ch === 'c' || ch === 'x' || ch === 't') a.mode = ch;
        else if (ch === 'v') a.verbose = true;
        else if (ch === 'f') a.file = args[++i];
        else if (ch === 'C') a.dir = args[++i];
      }
    } else a.paths.push(arg);
  }
  if (!a.mode) return 'You must specify one of the \'-Acdtrux\', \'--delete\' or \'--test-label\' options';
  return a;
}

export function* tar(io: CommandIO): Gen<number> {
  const a = parseArgs(io.argv);
  if (typeof a === 'string') {
    io.err(`tar: ${a}\nTry 'tar --help' or 'tar --usage' for more information.\n`);
    return 2;
  }
  if (a.file !== undefined && a.file !== '-') {
    io.err(`tar: ${a.file}: Pod Lab's tar reads and writes archives on stdin and stdout only (f -)\n`);
    return 2;
  }
  const base = a.dir ? resolvePath(io.cwd, a.dir) : io.cwd;
  return a.mode === 'c' ? yield* create(io, a, base) : yield* extract(io, a, base);
}

function* create(io: CommandIO, a: TarArgs, base: string): Gen<number> {
  if (a.paths.length === 0) {
    io.err(io.busybox ? 'tar: empty archive\n' : 'tar: Cowardly refusing to create an empty archive\nTry \'tar --help\' or \'tar --usage\' for more information.\n');
    return io.busybox ? 1 : 2;
  }
  const entries: TarEntry[] = [];
  const mtime = Math.floor((io.ctx.now?.() ?? 0) / 1000);
  let failed = false;
  let warned = false;
  for (const p of a.paths) {
    const member = p.replace(/^\/+/, '');
    if (member !== p && !warned) {
      io.err(io.busybox ? "tar: removing leading '/' from member names\n" : "tar: Removing leading `/' from member names\n");
      warned = true;
    }
    if (!(yield* add(io, resolvePath(base, p), member.replace(/\/+$/, ''), entries, { mtime, verbose: a.verbose }))) {
      io.err(io.busybox ? `tar: ${p}: No such file or directory\n` : `tar: ${p}: Cannot stat: No such file or directory\n`);
      failed = true;
    }
  }
  io.out(packTar(entries));
  if (failed && !io.busybox) io.err('tar: Exiting with failure status due to previous errors\n');
  return failed ? (io.busybox ? 1 : 2) : 0;
}

/**
 * One path and, for a directory, everything under it; false if it does not exist. With -v
 * each member is named on stderr, since the archive itself has stdout.
 */
function* add(io: CommandIO, path: string, member: string, entries: TarEntry[], o: { mtime: number; verbose: boolean }): Gen<boolean> {
  const s = yield* stat(path);
  if (!s.ok) return false;
  const name = s.type === 'file' ? member : `${member}/`;
  if (o.verbose) io.err(`${name}\n`);
  if (s.type === 'file') {
    const r = yield* readFile(path);
    entries.push({ name, type: 'file', text: r.ok ? r.text : '', mtime: o.mtime });
    return true;
  }
  entries.push({ name, type: 'dir', mtime: o.mtime });
  const d = yield* readDir(path);
  for (const child of d.ok ? [...d.entries].sort() : []) yield* add(io, `${path.replace(/\/$/, '')}/${child}`, `${member}/${child}`, entries, o);
  return true;
}

function* extract(io: CommandIO, a: TarArgs, base: string): Gen<number> {
  const archive = unpackTar(io.stdin);
  if ('error' in archive) {
    io.err(io.busybox ? 'tar: invalid tar magic\n' : `tar: ${archive.error}\ntar: Exiting with failure status due to previous errors\n`);
    return 2;
  }
  for (const e of archive.entries) {
    if (a.mode === 't' || a.verbose) io.out(`${e.name}\n`);
    if (a.mode === 't') continue;
    const path = resolvePath(base, e.name);
    if (e.type === 'dir') {
      yield* mkdir(path, true);
      continue;
    }
    const parent = path.slice(0, path.lastIndexOf('/'));
    if (parent) yield* mkdir(parent, true);
    const w = yield* writeFile(path, e.text ?? '');
    if (!w.ok) {
      io.err(io.busybox ? `tar: can't open '${e.name}': ${errnoText(w.error)}\n` : `tar: ${e.name}: Cannot open: ${errnoText(w.error)}\n`);
      return 2;
    }
  }
  return 0;
}
