// `kubectl run -i` / `--attach` (kubectl/pkg/cmd/run: handleAttachPod, then the exit
// code): wait for the Pod to run, print what its container has written, stay attached
// until the process ends, print the rest; with a restart policy of Never or OnFailure
// wait for the Pod to finish and exit as its container did; with --rm delete what was
// created. The container's output reaches the terminal through the API server and the
// kubelet, as `kubectl logs` reads it.
import type { Pod } from '../../api/objects';
import type { WatchNotification } from '../../api/protocol';
import { out, readLine, request, waitFor, type KubectlEffect } from '../program';
import { responseError } from './resourceArgs';
import { WEEK_MS } from './waitConditions';

type Step<T> = Generator<KubectlEffect, T, unknown>;

export interface AttachPlan {
  namespace: string;
  name: string;
  restartPolicy: string;
  /** -i: the container's stdin is open (and the session message is printed). */
  stdin: boolean;
  tty: boolean;
  quiet: boolean;
  leaveStdinOpen: boolean;
  /** --pod-running-timeout (ms). */
  podTimeoutMs: number;
  /** -i with a shell: the learner types its lines (written to the container's stdin). */
  typed: boolean;
  /** The container is an ephemeral one (`kubectl debug`): it will not be restarted. */
  ephemeral?: boolean;
}

const TIMED_OUT = 'error: timed out waiting for the condition';

type PodEvent = WatchNotification['event'] | 'INITIAL';

function phaseOf(pod: Pod | undefined): string {
  return pod?.status?.phase ?? '';
}

const completed = (pod: Pod | undefined) => phaseOf(pod) === 'Succeeded' || phaseOf(pod) === 'Failed';

/** podRunningAndReady: Running with the Ready condition true; a finished Pod ends the wait too. */
function runningAndReady(pod: Pod | undefined): boolean {
  if (completed(pod)) return true;
  return phaseOf(pod) === 'Running' && (pod?.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

function* watchPod(plan: AttachPlan, until: (pod: Pod | undefined) => boolean, timeoutMs: number): Step<{ pod?: Pod; error?: string }> {
  const gone = (event: PodEvent) => event === 'DELETED';
  const result = yield* waitFor({ resource: 'pods', groupVersion: 'v1', namespace: plan.namespace, name: plan.name }, (obj, event) => gone(event) || until(obj as Pod | undefined), timeoutMs);
  if (!result.ok) return { error: TIMED_OUT };
  if (!result.object) return { error: `Error from server (NotFound): pods "${plan.name}" not found` };
  return { pod: result.object as Pod };
}

/** GET pods/NAME/log for the container: everything it has written so far. */
export function* readLog(plan: AttachPlan, container: string, previous = false): Step<string | { error: string }> {
  const query: Record<string, string> = previous ? { container, previous: 'true' } : { container };
  const res = yield* request(
    { verb: 'get', resource: 'pods', groupVersion: 'v1', namespace: plan.namespace, name: plan.name, subresource: 'log', query },
    { kind: 'Pod', namespace: plan.namespace, name: plan.name },
  );
  if (res.code >= 300) return { error: responseError(res) };
  return typeof res.body === 'string' ? res.body : '';
}

/** The status of the named container, of whichever kind (app, init, ephemeral). */
function statusOf(pod: Pod | undefined, container: string) {
  const s = pod?.status;
  return [...(s?.containerStatuses ?? []), ...(s?.initContainerStatuses ?? []), ...(s?.ephemeralContainerStatuses ?? [])].find((x) => x.name === container);
}

function restarts(pod: Pod | undefined, container: string): number {
  return statusOf(pod, container)?.restartCount ?? 0;
}

/**
 * The attached process has ended: the Pod finished, the container exited (an ephemeral
 * one is never started again), or it has been restarted (then the attached process's
 * output is the previous instance's log).
 */
function processEnded(pod: Pod | undefined, container: string, restartsBefore: number): boolean {
  return completed(pod) || restarts(pod, container) > restartsBefore || statusOf(pod, container)?.state?.terminated !== undefined;
}

/**
 * handleAttachPod: wait until the Pod runs (or has already finished: then its logs are all
 * there is), then stay attached until the process ends and print what it wrote meanwhile.
 * Returns the error text, if any.
 */
export function* attachToPod(plan: AttachPlan): Step<string | undefined> {
  const ready = yield* watchPod(plan, runningAndReady, plan.podTimeoutMs);
  if (ready.error) return ready.error;
  const container = ready.pod?.spec?.containers?.[0]?.name ?? plan.name;
  // A Pod that finished before kubectl saw it run: its logs are all there is.
  if (completed(ready.pod)) {
    const logs = yield* readLog(plan, container);
    if (typeof logs !== 'string') return logs.error;
    if (logs) yield { op: 'out', text: logs };
    return undefined;
  }
  // Attached: the session message, then what the process writes.
  return yield* stayAttached(plan, container, ready.pod, '');
}

/**
 * Attached to the running container (`kubectl attach`, or `run` once its Pod runs): the
 * session message, then the typed shell, or the process's output after `seen` once it ends.
 */
export function* stayAttached(plan: AttachPlan, container: string, pod: Pod | undefined, seen: string): Step<string | undefined> {
  if (!plan.quiet) {
    // kubectl warns that what the session shows is kept in the container's log.
    yield { op: 'err', text: 'All commands and output from this session will be recorded in container logs, including credentials and sensitive information passed through the command prompt.\n' };
    yield { op: 'err', text: "If you don't see a command prompt, try pressing enter.\n" };
  }
  if (plan.typed) {
    const error = yield* typedSession(plan, container);
    if (error) return error;
    return yield* sessionEnded(plan, container);
  }
  // The stream lasts as long as the process (^C ends it sooner).
  const before = restarts(pod, container);
  const ended = yield* watchPod(plan, (now) => processEnded(now, container, before), WEEK_MS);
  if (ended.error) return ended.error;
  const after = yield* readLog(plan, container, restarts(ended.pod, container) > before);
  if (typeof after === 'string' && after.startsWith(seen) && after.length > seen.length) yield { op: 'out', text: after.slice(seen.length) };
  return yield* sessionEnded(plan, container);
}

/** AttachOptions.reattachMessage (v1.35): how to come back, for a Pod that restarts its containers. */
function* sessionEnded(plan: AttachPlan, container: string): Step<undefined> {
  if (plan.quiet || !plan.stdin || !plan.tty || plan.restartPolicy !== 'Always') return undefined;
  const text = plan.ephemeral
    ? `Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach ${plan.name} -c ${container} -i -t' if it is still running`
    : `Session ended, resume using 'kubectl attach ${plan.name} -c ${container} -i -t' command when the pod is running`;
  yield { op: 'out', text: text + '\n' };
  return undefined;
}

interface StreamAnswer {
  stdout: string;
  prompt?: string;
  exited?: boolean;
}

/** POST pods/NAME/attach: a line for the main process's stdin (none: attach only); what it printed back. */
function* attachCall(plan: AttachPlan, container: string, line?: string): Step<StreamAnswer | { error: string }> {
  const query: Record<string, string> = { container, stdin: 'true', stdout: 'true', ...(plan.tty ? { tty: 'true' } : { stderr: 'true' }) };
  const res = yield* request(
    { verb: 'create', resource: 'pods', subresource: 'attach', groupVersion: 'v1', namespace: plan.namespace, name: plan.name, query, ...(line === undefined ? { body: {} } : { body: { stdin: line }, frame: 'stdin' as const }) },
    { kind: 'Pod', namespace: plan.namespace, name: plan.name },
  );
  if (res.code >= 300) return { error: `error: ${res.status?.message ?? 'unable to upgrade connection'}` };
  return JSON.parse(String(res.body ?? '{}')) as StreamAnswer;
}

/**
 * The terminal attached to the container's shell (`kubectl run -it … -- sh`): each line
 * typed at its prompt is written to its stdin and what it prints comes back, until the
 * shell exits (`exit`) and the stream closes. The error text, if the stream failed.
 */
function* typedSession(plan: AttachPlan, container: string): Step<string | undefined> {
  let answer = yield* attachCall(plan, container);
  for (;;) {
    if ('error' in answer) return answer.error;
    if (answer.stdout) yield* out(answer.stdout);
    if (answer.exited) return undefined;
    const line = yield* readLine(answer.prompt ?? '');
    if (line === undefined) return undefined;
    answer = yield* attachCall(plan, container, line);
  }
}

/**
 * After attaching: with Never or OnFailure kubectl waits for the Pod to finish (OnFailure:
 * to succeed) and exits as its container did — `pod default/tmp terminated (Error)`, with
 * the container's exit code. With Always (or --leave-stdin-open) it simply returns.
 */
export function* exitStatus(plan: AttachPlan): Step<{ code: number; error?: string }> {
  if (plan.leaveStdinOpen || (plan.restartPolicy !== 'Never' && plan.restartPolicy !== 'OnFailure')) return { code: 0 };
  const done = plan.restartPolicy === 'Never' ? completed : (pod: Pod | undefined) => phaseOf(pod) === 'Succeeded';
  const finished = yield* watchPod(plan, done, plan.podTimeoutMs);
  if (finished.error) return { code: 1, error: finished.error };
  const pod = finished.pod;
  const who = `pod ${plan.namespace}/${plan.name}`;
  if (phaseOf(pod) === 'Succeeded') return { code: 0 };
  if (phaseOf(pod) !== 'Failed') return { code: 1, error: `error: ${who} left in phase ${phaseOf(pod)}` };
  const terminated = pod?.status?.containerStatuses?.[0]?.state?.terminated;
  if (!terminated || !terminated.exitCode) return { code: 1, error: `error: ${who} failed with unknown exit code` };
  // An exit error is printed as it is, without kubectl's `error: `.
  return { code: terminated.exitCode, error: `${who} terminated (${terminated.reason ?? ''})\n${terminated.message ?? ''}` };
}
