// kube-controller-manager's taint-eviction-controller (pkg/controller/tainteviction): a
// Pod on a Node with a NoExecute taint it does not tolerate is deleted at once; one that
// tolerates every such taint for a while (`tolerationSeconds`) is deleted when the shortest
// of those runs out, unless the taint goes first. Before the DELETE it records
// `TaintManagerEviction: Marking for deletion Pod default/web` and marks the Pod with a
// DisruptionTarget condition (DeletionByTaintManager).
import type { Node, Pod } from '../api/objects';
import type { WatchNotification } from '../api/protocol';
import { withGeneration } from '../api/podConditions';
import { toleratesTaint, type Toleration } from '../api/tolerations';
import { timestamp } from '../runtime/time';
import { controllerEvent, controllerRequest, controllerTimer } from './client';
import type { Controller, ControllerContext } from './types';

const NAME = 'taint-eviction-controller';

type Taint = NonNullable<NonNullable<Node['spec']>['taints']>[number];

interface EvictionState {
  /** Each Node's NoExecute taints. */
  taints: Map<string, Taint[]>;
  /** Pods bound to a Node and not being deleted, by `namespace/name`. */
  pods: Map<string, Pod>;
  /** Evictions waiting for their time, by Pod key: when they fire. */
  scheduled: Map<string, number>;
}

const keyOf = (pod: Pod) => `${pod.metadata?.namespace ?? 'default'}/${pod.metadata?.name ?? ''}`;

function onWatch(ctx: ControllerContext, state: EvictionState, e: WatchNotification): void {
  if (e.event === 'BOOKMARK') return;
  if (e.object.kind === 'Node') return onNode(ctx, state, e.object as Node, e.event === 'DELETED');
  const pod = e.object as Pod;
  const key = keyOf(pod);
  if (e.event === 'DELETED' || pod.metadata?.deletionTimestamp || !pod.spec?.nodeName) {
    state.pods.delete(key);
    state.scheduled.delete(key);
    return;
  }
  state.pods.set(key, pod);
  processPod(ctx, state, pod);
}

function onNode(ctx: ControllerContext, state: EvictionState, node: Node, deleted: boolean): void {
  const name = node.metadata?.name ?? '';
  const taints = deleted ? [] : (node.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute');
  state.taints.set(name, taints);
  for (const pod of state.pods.values()) if (pod.spec?.nodeName === name) processPod(ctx, state, pod);
}

/**
 * processPodOnNode: no NoExecute taint cancels a waiting eviction; a taint nothing tolerates
 * evicts now; otherwise the shortest tolerationSeconds of the tolerations used decides when
 * (none set: never). An eviction already waiting keeps its time.
 */
function processPod(ctx: ControllerContext, state: EvictionState, pod: Pod): void {
  const key = keyOf(pod);
  const taints = state.taints.get(pod.spec?.nodeName ?? '') ?? [];
  const after = taints.length === 0 ? undefined : evictAfterMs(taints, pod.spec?.tolerations ?? []);
  if (after === undefined) {
    if (state.scheduled.delete(key)) event(ctx, pod, `Cancelling deletion of Pod ${key}`);
    return;
  }
  if (state.scheduled.has(key)) return;
  const fireAt = ctx.net.now() + after;
  state.scheduled.set(key, fireAt);
  controllerTimer(ctx, NAME, `${key}@${fireAt}`, after);
}

/** How long the Pod may stay: 0 when a taint is not tolerated, undefined for ever (getMinTolerationTime). */
export function evictAfterMs(taints: Taint[], tolerations: Toleration[]): number | undefined {
  let min: number | undefined;
  for (const taint of taints) {
    const used = tolerations.find((t) => toleratesTaint(t, taint));
    if (!used) return 0;
    if (used.tolerationSeconds === undefined) continue;
    const ms = Math.max(0, used.tolerationSeconds) * 1000;
    min = min === undefined ? ms : Math.min(min, ms);
  }
  return min;
}

function onTimer(ctx: ControllerContext, state: EvictionState, timer: string): void {
  const at = timer.lastIndexOf('@');
  const key = timer.slice(0, at);
  if (state.scheduled.get(key) !== Number(timer.slice(at + 1))) return;
  state.scheduled.delete(key);
  const pod = state.pods.get(key);
  if (pod) deletePod(ctx, pod);
}

/** deletePodHandler: the event, the DisruptionTarget condition, then the DELETE. */
function deletePod(ctx: ControllerContext, pod: Pod): void {
  const ns = pod.metadata?.namespace ?? 'default';
  const name = pod.metadata?.name ?? '';
  const ref = { kind: 'Pod', namespace: ns, name };
  event(ctx, pod, `Marking for deletion Pod ${ns}/${name}`);
  const condition = withGeneration(
    { type: 'DisruptionTarget', status: 'True', lastProbeTime: null, lastTransitionTime: timestamp(ctx.epoch, ctx.net.now()), reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint' },
    pod.metadata?.generation,
  );
  controllerRequest(ctx, NAME, { verb: 'patch', patchType: 'strategic', resource: 'pods', subresource: 'status', groupVersion: 'v1', namespace: ns, name, body: { status: { conditions: [condition] } } }, ref);
  controllerRequest(ctx, NAME, { verb: 'delete', resource: 'pods', groupVersion: 'v1', namespace: ns, name }, ref);
}

function event(ctx: ControllerContext, pod: Pod, message: string): void {
  const m = pod.metadata ?? {};
  controllerEvent(ctx, NAME, {
    involvedObject: { kind: 'Pod', apiVersion: 'v1', namespace: m.namespace, name: m.name ?? '', uid: m.uid },
    type: 'Normal',
    reason: 'TaintManagerEviction',
    message,
  });
}

export const taintEvictionController: Controller<EvictionState> = {
  name: NAME,
  watches: [{ resource: 'nodes', statusUpdates: false }, { resource: 'pods', statusUpdates: false }],
  init: () => ({ taints: new Map(), pods: new Map(), scheduled: new Map() }),
  onWatch,
  onTimer,
};
