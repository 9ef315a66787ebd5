// `kubectl attach POD [-c CONTAINER] [-i] [-t]` (kubectl/pkg/cmd/attach): GET the Pod,
// pick the container, and attach to its main process: with -i to a container whose stdin
// is open (a shell started by `kubectl run -it`), the terminal types into it; otherwise the
// process's output is shown until it ends (^C leaves it running). A finished Pod cannot be
// attached to.
import type { Container, Pod } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { flagNamespace } from '../common';
import { err, type KubectlEnv, type KubectlProgram } from '../program';
import { defaultContainer, findContainer } from './containerChoice';
import { targetPod } from './podTarget';
import { readLog, stayAttached, type AttachPlan } from './runAttach';

const USAGE = "See 'kubectl attach -h' for help and examples\n";

/** The -c container (kubectl checks it exists), else kubectl's default, saying so when there are others. */
function chooseContainer(pod: Pod, flag: string): { container?: Container; note?: string; error?: string } {
  if (flag) {
    const named = findContainer(pod, flag);
    return named ? { container: named } : { error: `error: container ${flag} not found in pod ${pod.metadata?.name ?? ''}` };
  }
  const { container, note } = defaultContainer(pod);
  if (!container) return { error: `error: pod ${pod.metadata?.name ?? ''} has no containers` };
  return { container, ...(note ? { note } : {}) };
}

export function* attach(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  if (args.positional.length === 0) {
    yield* err(`error: at least 1 argument is required for attach\n${USAGE}`);
    return 1;
  }
  if (args.positional.length > 2) {
    yield* err(`error: expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw ${args.positional.length}: [${args.positional.join(' ')}]\n${USAGE}`);
    return 1;
  }
  // TYPE NAME or one argument: POD, TYPE/NAME.
  const arg = args.positional.length === 2 ? args.positional.join('/') : args.positional[0];
  const namespace = flagNamespace(env, args);
  const target = yield* targetPod(namespace, arg, 'attach', 'attach');
  if (!target) return 1;
  const { name, pod } = target;
  const chosen = chooseContainer(pod, String(args.flags.container ?? ''));
  if (chosen.error || !chosen.container) {
    yield* err(`${chosen.error ?? ''}\n`);
    return 1;
  }
  const container = chosen.container;
  const quiet = args.flags.quiet === true;
  // The kubelet can only connect the stream to a container that is running.
  const s = pod.status;
  const status = [...(s?.containerStatuses ?? []), ...(s?.initContainerStatuses ?? []), ...(s?.ephemeralContainerStatuses ?? [])].find((x) => x.name === container.name);
  if (!status?.state?.running) {
    yield* err(`error: unable to upgrade connection: container not found ("${container.name}")\n`);
    return 1;
  }
  if (chosen.note && !quiet) yield* err(chosen.note);
  let tty = args.flags.tty === true;
  if (tty && !container.tty) {
    tty = false;
    if (!quiet) yield* err(`error: Unable to use a TTY - container ${container.name} did not allocate one\n`);
  } else if (!tty && container.tty) tty = true;
  const stdin = args.flags.stdin === true;
  const plan: AttachPlan = {
    namespace,
    name,
    restartPolicy: pod.spec?.restartPolicy ?? 'Always',
    stdin,
    tty,
    quiet,
    leaveStdinOpen: false,
    podTimeoutMs: Number(args.flags['pod-running-timeout'] ?? 60_000),
    typed: stdin && container.stdin === true,
    ephemeral: (pod.spec?.ephemeralContainers ?? []).some((ec) => ec.name === container.name),
  };
  // What was written before attaching is not shown again: only what comes next.
  const seen = plan.typed ? '' : yield* readLog(plan, container.name);
  if (typeof seen !== 'string') {
    yield* err(seen.error + '\n');
    return 1;
  }
  const error = yield* stayAttached(plan, container.name, pod, seen);
  if (error) {
    yield* err(error.endsWith('\n') ? error : error + '\n');
    return 1;
  }
  return 0;
}
