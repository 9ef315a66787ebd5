/**
 * Redirects: `> file` truncates (creating the file before the command runs, as the shell
 * opens it first), `>> file` appends, `2>&1` and `>&2` join streams, `< file` feeds
 * stdin, `/dev/null` swallows. File output is written when the command finishes.
 */
import type { Gen } from '../effects';
import { expandString } from './expand';
import type { Shell } from './interp';
import { cannotCreate, cannotOpen } from './messages';
import type { Redir } from './parser';
import { errnoText, resolvePath } from './registry';
import { FileSink, NullSink, type Fds, type Sink } from './sinks';

function* openRedir(shell: Shell, r: Redir, fds: Fds, files: FileSink[]): Gen<Fds | string> {
  const target = yield* expandString(shell, r.target);
  if (r.op === '>&' || r.op === '<&') {
    const sink = target === '2' ? fds.err : fds.out;
    return r.fd === 2 ? { ...fds, err: sink } : { ...fds, out: sink };
  }
  if (r.op === '<') {
    if (target === '/dev/null') return { ...fds, stdin: '' };
    const a = (yield* shell.effect({ op: 'readFile', path: resolvePath(shell.cwd, target) })) as { ok: boolean; text?: string; error?: string };
    if (!a?.ok) return cannotOpen(shell.flavour, shell.arg0, target, errnoText(a?.error ?? 'ENOENT'));
    return { ...fds, stdin: a.text ?? '' };
  }
  let sink: Sink;
  if (target === '/dev/null') sink = new NullSink();
  else if (target === '/dev/stdout') sink = fds.out;
  else if (target === '/dev/stderr') sink = fds.err;
  else {
    const path = resolvePath(shell.cwd, target);
    const append = r.op === '>>' || r.op === '&>>';
    const a = (yield* shell.effect({ op: 'writeFile', path, text: '', ...(append ? { append: true } : {}) })) as { ok?: boolean; error?: string };
    if (a && a.ok === false) return cannotCreate(shell.flavour, shell.arg0, target, errnoText(a.error ?? 'ENOENT'));
    const file = new FileSink(path, true);
    files.push(file);
    sink = file;
  }
  if (r.op === '&>' || r.op === '&>>') return { ...fds, out: sink, err: sink };
  return r.fd === 2 ? { ...fds, err: sink } : { ...fds, out: sink };
}

/** Apply redirects, run `body`, then write what went to files. */
export function* withRedirects(shell: Shell, redirs: readonly Redir[], fds: Fds, body: (io: Fds) => Gen<number>): Gen<number> {
  let io = fds;
  const files: FileSink[] = [];
  for (const r of redirs) {
    const opened = yield* openRedir(shell, r, io, files);
    if (typeof opened === 'string') {
      fds.err.write(`${opened}\n`);
      return 1;
    }
    io = opened;
  }
  try {
    return yield* body(io);
  } finally {
    for (const f of files) if (f.text) yield* shell.effect({ op: 'writeFile', path: f.path, text: f.text, append: true });
  }
}
