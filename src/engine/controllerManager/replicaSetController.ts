// kube-controller-manager's ReplicaSet controller (pkg/controller/replicaset): for each
// ReplicaSet it counts the active Pods it controls and creates or deletes Pods until the
// count is spec.replicas. A new Pod is named `<replicaset>-<5 random characters>` by the
// API server (generateName) and carries a controller reference to its ReplicaSet, so
// deleting one by hand only makes the controller create another. Expectations (how
// many creations and deletions are on their way) keep it from acting twice on a
// count its informer has not caught up with yet.
import type { KubeObject, Pod } from '../api/objects';
import type { ApiResponse, WatchNotification } from '../api/protocol';
import { controllerEvent, controllerRequest, controllerTimer } from './client';
import type { Controller, ControllerContext } from './types';
import { CacheSync, LEADER_ELECTION_MS, controllerOf, controllerRef, isPodActive, isPodAvailable, isPodReady, keyOf, Store, watchResource, writeStatus, type ReplicaSet } from './workloads';

const NAME = 'replicaset-controller';

interface Expectations {
  adds: number;
  deletes: Set<string>;
}

interface RsState {
  sets: Store<ReplicaSet>;
  pods: Store<Pod & KubeObject>;
  expectations: Map<string, Expectations>;
  /** What each request in flight was for. */
  requests: Map<string, { key: string; op: 'create' | 'delete' | 'status'; pod?: string }>;
  /** The status last sent for a ReplicaSet, so an unanswered write is not repeated. */
  sentStatus: Map<string, string>;
  cache: CacheSync;
}

function expectationsOf(state: RsState, key: string): Expectations {
  let e = state.expectations.get(key);
  if (!e) {
    e = { adds: 0, deletes: new Set() };
    state.expectations.set(key, e);
  }
  return e;
}

function onWatch(ctx: ControllerContext, state: RsState, e: WatchNotification): void {
  if (e.event === 'BOOKMARK') {
    if (state.cache.bookmark(watchResource(e))) controllerTimer(ctx, NAME, 'lead', LEADER_ELECTION_MS);
    return;
  }
  const deleted = e.event === 'DELETED';
  if (e.watch.endsWith('/replicasets')) {
    const rs = e.object as ReplicaSet;
    state.sets.put(rs, deleted);
    if (deleted) state.expectations.delete(keyOf(rs));
    return sync(ctx, state, keyOf(rs));
  }
  const pod = e.object as Pod & KubeObject;
  const before = state.pods.put(pod, deleted);
  const owner = controllerOf(pod);
  if (owner?.kind !== 'ReplicaSet') return;
  const key = `${pod.metadata?.namespace ?? 'default'}/${owner.name}`;
  const exp = expectationsOf(state, key);
  if (e.event === 'ADDED' && exp.adds > 0) exp.adds -= 1;
  if (deleted || (pod.metadata?.deletionTimestamp && !before?.metadata?.deletionTimestamp)) exp.deletes.delete(pod.metadata?.name ?? '');
  sync(ctx, state, key);
}

function onResponse(ctx: ControllerContext, state: RsState, res: ApiResponse): void {
  const req = state.requests.get(res.id);
  if (!req) return;
  state.requests.delete(res.id);
  const rs = state.sets.get(req.key);
  if (req.op === 'status') {
    state.sentStatus.delete(req.key);
    if (res.code >= 300) sync(ctx, state, req.key);
    return;
  }
  const exp = expectationsOf(state, req.key);
  const ok = res.code < 300;
  if (req.op === 'create') {
    if (!ok) exp.adds = Math.max(0, exp.adds - 1);
    const name = ok ? ((res.body as KubeObject).metadata?.name ?? '') : '';
    if (rs) event(ctx, rs, ok ? 'SuccessfulCreate' : 'FailedCreate', ok ? `Created pod: ${name}` : `Error creating: ${res.status?.message ?? ''}`, ok);
  } else {
    if (!ok) exp.deletes.delete(req.pod ?? '');
    if (rs) event(ctx, rs, ok ? 'SuccessfulDelete' : 'FailedDelete', ok ? `Deleted pod: ${req.pod ?? ''}` : `Error deleting: ${res.status?.message ?? ''}`, ok);
  }
  if (!ok) sync(ctx, state, req.key);
}

function event(ctx: ControllerContext, rs: ReplicaSet, reason: string, message: string, normal: boolean): void {
  const m = rs.metadata ?? {};
  controllerEvent(ctx, NAME, {
    involvedObject: { kind: 'ReplicaSet', apiVersion: 'apps/v1', namespace: m.namespace, name: m.name ?? '', uid: m.uid, resourceVersion: m.resourceVersion },
    type: normal ? 'Normal' : 'Warning',
    reason,
    message,
  });
}

/** syncReplicaSet: manage the Pods when expectations are met, then report status. */
function sync(ctx: ControllerContext, state: RsState, key: string): void {
  const rs = state.sets.get(key);
  if (!rs || rs.metadata?.deletionTimestamp || !state.cache.done()) return;
  const ns = rs.metadata?.namespace ?? 'default';
  const active = state.pods.ownedBy(ns, rs.metadata?.uid ?? '').filter(isPodActive);
  const exp = expectationsOf(state, key);
  if (exp.adds === 0 && exp.deletes.size === 0) {
    const diff = active.length - (rs.spec?.replicas ?? 1);
    if (diff < 0) createPods(ctx, state, rs, -diff);
    else if (diff > 0) deletePods(ctx, state, rs, podsToDelete(active, diff));
  }
  updateStatus(ctx, state, rs, active);
}

function createPods(ctx: ControllerContext, state: RsState, rs: ReplicaSet, n: number): void {
  const key = keyOf(rs);
  const template = rs.spec?.template ?? {};
  const m = template.metadata ?? {};
  for (let i = 0; i < n; i++) {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        generateName: `${rs.metadata?.name ?? ''}-`,
        namespace: rs.metadata?.namespace ?? 'default',
        ...(m.labels ? { labels: { ...m.labels } } : {}),
        ...(m.annotations ? { annotations: { ...m.annotations } } : {}),
        ownerReferences: [controllerRef(rs)],
      },
      spec: JSON.parse(JSON.stringify(template.spec ?? {})) as unknown,
    };
    expectationsOf(state, key).adds += 1;
    const id = controllerRequest(ctx, NAME, { verb: 'create', resource: 'pods', groupVersion: 'v1', namespace: pod.metadata.namespace, body: pod });
    state.requests.set(id, { key, op: 'create' });
  }
}

/** getPodsToDelete: the least established first — unscheduled, pending, not ready, newest. */
function podsToDelete(pods: Pod[], n: number): Pod[] {
  const rank = (p: Pod): number[] => [p.spec?.nodeName ? 1 : 0, p.status?.phase === 'Running' ? 1 : 0, isPodReady(p) ? 1 : 0];
  const sorted = [...pods].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return (b.metadata?.creationTimestamp ?? '').localeCompare(a.metadata?.creationTimestamp ?? '');
  });
  return sorted.slice(0, n);
}

function deletePods(ctx: ControllerContext, state: RsState, rs: ReplicaSet, pods: Pod[]): void {
  const key = keyOf(rs);
  for (const pod of pods) {
    const name = pod.metadata?.name ?? '';
    expectationsOf(state, key).deletes.add(name);
    const id = controllerRequest(ctx, NAME, { verb: 'delete', resource: 'pods', groupVersion: 'v1', namespace: rs.metadata?.namespace ?? 'default', name });
    state.requests.set(id, { key, op: 'delete', pod: name });
  }
}

/** calculateStatus: zero counts are left out, as the API's omitempty fields are. */
function replicaSetStatus(ctx: ControllerContext, rs: ReplicaSet, active: Pod[]): Record<string, number> {
  const labels = rs.spec?.template?.metadata?.labels ?? {};
  const fully = active.filter((p) => Object.entries(labels).every(([k, v]) => p.metadata?.labels?.[k] === v)).length;
  const ready = active.filter(isPodReady).length;
  const now = ctx.epoch + ctx.net.now();
  const available = active.filter((p) => isPodAvailable(p, rs.spec?.minReadySeconds ?? 0, now)).length;
  const status: Record<string, number> = { replicas: active.length };
  if (fully) status.fullyLabeledReplicas = fully;
  if (ready) status.readyReplicas = ready;
  if (available) status.availableReplicas = available;
  status.observedGeneration = rs.metadata?.generation ?? 1;
  return status;
}

function updateStatus(ctx: ControllerContext, state: RsState, rs: ReplicaSet, active: Pod[]): void {
  const id = writeStatus(ctx, NAME, rs, replicaSetStatus(ctx, rs, active), state.sentStatus);
  if (id) state.requests.set(id, { key: keyOf(rs), op: 'status' });
}

export const replicaSetController: Controller<RsState> = {
  name: NAME,
  watches: [{ resource: 'replicasets' }, { resource: 'pods' }],
  init: () => ({ sets: new Store(), pods: new Store(), expectations: new Map(), requests: new Map(), sentStatus: new Map(), cache: new CacheSync(['replicasets', 'pods']) }),
  onWatch,
  onResponse,
  onTimer: (ctx, state) => {
    state.cache.lead();
    for (const key of state.sets.byKey.keys()) sync(ctx, state, key);
  },
};
