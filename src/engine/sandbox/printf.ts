// bash's `printf FORMAT [ARGS…]` builtin on the laptop: the formatting containers' shells share
// (images/shell/commands/printf.ts), and bash's words for a usage error or a bad number.
import { formatPrintf } from '../images/shell/commands/printf';
import type { BuiltinEnv, Output } from './builtins';

export function printf(argv: string[], _env: BuiltinEnv): Output {
  if (argv.length < 2) return { stdout: '', stderr: 'printf: usage: printf [-v var] format [arguments]\n', code: 2 };
  const { text, invalid } = formatPrintf(argv[1]!, argv.slice(2));
  return { stdout: text, stderr: invalid.map((a) => `bash: printf: ${a}: invalid number\n`).join(''), code: invalid.length > 0 ? 1 : 0 };
}
