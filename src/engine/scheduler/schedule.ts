import type { Node, Pod } from '../api/objects';
import { withGeneration } from '../api/podConditions';
import type { ApiResponse, WatchNotification } from '../api/protocol';
import { apiRequest } from '../api/client';
import { recordEvent } from '../api/eventRecorder';
import { timestamp } from '../runtime/time';
import { filterNode, preFilter, type FilterFailure } from './filter';
import { fitErrorMessage } from './fitError';
import type { SchedulerContext } from './machine';
import { addPod, newNodeInfo, nonZeroRequests, removePod, setNode } from './nodeInfo';
import { nodeChangeMayHelp } from './queueingHints';
import { HostPicker, scoreNode } from './score';

export interface Binding {
  pod: Pod;
  node: string;
}

export function onNodeEvent(ctx: SchedulerContext, e: WatchNotification): void {
  const node = e.object as Node;
  const name = node.metadata?.name ?? '';
  if (e.event === 'DELETED') {
    ctx.nodes.delete(name);
    return;
  }
  const info = ctx.nodes.get(name);
  if (info && !nodeChangeMayHelp(info, node)) return setNode(info, node);
  if (info) setNode(info, node);
  else ctx.nodes.set(name, newNodeInfo(node));
  ctx.retryWanted = true;
}

export function onPodEvent(ctx: SchedulerContext, e: WatchNotification): void {
  const pod = e.object as Pod;
  const uid = pod.metadata?.uid ?? '';
  if (e.event === 'DELETED') {
    forget(ctx, uid);
    ctx.unschedulable.delete(uid);
    ctx.retryWanted = true;
    return;
  }
  if (pod.spec?.nodeName) {
    place(ctx, uid, pod, pod.spec.nodeName);
    ctx.unschedulable.delete(uid);
    return;
  }
  if (pod.metadata?.deletionTimestamp) {
    ctx.unschedulable.delete(uid);
    return;
  }
  if ((pod.spec?.schedulerName ?? 'default-scheduler') !== 'default-scheduler') return;
  if (e.event === 'ADDED') schedulePod(ctx, pod);
}

/** One scheduling cycle: filter every node, score the feasible ones, bind to the best. */
export function schedulePod(ctx: SchedulerContext, pod: Pod): void {
  const uid = pod.metadata?.uid ?? '';
  if (ctx.placed.has(uid)) return;
  const failures: FilterFailure[] = [];
  const picker = new HostPicker(ctx.rng);
  const state = preFilter(pod);
  const nonZero = nonZeroRequests(pod);
  for (const info of ctx.nodes.values()) {
    const failure = filterNode(pod, info, state);
    if (failure) failures.push(failure);
    else picker.offer(info.name, scoreNode(pod, info, nonZero));
  }
  const host = picker.best;
  if (!host) return unschedulable(ctx, pod, fitErrorMessage(ctx.nodes.size, failures));
  ctx.unschedulable.delete(uid);
  place(ctx, uid, pod, host);
  const ns = pod.metadata?.namespace ?? 'default';
  const name = pod.metadata?.name ?? '';
  const id = apiRequest(
    ctx,
    {
      verb: 'create',
      resource: 'pods',
      subresource: 'binding',
      groupVersion: 'v1',
      namespace: ns,
      name,
      body: { apiVersion: 'v1', kind: 'Binding', metadata: { name, namespace: ns, uid }, target: { apiVersion: 'v1', kind: 'Node', name: host } },
      step: 5,
    },
    { kind: 'Pod', namespace: ns, name, uid },
    { node: host },
  );
  ctx.bindings.set(id, { pod, node: host });
}

function unschedulable(ctx: SchedulerContext, pod: Pod, message: string): void {
  const uid = pod.metadata?.uid ?? '';
  const ns = pod.metadata?.namespace ?? 'default';
  const name = pod.metadata?.name ?? '';
  ctx.unschedulable.set(uid, pod);
  recordEvent(ctx, ctx.recorder, {
    involvedObject: { kind: 'Pod', namespace: ns, name, uid, apiVersion: 'v1' },
    type: 'Warning',
    reason: 'FailedScheduling',
    message,
  });
  const condition = withGeneration(
    { type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: timestamp(ctx.epoch, ctx.net.now()), reason: 'Unschedulable', message },
    pod.metadata?.generation,
  );
  apiRequest(
    ctx,
    { verb: 'patch', resource: 'pods', subresource: 'status', groupVersion: 'v1', namespace: ns, name, body: { status: { conditions: [condition] } } },
    { kind: 'Pod', namespace: ns, name, uid },
  );
}

export function onBindingResponse(ctx: SchedulerContext, res: ApiResponse): void {
  const binding = ctx.bindings.get(res.id);
  if (!binding) return;
  ctx.bindings.delete(res.id);
  const pod = binding.pod;
  const uid = pod.metadata?.uid ?? '';
  if (res.code >= 300) {
    forget(ctx, uid);
    return;
  }
  const ns = pod.metadata?.namespace ?? 'default';
  const name = pod.metadata?.name ?? '';
  recordEvent(ctx, ctx.recorder, {
    involvedObject: { kind: 'Pod', namespace: ns, name, uid, apiVersion: 'v1' },
    type: 'Normal',
    reason: 'Scheduled',
    message: `Successfully assigned ${ns}/${name} to ${binding.node}`,
  });
}

/** Try every unschedulable Pod again, oldest first, after the cluster changed. */
export function retryUnschedulable(ctx: SchedulerContext): void {
  for (const pod of [...ctx.unschedulable.values()]) schedulePod(ctx, pod);
}

function place(ctx: SchedulerContext, uid: string, pod: Pod, node: string): void {
  if (ctx.placed.has(uid)) return;
  const info = ctx.nodes.get(node);
  if (!info) return;
  addPod(info, uid, pod);
  ctx.placed.set(uid, node);
}

function forget(ctx: SchedulerContext, uid: string): void {
  const node = ctx.placed.get(uid);
  if (node === undefined) return;
  ctx.placed.delete(uid);
  const info = ctx.nodes.get(node);
  if (info) removePod(info, uid);
}
