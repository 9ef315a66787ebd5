// `base64` on the laptop: the coreutils tool containers have too (images/shell/commands/base64.ts), reading the working directory's files.
import { base64Args, base64Of } from '../images/shell/commands/base64';
import type { BuiltinEnv, Output } from './builtins';
import { readArg } from './readArg';

export function base64(argv: string[], env: BuiltinEnv): Output {
  const run = base64Args(argv);
  if ('code' in run) return run;
  const text = readArg('base64', run.path, env);
  return typeof text === 'string' ? base64Of(run, text) : text;
}
