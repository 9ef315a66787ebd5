// How `kubectl drain` removes the Pods it may remove (kubectl pkg/drain/drain.go): through
// the eviction subresource (POST policy/v1 Eviction, which the API server turns into a
// graceful delete), or with DELETE under --disable-eviction; then it polls each Pod with a
// GET every second until it is gone (or replaced by another with the same name).
// kubectl evicts in one goroutine per Pod; here they run in step: every eviction is sent,
// then every waiting Pod is polled once a second, which prints the same lines in the order
// the Pods go. kubectl first asks discovery whether the server has policy/v1 evictions; Pod
// Lab's API server serves no discovery documents and always has them, so that GET is left out.
import type { Pod } from '../../api/objects';
import { formatDuration } from '../cli/duration';
import { aggregate, plainError, serverError, type GoError } from '../goErrors';
import { request, sleep, type KubectlEffect } from '../program';
import { deletedLongAgo } from './drainFilters';
import type { DryRunStrategy } from './dryRun';

type Step<T> = Generator<KubectlEffect, T, unknown>;

export interface EvictOptions {
  gracePeriodSeconds: number;
  /** --timeout in ms; 0 waits for ever. */
  timeoutMs: number;
  disableEviction: boolean;
  dryRun: DryRunStrategy;
  skipWaitForDeleteTimeoutSeconds: number;
  /** The cluster's wall clock (epoch ms). */
  now(): number;
}

/** DeleteOrEvictPods: nothing to do for no Pods. */
export function* deleteOrEvictPods(pods: Pod[], o: EvictOptions): Step<GoError | undefined> {
  if (pods.length === 0) return undefined;
  return o.disableEviction ? yield* deletePods(pods, o) : yield* evictPods(pods, o);
}

const ns = (pod: Pod) => pod.metadata?.namespace ?? 'default';
const nameOf = (pod: Pod) => pod.metadata?.name ?? '';

/** makeDeleteOptions: the grace period when one was given, and a server dry run. */
function deleteOptions(o: EvictOptions): { gracePeriodSeconds?: number; dryRun?: string[] } {
  return { ...(o.gracePeriodSeconds >= 0 ? { gracePeriodSeconds: o.gracePeriodSeconds } : {}), ...(o.dryRun === 'server' ? { dryRun: ['All'] } : {}) };
}

function* evictPods(pods: Pod[], o: EvictOptions): Step<GoError | undefined> {
  const deadline = deadlineOf(o);
  const errors: GoError[] = [];
  const waiting: Pod[] = [];
  for (const pod of pods) {
    yield { op: 'out', text: `evicting pod ${ns(pod)}/${nameOf(pod)}${o.dryRun === 'server' ? ' (server dry run)' : ''}\n` };
    if (o.now() >= deadline) {
      errors.push(plainError(`error when evicting pods/"${nameOf(pod)}" -n "${ns(pod)}": global timeout reached: ${formatDuration(o.timeoutMs)}`));
      continue;
    }
    const res = yield* request(
      {
        verb: 'create',
        resource: 'pods',
        subresource: 'eviction',
        groupVersion: 'v1',
        namespace: ns(pod),
        name: nameOf(pod),
        body: { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: nameOf(pod), namespace: ns(pod) }, deleteOptions: deleteOptions(o) },
      },
      { kind: 'Pod', name: nameOf(pod), namespace: ns(pod) },
    );
    // Gone already: nothing to wait for. (429, a PodDisruptionBudget's refusal, cannot happen: Pod Lab has none.)
    if (res.code === 404) continue;
    if (res.code >= 300) errors.push(plainError(`error when evicting pods/"${nameOf(pod)}" -n "${ns(pod)}": ${serverError(res).message}`));
    else if (o.dryRun !== 'server') waiting.push(pod);
  }
  const waited = yield* waitForDelete(waiting, 'evicted', deadline, o);
  if ('failed' in waited) errors.push(plainError(`error when waiting for pod "${nameOf(waited.pod)}" in namespace "${ns(waited.pod)}" to terminate: ${waited.failed.message}`));
  for (const pod of 'pending' in waited ? waited.pending : []) {
    errors.push(plainError(`error when waiting for pod "${nameOf(pod)}" in namespace "${ns(pod)}" to terminate: global timeout reached: ${formatDuration(o.timeoutMs)}`));
  }
  return aggregate(errors);
}

/** --disable-eviction: a DELETE for each Pod, then one wait for them all. */
function* deletePods(pods: Pod[], o: EvictOptions): Step<GoError | undefined> {
  const opts = deleteOptions(o);
  const query: Record<string, string> = {};
  if (opts.gracePeriodSeconds !== undefined) query.gracePeriodSeconds = String(opts.gracePeriodSeconds);
  if (opts.dryRun) query.dryRun = 'All';
  for (const pod of pods) {
    const res = yield* request({ verb: 'delete', resource: 'pods', groupVersion: 'v1', namespace: ns(pod), name: nameOf(pod), query }, { kind: 'Pod', name: nameOf(pod), namespace: ns(pod) });
    if (res.code >= 300 && res.code !== 404) return serverError(res);
  }
  // A server dry run deletes nothing, so there is nothing to wait for.
  if (o.dryRun === 'server') return undefined;
  const waited = yield* waitForDelete(pods, 'deleted', deadlineOf(o), o);
  if ('failed' in waited) return waited.failed;
  return 'pending' in waited ? plainError(`global timeout reached: ${formatDuration(o.timeoutMs)}`) : undefined;
}

function deadlineOf(o: EvictOptions): number {
  return o.timeoutMs > 0 ? o.now() + o.timeoutMs : Infinity;
}

type Waited = { done: true } | { pending: Pod[] } | { failed: GoError; pod: Pod };

/**
 * waitForDelete: GET each Pod at once and then every second; one that is gone (404, or
 * another Pod now has its name) prints `pod/web evicted`. Stops at the deadline with those
 * still there.
 */
function* waitForDelete(pods: Pod[], verb: 'evicted' | 'deleted', deadline: number, o: EvictOptions): Step<Waited> {
  let pending = pods;
  for (;;) {
    const still: Pod[] = [];
    for (const pod of pending) {
      // Traced as a wait: the caption says drain is waiting for the Pod to be gone, so its 404 reads as the good news it is.
      const res = yield* request({ verb: 'get', resource: 'pods', groupVersion: 'v1', namespace: ns(pod), name: nameOf(pod) }, undefined, { waitingFor: 'gone' });
      const current = res.body as Pod | undefined;
      if (res.code === 404 || (res.code < 300 && current?.metadata?.uid !== pod.metadata?.uid)) {
        yield { op: 'out', text: `pod/${nameOf(pod)} ${verb}\n` };
      } else if (res.code >= 300) return { failed: serverError(res), pod };
      else if (deletedLongAgo(current!, o.skipWaitForDeleteTimeoutSeconds, o.now())) {
        yield { op: 'out', text: `pod ${JSON.stringify(nameOf(pod))} has DeletionTimestamp older than ${o.skipWaitForDeleteTimeoutSeconds} seconds, skipping\n` };
      } else still.push(pod);
    }
    pending = still;
    if (pending.length === 0) return { done: true };
    if (o.now() >= deadline) return { pending };
    yield* sleep(1000);
  }
}
