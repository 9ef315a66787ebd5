// `base64` on the laptop: the coreutils tool containers have too (images/shell/commands/base64.ts), reading the working directory's files.
import { base64Args, base64Of } from '../images/shell/commands/base64';
import type { BuiltinEnv, Output } from './builtins';

export function base64(argv: string[], env: BuiltinEnv): Output {
  const run = base64Args(argv);
  if ('code' in run) return run;
  const text = run.path === '-' ? (env.stdin ?? '') : env.files.get(run.path.replace(/^\.\//, ''));
  if (text === undefined) return { stdout: '', stderr: `base64: ${run.path}: No such file or directory\n`, code: 1 };
  return base64Of(run, text);
}
