/**
 * `which NAME…`: the first executable file of that name along $PATH, as debianutils' which
 * and busybox's applet print it (`-a`: every one). A name found nowhere prints nothing and
 * makes the status 1. In an image whose files Pod Lab does not keep, a program it has but
 * cannot place is said to be so rather than reported missing.
 */
import { stat, type Gen } from '../../effects';
import { rootfsOf } from '../../rootfs';
import { imageHas, resolvePath, type CommandIO } from '../registry';

function* executables(io: CommandIO, name: string, all: boolean): Gen<string[]> {
  const candidates = name.includes('/') ? [name] : (io.env.PATH ?? '').split(':').filter(Boolean).map((dir) => `${dir}/${name}`);
  const found: string[] = [];
  for (const path of candidates) {
    const s = yield* stat(resolvePath(io.cwd, path));
    if (s.ok && s.type === 'file' && (s.mode & 0o111) !== 0) {
      found.push(path);
      if (!all) break;
    }
  }
  return found;
}

export function* which(io: CommandIO): Gen<number> {
  const args = io.argv.slice(1);
  const all = args.includes('-a');
  const names = args.filter((a) => !a.startsWith('-'));
  let status = names.length ? 0 : 1;
  for (const name of names) {
    const found = yield* executables(io, name, all);
    for (const path of found) io.out(`${path}\n`);
    if (found.length) continue;
    status = 1;
    if (!rootfsOf(io.ctx.image) && imageHas(io.ctx.image, name)) io.err(`which: ${name}: Pod Lab does not know where this image keeps it\n`);
  }
  return status;
}
