// kube-controller-manager's Deployment controller (pkg/controller/deployment): a
// Deployment owns ReplicaSets, one per version of its Pod template, named
// `<deployment>-<pod-template-hash>`. It scales the one whose template matches
// (FindNewReplicaSet) and, on a template change, rolls over with RollingUpdate: the new
// ReplicaSet grows by at most maxSurge above the desired count while the old ones
// shrink as long as maxUnavailable allows (both 25% by default). Recreate empties the
// old ReplicaSets first. Every resize is an event on the Deployment:
// `Scaled up replica set web-5d4b8c7f9 from 0 to 2`.
import { sameJson } from '../api/mergePatch';
import type { ApiResponse, WatchNotification } from '../api/protocol';
import { controllerEvent, controllerRequest, controllerTimer } from './client';
import { KeyedWork } from './keyedWork';
import { computeHash } from './podTemplateHash';
import { deploymentConditions } from './deploymentConditions';
import { rolloutPlan, surgeAndUnavailable, type Resize } from './rollout';
import { deploymentComplete, newReplicaSetAnnotations, REVISION, replicaSetsToClean } from './revisions';
import { timestamp } from '../runtime/time';
import type { Controller, ControllerContext } from './types';
import { CacheSync, LEADER_ELECTION_MS, controllerRef, keyOf, POD_TEMPLATE_HASH, Store, templateIgnoringHash, watchResource, writeStatus, type Deployment, type ReplicaSet } from './workloads';

const NAME = 'deployment-controller';

interface DeployState {
  deployments: Store<Deployment>;
  sets: Store<ReplicaSet>;
  work: KeyedWork;
  sentStatus: Map<string, string>;
  cache: CacheSync;
  /** The ScalingReplicaSet message each resize in flight records once it succeeds. */
  scaling: Map<string, string>;
}

function onWatch(ctx: ControllerContext, state: DeployState, e: WatchNotification): void {
  if (e.event === 'BOOKMARK') {
    if (state.cache.bookmark(watchResource(e))) controllerTimer(ctx, NAME, 'lead', LEADER_ELECTION_MS);
    return;
  }
  const deleted = e.event === 'DELETED';
  if (e.watch.endsWith('/deployments')) {
    const d = e.object as Deployment;
    state.deployments.put(d, deleted);
    return sync(ctx, state, keyOf(d));
  }
  const rs = e.object as ReplicaSet;
  state.sets.put(rs, deleted);
  const owner = (rs.metadata?.ownerReferences ?? []).find((r) => r.controller === true && r.kind === 'Deployment');
  if (owner) sync(ctx, state, `${rs.metadata?.namespace ?? 'default'}/${owner.name}`);
}

function onResponse(ctx: ControllerContext, state: DeployState, res: ApiResponse): void {
  const done = state.work.answered(res.id);
  if (!done) return;
  const message = state.scaling.get(res.id);
  state.scaling.delete(res.id);
  const d = state.deployments.get(done.key);
  if (message && d && res.code < 300) event(ctx, d, message);
  state.sentStatus.delete(done.key);
  if (done.again || res.code >= 300) sync(ctx, state, done.key);
}

/** syncDeployment: one step toward the desired state; the answers bring the next one. */
function sync(ctx: ControllerContext, state: DeployState, key: string): void {
  const d = state.deployments.get(key);
  if (!d || d.metadata?.deletionTimestamp || !state.cache.done()) return;
  if (!state.work.begin(key)) return;
  const owned = state.sets.ownedBy(d.metadata?.namespace ?? 'default', d.metadata?.uid ?? '');
  const template = templateIgnoringHash(d.spec?.template);
  const newRS = owned.find((rs) => sameJson(templateIgnoringHash(rs.spec?.template), template));
  const old = owned.filter((rs) => rs !== newRS);
  if (!newRS) return createReplicaSet(ctx, state, d, old);
  const annotations = newReplicaSetAnnotations(d, newRS, old, replicaCounts(d));
  if (annotations) return update(ctx, state, d, { ...newRS, metadata: { ...newRS.metadata, annotations } });
  const resizes = rolloutPlan(d, newRS, old);
  if (resizes.length > 0) {
    for (const r of resizes) scale(ctx, state, d, r);
    return;
  }
  if (deploymentComplete(d)) for (const rs of replicaSetsToClean(d, old)) remove(ctx, state, d, rs);
  syncRevision(ctx, state, d, newRS);
  const counts = deploymentStatus(d, newRS, owned);
  const conditions = deploymentConditions(d, newRS, counts, timestamp(ctx.epoch, ctx.net.now()));
  const id = writeStatus(ctx, NAME, d, { ...counts, conditions }, state.sentStatus);
  if (id) state.work.track(key, id);
}

/** getNewReplicaSet with createIfNotExisted: the template's ReplicaSet, sized for the rollout. */
function createReplicaSet(ctx: ControllerContext, state: DeployState, d: Deployment, old: ReplicaSet[]): void {
  const replicas = d.spec?.replicas ?? 1;
  const { surge } = surgeAndUnavailable(d);
  const oldCount = old.reduce((n, rs) => n + (rs.spec?.replicas ?? 0), 0);
  const recreate = d.spec?.strategy?.type === 'Recreate';
  const size = recreate && oldCount > 0 ? 0 : Math.max(0, Math.min(replicas, replicas + surge - oldCount));
  const hash = computeHash(d.spec?.template, d.status?.collisionCount);
  const name = `${d.metadata?.name ?? ''}-${hash}`;
  const tpl = d.spec?.template ?? {};
  const labels = { ...(tpl.metadata?.labels ?? {}), [POD_TEMPLATE_HASH]: hash };
  const rs = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: d.metadata?.namespace ?? 'default',
      labels,
      annotations: newReplicaSetAnnotations(d, undefined, old, replicaCounts(d)),
      ownerReferences: [controllerRef(d)],
    },
    spec: {
      replicas: size,
      ...(d.spec?.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}),
      selector: { ...d.spec?.selector, matchLabels: { ...(d.spec?.selector?.matchLabels ?? {}), [POD_TEMPLATE_HASH]: hash } },
      template: { ...tpl, metadata: { ...tpl.metadata, labels } },
    },
  };
  const id = controllerRequest(ctx, NAME, { verb: 'create', resource: 'replicasets', groupVersion: 'apps/v1', namespace: rs.metadata.namespace, body: rs });
  state.work.track(keyOf(d), id);
  if (size > 0) state.scaling.set(id, `Scaled up replica set ${name} from 0 to ${size}`);
}

function replicaCounts(d: Deployment): { desired: number; max: number } {
  const desired = d.spec?.replicas ?? 1;
  return { desired, max: desired + surgeAndUnavailable(d).surge };
}

/** An existing new ReplicaSet that needs its annotations brought up to date (a rollback renumbers it). */
function update(ctx: ControllerContext, state: DeployState, d: Deployment, rs: ReplicaSet): void {
  const id = controllerRequest(ctx, NAME, { verb: 'update', resource: 'replicasets', groupVersion: 'apps/v1', namespace: rs.metadata?.namespace ?? 'default', name: rs.metadata?.name ?? '', body: rs });
  state.work.track(keyOf(d), id);
}

/** cleanupDeployment: an empty ReplicaSet past the revision history limit goes. */
function remove(ctx: ControllerContext, state: DeployState, d: Deployment, rs: ReplicaSet): void {
  const id = controllerRequest(ctx, NAME, { verb: 'delete', resource: 'replicasets', groupVersion: 'apps/v1', namespace: rs.metadata?.namespace ?? 'default', name: rs.metadata?.name ?? '' });
  state.work.track(keyOf(d), id);
}

/** scaleReplicaSetAndRecordEvent: PUT the ReplicaSet with its new size. */
function scale(ctx: ControllerContext, state: DeployState, d: Deployment, r: Resize): void {
  const from = r.rs.spec?.replicas ?? 0;
  const replicas = d.spec?.replicas ?? 1;
  const { surge } = surgeAndUnavailable(d);
  const annotations = { ...r.rs.metadata?.annotations, 'deployment.kubernetes.io/desired-replicas': String(replicas), 'deployment.kubernetes.io/max-replicas': String(replicas + surge) };
  const body = { ...r.rs, metadata: { ...r.rs.metadata, annotations }, spec: { ...r.rs.spec, replicas: r.to } };
  const id = controllerRequest(ctx, NAME, { verb: 'update', resource: 'replicasets', groupVersion: 'apps/v1', namespace: r.rs.metadata?.namespace ?? 'default', name: r.rs.metadata?.name ?? '', body });
  state.work.track(keyOf(d), id);
  state.scaling.set(id, `Scaled ${r.to > from ? 'up' : 'down'} replica set ${r.rs.metadata?.name ?? ''} from ${from} to ${r.to}`);
}

/** The Deployment carries its new ReplicaSet's revision annotation (SetDeploymentRevision). */
function syncRevision(ctx: ControllerContext, state: DeployState, d: Deployment, newRS: ReplicaSet): void {
  const revision = newRS.metadata?.annotations?.[REVISION];
  if (!revision || d.metadata?.annotations?.[REVISION] === revision) return;
  const body = { ...d, metadata: { ...d.metadata, annotations: { ...d.metadata?.annotations, [REVISION]: revision } } };
  const id = controllerRequest(ctx, NAME, { verb: 'update', resource: 'deployments', groupVersion: 'apps/v1', namespace: d.metadata?.namespace ?? 'default', name: d.metadata?.name ?? '', body });
  state.work.track(keyOf(d), id);
}

/** calculateStatus, counts only: zero counts are omitted as the API's omitempty fields are. */
function deploymentStatus(d: Deployment, newRS: ReplicaSet, all: ReplicaSet[]): Record<string, number> {
  const sum = (f: (rs: ReplicaSet) => number | undefined): number => all.reduce((n, rs) => n + (f(rs) ?? 0), 0);
  const available = sum((rs) => rs.status?.availableReplicas);
  const status: Record<string, number> = { observedGeneration: d.metadata?.generation ?? 1 };
  const counts: [string, number][] = [
    ['replicas', sum((rs) => rs.status?.replicas)],
    ['updatedReplicas', newRS.status?.replicas ?? 0],
    ['readyReplicas', sum((rs) => rs.status?.readyReplicas)],
    ['availableReplicas', available],
    ['unavailableReplicas', Math.max(0, (d.spec?.replicas ?? 1) - available)],
  ];
  for (const [k, v] of counts) if (v > 0) status[k] = v;
  return status;
}

function event(ctx: ControllerContext, d: Deployment, message: string): void {
  const m = d.metadata ?? {};
  controllerEvent(ctx, NAME, {
    involvedObject: { kind: 'Deployment', apiVersion: 'apps/v1', namespace: m.namespace, name: m.name ?? '', uid: m.uid, resourceVersion: m.resourceVersion },
    type: 'Normal',
    reason: 'ScalingReplicaSet',
    message,
  });
}

export const deploymentController: Controller<DeployState> = {
  name: NAME,
  watches: [{ resource: 'deployments' }, { resource: 'replicasets' }],
  init: () => ({ deployments: new Store(), sets: new Store(), work: new KeyedWork(), sentStatus: new Map(), cache: new CacheSync(['deployments', 'replicasets']), scaling: new Map() }),
  onWatch,
  onResponse,
  onTimer: (ctx, state) => {
    state.cache.lead();
    for (const key of state.deployments.byKey.keys()) sync(ctx, state, key);
  },
};
