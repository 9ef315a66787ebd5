// `sed` on the laptop: GNU sed 4.9, the one containers have too (images/shell/commands/sed),
// reading the working directory's files; -i's rewrites go back as `writes` (KUBE_EDITOR="sed -i …"
// edits kubectl's temporary file this way).
import { sedArgs, sedOperands, sedRun, type SedInput } from '../images/shell/commands/sed';
import type { BuiltinEnv, Output } from './builtins';

function input(name: string, env: BuiltinEnv): SedInput {
  const path = name.replace(/^\.\//, '');
  const text = env.files.get(path);
  if (text !== undefined) return { name, text };
  const dir = path.replace(/\/$/, '');
  const isDir = dir === '' || dir === '.' || [...env.files.keys()].some((k) => k.startsWith(dir + '/'));
  return { name, error: isDir ? 'EISDIR' : 'ENOENT' };
}

export function sed(argv: string[], env: BuiltinEnv): Output {
  const inv = sedArgs(argv, 'gnu');
  const result =
    'files' in inv
      ? sedRun(
          inv,
          sedOperands(inv).map((name) =>
            name === '-' && inv.inPlace === undefined ? { name, text: env.stdin ?? '' } : input(name, env),
          ),
          'gnu',
        )
      : { ...inv, writes: [] };
  const text = (fd: 1 | 2) =>
    result.chunks
      .filter(([f]) => f === fd)
      .map(([, t]) => t)
      .join('');
  const writes = result.writes.map((w) => ({ path: w.name.replace(/^\.\//, ''), text: w.text }));
  return { stdout: text(1), stderr: text(2), code: result.code, ...(writes.length ? { writes } : {}) };
}
