/**
 * `ls`, as GNU coreutils and busybox list: file operands first, then each directory under
 * its name when there are several; `-l` long lines over what `stat` answers, `-a`/`-A`
 * hidden entries, `-d` a directory itself, `-h` human sizes. Names come in columns on a
 * terminal (`kubectl exec -t`), one per line otherwise (a log, a pipe, a file) or with `-1`.
 */
import { nowOf, readDir, stat, type FileStat, type Gen } from '../../effects';
import { errnoText, resolvePath, type CommandIO } from '../registry';
import { operands } from './files';
import { columns, longLines, totalLine, type LongEntry, type LongOptions } from './lsFormat';

interface Listing {
  flags: Set<string>;
  long: LongOptions | undefined;
}

function printNames(io: CommandIO, names: readonly string[], l: Listing): void {
  for (const line of io.stdoutTty && !l.flags.has('1') ? columns(names, io.busybox) : names) io.out(`${line}\n`);
}

function print(io: CommandIO, entries: readonly LongEntry[], l: Listing): void {
  if (!l.long) return printNames(io, entries.map((e) => e.name), l);
  for (const line of longLines(entries, l.long)) io.out(`${line}\n`);
}

/** One directory's entries, hidden ones as `-a` or `-A` asks; stated only for `-l`. */
function* listDir(io: CommandIO, path: string, l: Listing): Gen<void> {
  const d = yield* readDir(path);
  if (!d.ok) return;
  const shown = d.entries.filter((e) => l.flags.has('a') || l.flags.has('A') || !e.startsWith('.')).sort();
  const names = [...(l.flags.has('a') ? ['.', '..'] : []), ...shown];
  if (!l.long) return printNames(io, names, l);
  const entries: LongEntry[] = [];
  for (const name of names) {
    const s = yield* stat(resolvePath(path, name));
    if (s.ok) entries.push({ name, stat: s });
  }
  io.out(`${totalLine(entries, l.long)}\n`);
  print(io, entries, l);
}

/** What a link points to (`ls -ld /bin/`: the trailing slash follows it). */
function followed(s: FileStat): FileStat {
  const { link: _link, ...target } = s;
  return target;
}

/** GNU's long options that have a short form; `--color` only matters on a terminal. */
const LONG: Record<string, string> = { '--all': '-a', '--almost-all': '-A', '--directory': '-d', '--human-readable': '-h' };

export function* ls(io: CommandIO): Gen<number> {
  const argv = io.argv.filter((a) => !a.startsWith('--color')).map((a) => LONG[a] ?? a);
  const [flags, paths] = operands(argv);
  const l: Listing = { flags, long: flags.has('l') ? { busybox: io.busybox, human: flags.has('h'), now: nowOf(io.ctx) } : undefined };
  const targets = paths.length ? paths : ['.'];
  let status = 0;
  const files: LongEntry[] = [];
  const dirs: string[] = [];
  for (const p of targets) {
    const s = yield* stat(resolvePath(io.cwd, p));
    if (!s.ok) {
      status = io.busybox ? 1 : 2;
      io.err(io.busybox ? `ls: ${p}: ${errnoText(s.error)}\n` : `ls: cannot access '${p}': ${errnoText(s.error)}\n`);
      continue;
    }
    // -l and -d show a link named on the command line as the link, not what it points to.
    const asLink = s.link !== undefined && (l.long !== undefined || flags.has('d')) && !p.endsWith('/');
    if (s.type === 'dir' && !flags.has('d') && !asLink) dirs.push(p);
    else files.push({ name: p, stat: asLink ? s : followed(s) });
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  print(io, files, l);
  let first = files.length === 0;
  for (const p of dirs.sort()) {
    if (targets.length > 1) io.out(`${first ? '' : '\n'}${p}:\n`);
    first = false;
    yield* listDir(io, resolvePath(io.cwd, p), l);
  }
  return status;
}
