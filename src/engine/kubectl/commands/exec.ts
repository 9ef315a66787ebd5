// `kubectl exec POD [-c CONTAINER] -- COMMAND [ARGS...]` (kubectl/pkg/cmd/exec): GET the
// Pod, pick the container (the default-container annotation or the first one, saying so
// when there are several), POST pods/NAME/exec — the API server proxies it to the node's
// kubelet, which has the runtime run the command in the container — and print what it
// wrote. A non-zero exit is reported as kubectl reports it.
import type { Pod } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { flagNamespace, serverError } from '../common';
import { err, out, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { defaultContainer } from './containerChoice';
import { interactiveShell, shellSession } from './interactive';
import { execIn, targetPod, type ExecResult } from './podTarget';

const USAGE = "See 'kubectl exec -h' for help and examples\n";

/** -c's container as given (the API server says whether it exists), else kubectl's default. */
function chooseContainer(pod: Pod, flag: string): { name: string; note?: string } {
  return flag ? { name: flag } : defaultContainer(pod);
}

/** An exec's result, or undefined once the refusal (the API server's or the kubelet's) is printed. */
export function* execOrFail(ns: string, pod: string, container: string, command: string[], stream: Parameters<typeof execIn>[4]): Generator<KubectlEffect, ExecResult | undefined, unknown> {
  const result = yield* execIn(ns, pod, container, command, stream);
  if (!('refused' in result)) return result;
  const res = result.refused;
  if (res.code === 400 || res.code === 404) yield* serverError(res, 'applying');
  else yield* err(`error: ${res.status?.message ?? 'unable to upgrade connection'}\n`);
  return undefined;
}

export function* exec(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const before = args.dashIndex >= 0 ? args.positional.slice(0, args.dashIndex) : args.positional;
  const command = args.dashIndex >= 0 ? args.afterDash : [];
  if (before.length === 0) {
    yield* err(`error: expected 'exec POD_NAME COMMAND [ARG1] [ARG2] ... [ARGN]'.\nPOD_NAME and COMMAND are required arguments for the exec command\n${USAGE}`);
    return 1;
  }
  if (args.dashIndex < 0 && before.length > 1) {
    yield* err(`error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\n${USAGE}`);
    return 1;
  }
  if (command.length === 0) {
    yield* err(`error: you must specify at least one command for the container\n${USAGE}`);
    return 1;
  }
  const ns = flagNamespace(env, args);
  const target = yield* targetPod(ns, before[0], 'exec', 'exec into');
  if (!target) return 1;
  const { name, pod } = target;
  const container = chooseContainer(pod, String(args.flags.container ?? ''));
  if (container.note && args.flags.quiet !== true) yield* err(container.note);
  if (args.flags.stdin === true && interactiveShell(command)) return yield* shellSession({ ns, pod: name, container: container.name, command, tty: args.flags.tty === true });
  // -i passes kubectl's own stdin on: what a pipe into it holds (nothing from a terminal here).
  const input = args.flags.stdin === true ? (env.stdin ?? '') : undefined;
  return yield* run(ns, name, container.name, command, args.flags.tty === true, input);
}

function* run(ns: string, name: string, container: string, command: string[], tty: boolean, input: string | undefined): KubectlProgram {
  const result = yield* execOrFail(ns, name, container, command, input === undefined ? { tty } : { tty, input });
  if (!result) return 1;
  if (result.stdout) yield* out(result.stdout);
  if (result.stderr) yield* err(result.stderr);
  if (result.code !== 0) yield* err(`command terminated with exit code ${result.code}\n`);
  return result.code;
}
