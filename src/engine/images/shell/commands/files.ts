/**
 * File utilities over the container's filesystem (its image plus mounted volumes, which
 * the runtime owns): `cat`, `touch`, `rm`, `mkdir`, `tee` (`ls` has its own file). Error wording follows
 * busybox (`can't open 'x'`) or GNU coreutils (`x: No such file or directory`).
 */
import { mkdir as mkdirEffect, readFile, remove, stat, writeFile, type Gen } from '../../effects';
import { errnoText, resolvePath, type CommandIO } from '../registry';

export function operands(argv: string[]): [Set<string>, string[]] {
  const flags = new Set<string>();
  const rest: string[] = [];
  for (const a of argv.slice(1)) {
    if (/^-[A-Za-z]+$/.test(a)) for (const f of a.slice(1)) flags.add(f);
    else rest.push(a);
  }
  return [flags, rest];
}

export function* cat(io: CommandIO): Gen<number> {
  const [, files] = operands(io.argv);
  if (!files.length) {
    io.out(io.stdin);
    return 0;
  }
  let status = 0;
  for (const f of files) {
    if (f === '-') {
      io.out(io.stdin);
      continue;
    }
    const r = yield* readFile(resolvePath(io.cwd, f));
    if (r.ok) io.out(r.text);
    else {
      status = 1;
      if (r.error === 'EISDIR') io.err(io.busybox ? 'cat: read error: Is a directory\n' : `cat: ${f}: Is a directory\n`);
      else io.err(io.busybox ? `cat: can't open '${f}': ${errnoText(r.error)}\n` : `cat: ${f}: ${errnoText(r.error)}\n`);
    }
  }
  return status;
}

export function* touch(io: CommandIO): Gen<number> {
  const [, files] = operands(io.argv);
  let status = 0;
  for (const f of files) {
    const w = yield* writeFile(resolvePath(io.cwd, f), '', true);
    if (!w.ok) {
      status = 1;
      io.err(io.busybox ? `touch: ${f}: ${errnoText(w.error)}\n` : `touch: cannot touch '${f}': ${errnoText(w.error)}\n`);
    }
  }
  return status;
}

export function* rm(io: CommandIO): Gen<number> {
  const [flags, files] = operands(io.argv);
  const force = flags.has('f');
  const recursive = flags.has('r') || flags.has('R');
  let status = 0;
  for (const f of files) {
    const path = resolvePath(io.cwd, f);
    const s = yield* stat(path);
    if (!s.ok) {
      if (!force) {
        status = 1;
        io.err(io.busybox ? `rm: can't remove '${f}': ${errnoText(s.error)}\n` : `rm: cannot remove '${f}': ${errnoText(s.error)}\n`);
      }
      continue;
    }
    if (s.type === 'dir' && !recursive) {
      status = 1;
      io.err(io.busybox ? `rm: '${f}' is a directory\n` : `rm: cannot remove '${f}': Is a directory\n`);
      continue;
    }
    yield* remove(path);
  }
  return status;
}

export function* mkdir(io: CommandIO): Gen<number> {
  const [flags, dirs] = operands(io.argv);
  let status = 0;
  for (const d of dirs) {
    const r = yield* mkdirEffect(resolvePath(io.cwd, d), flags.has('p'));
    if (!r.ok) {
      status = 1;
      io.err(io.busybox ? `mkdir: can't create directory '${d}': ${errnoText(r.error)}\n` : `mkdir: cannot create directory '${d}': ${errnoText(r.error)}\n`);
    }
  }
  return status;
}

export function* tee(io: CommandIO): Gen<number> {
  const [flags, files] = operands(io.argv);
  for (const f of files) yield* writeFile(resolvePath(io.cwd, f), io.stdin, flags.has('a'));
  io.out(io.stdin);
  return 0;
}
