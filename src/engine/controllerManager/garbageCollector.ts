// kube-controller-manager's garbage collector (pkg/controller/garbagecollector), for the
// owners Pod Lab's workload controllers create (api/ownership.ts). How an owner's
// dependents go follows the DELETE's propagationPolicy (kubectl's --cascade):
// - Background (the default): the owner is removed at once; then whatever names it in
//   ownerReferences is deleted — its ReplicaSets, then their Pods.
// - Foreground: the owner stays, with a deletionTimestamp and the foregroundDeletion
//   finalizer, while its dependents are deleted (a ReplicaSet in turn in the foreground);
//   once none is left the collector removes the finalizer and the owner goes.
// - Orphan: the owner stays with the orphan finalizer while the collector removes its
//   ownerReference from each dependent, then the finalizer: the dependents live on, unowned.
// The real collector keeps a graph of every resource; this one watches the owners it knows
// and the objects they own.
import type { KubeObject } from '../api/objects';
import { DEPENDENT_RESOURCES, FOREGROUND_FINALIZER, ORPHAN_FINALIZER, OWNER_RESOURCES } from '../api/ownership';
import type { WatchNotification } from '../api/protocol';
import { resourceForName } from '../api/resources';
import { controllerRequest } from './client';
import type { Controller, ControllerContext } from './types';
import { keyOf } from './workloads';

const NAME = 'garbage-collector-controller';

interface Owner {
  resource: string;
  object: KubeObject;
}

interface GcState {
  /** Dependents by resource, by `namespace/name`. */
  objects: Map<string, Map<string, KubeObject>>;
  /** Dependents already asked to go, by uid. */
  deleting: Set<string>;
  /** Owners deleted in the foreground, waiting for their dependents to go, by uid. */
  waiting: Map<string, Owner>;
  /** Requests already sent, by `uid:what` (an orphaned dependent, a removed finalizer). */
  sent: Set<string>;
}

function onWatch(ctx: ControllerContext, state: GcState, e: WatchNotification): void {
  if (e.event === 'BOOKMARK') return;
  const resource = e.watch.slice(e.watch.lastIndexOf('/') + 1);
  const obj = e.object;
  const uid = obj.metadata?.uid ?? '';
  const deleted = e.event === 'DELETED';
  if (DEPENDENT_RESOURCES.has(resource)) {
    const store = state.objects.get(resource) ?? new Map<string, KubeObject>();
    state.objects.set(resource, store);
    if (deleted) store.delete(keyOf(obj));
    else store.set(keyOf(obj), obj);
    if (deleted) state.deleting.delete(uid);
  }
  if (OWNER_RESOURCES.has(resource)) {
    if (deleted) {
      state.waiting.delete(uid);
      collectDependents(ctx, state, obj);
    } else if (obj.metadata?.deletionTimestamp) {
      const finalizers = obj.metadata.finalizers ?? [];
      if (finalizers.includes(ORPHAN_FINALIZER)) orphanDependents(ctx, state, resource, obj);
      else if (finalizers.includes(FOREGROUND_FINALIZER)) state.waiting.set(uid, { resource, object: obj });
    }
  }
  // A dependent gone (or an owner newly waiting): the owners waiting on it may be done.
  if (state.waiting.size > 0) for (const owner of [...state.waiting.values()]) deleteInForeground(ctx, state, owner);
}

/** Every dependent naming `uid` as an owner, as last seen. */
function dependentsOf(state: GcState, uid: string): { resource: string; object: KubeObject }[] {
  const out: { resource: string; object: KubeObject }[] = [];
  for (const [resource, store] of state.objects) {
    for (const object of store.values()) if ((object.metadata?.ownerReferences ?? []).some((r) => r.uid === uid)) out.push({ resource, object });
  }
  return out;
}

/** attemptToDeleteItem for every dependent of an owner that no longer exists. */
function collectDependents(ctx: ControllerContext, state: GcState, owner: KubeObject): void {
  for (const dep of dependentsOf(state, owner.metadata?.uid ?? '')) deleteDependent(ctx, state, dep.resource, dep.object, 'Background');
}

function deleteDependent(ctx: ControllerContext, state: GcState, resource: string, dep: KubeObject, policy: 'Background' | 'Foreground'): void {
  const uid = dep.metadata?.uid ?? '';
  if (state.deleting.has(uid)) return;
  state.deleting.add(uid);
  controllerRequest(ctx, NAME, {
    verb: 'delete',
    resource,
    groupVersion: groupVersionOf(resource),
    namespace: dep.metadata?.namespace ?? 'default',
    name: dep.metadata?.name ?? '',
    query: { propagationPolicy: policy, 'preconditions.uid': uid },
  });
}

/** processDeletingDependentsItem: delete the dependents (owners among them in the foreground too); when none is left, let the owner go. */
function deleteInForeground(ctx: ControllerContext, state: GcState, owner: Owner): void {
  const uid = owner.object.metadata?.uid ?? '';
  const dependents = dependentsOf(state, uid);
  for (const dep of dependents) deleteDependent(ctx, state, dep.resource, dep.object, OWNER_RESOURCES.has(dep.resource) ? 'Foreground' : 'Background');
  if (dependents.length === 0) removeFinalizer(ctx, state, owner.resource, owner.object, FOREGROUND_FINALIZER);
}

/** orphanDependents, then the finalizer: each dependent keeps running with no owner. */
function orphanDependents(ctx: ControllerContext, state: GcState, resource: string, owner: KubeObject): void {
  const uid = owner.metadata?.uid ?? '';
  for (const dep of dependentsOf(state, uid)) {
    const depUid = dep.object.metadata?.uid ?? '';
    if (state.sent.has(`${depUid}:orphan:${uid}`)) continue;
    state.sent.add(`${depUid}:orphan:${uid}`);
    const rest = (dep.object.metadata?.ownerReferences ?? []).filter((r) => r.uid !== uid);
    patch(ctx, dep.resource, dep.object, { metadata: { ownerReferences: rest.length > 0 ? rest : null } });
  }
  removeFinalizer(ctx, state, resource, owner, ORPHAN_FINALIZER);
}

function removeFinalizer(ctx: ControllerContext, state: GcState, resource: string, owner: KubeObject, finalizer: string): void {
  const key = `${owner.metadata?.uid ?? ''}:${finalizer}`;
  if (state.sent.has(key)) return;
  state.sent.add(key);
  const rest = (owner.metadata?.finalizers ?? []).filter((f) => f !== finalizer);
  patch(ctx, resource, owner, { metadata: { finalizers: rest.length > 0 ? rest : null } });
}

function groupVersionOf(resource: string): string {
  return resourceForName(resource)?.groupVersion ?? 'v1';
}

/** A JSON merge patch: a list in it replaces the object's list, null removes the field. */
function patch(ctx: ControllerContext, resource: string, obj: KubeObject, body: object): void {
  controllerRequest(ctx, NAME, {
    verb: 'patch',
    patchType: 'merge',
    resource,
    groupVersion: groupVersionOf(resource),
    namespace: obj.metadata?.namespace ?? 'default',
    name: obj.metadata?.name ?? '',
    body,
  });
}

export const garbageCollector: Controller<GcState> = {
  name: NAME,
  watches: [{ resource: 'deployments' }, { resource: 'replicasets' }, { resource: 'pods' }],
  init: () => ({ objects: new Map(), deleting: new Set(), waiting: new Map(), sent: new Set() }),
  onWatch,
};
