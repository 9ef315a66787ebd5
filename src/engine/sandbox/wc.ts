// `wc` on the laptop: the coreutils tool containers have too (images/shell/commands/wc.ts), reading the working directory's files.
import { wcArgs, wcReport, type WcInput } from '../images/shell/commands/wc';
import type { BuiltinEnv, Output } from './builtins';
import { readArg } from './readArg';

export function wc(argv: string[], env: BuiltinEnv): Output {
  const run = wcArgs(argv);
  if ('code' in run) return run;
  const inputs = (run.operands.length === 0 ? ['-'] : run.operands).map((name): WcInput => {
    const text = readArg('wc', name, env);
    return typeof text === 'string' ? { name, text } : { name, error: text.stderr };
  });
  return wcReport(run, inputs);
}
