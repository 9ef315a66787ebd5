// kube-controller-manager's garbage collector (pkg/controller/garbagecollector), for the
// owners Pod Lab's workload controllers create: when a Deployment or ReplicaSet is gone,
// whatever names it in ownerReferences is deleted too — kubectl deletes with
// propagationPolicy=Background, so the owner goes first and its ReplicaSets, then
// their Pods, follow. The real collector keeps a graph of every resource; this one
// watches the owners it knows and the objects they own.
import type { KubeObject } from '../api/objects';
import type { WatchNotification } from '../api/protocol';
import { controllerRequest } from './client';
import type { Controller, ControllerContext } from './types';
import { keyOf } from './workloads';

const NAME = 'garbage-collector-controller';

/** The dependents it looks after: plural resource and API group/version. */
const DEPENDENTS: Record<string, string> = { replicasets: 'apps/v1', pods: 'v1' };

interface GcState {
  /** Dependents by resource, by `namespace/name`. */
  objects: Map<string, Map<string, KubeObject>>;
  /** Dependents already asked to go, by uid. */
  deleting: Set<string>;
}

function onWatch(ctx: ControllerContext, state: GcState, e: WatchNotification): void {
  if (e.event === 'BOOKMARK') return;
  const resource = e.watch.slice(e.watch.lastIndexOf('/') + 1);
  const obj = e.object;
  const deleted = e.event === 'DELETED';
  if (resource in DEPENDENTS) {
    const store = state.objects.get(resource) ?? new Map<string, KubeObject>();
    state.objects.set(resource, store);
    if (deleted) store.delete(keyOf(obj));
    else store.set(keyOf(obj), obj);
    if (deleted) state.deleting.delete(obj.metadata?.uid ?? '');
  }
  if (deleted && (resource === 'deployments' || resource === 'replicasets')) collectDependents(ctx, state, obj);
}

/** attemptToDeleteItem for every dependent of an owner that no longer exists. */
function collectDependents(ctx: ControllerContext, state: GcState, owner: KubeObject): void {
  const uid = owner.metadata?.uid;
  if (!uid) return;
  for (const [resource, store] of state.objects) {
    for (const dep of store.values()) {
      const depUid = dep.metadata?.uid ?? '';
      if (state.deleting.has(depUid) || !(dep.metadata?.ownerReferences ?? []).some((r) => r.uid === uid)) continue;
      state.deleting.add(depUid);
      controllerRequest(ctx, NAME, {
        verb: 'delete',
        resource,
        groupVersion: DEPENDENTS[resource] ?? 'v1',
        namespace: dep.metadata?.namespace ?? 'default',
        name: dep.metadata?.name ?? '',
        query: { propagationPolicy: 'Background', 'preconditions.uid': depUid },
      });
    }
  }
}

export const garbageCollector: Controller<GcState> = {
  name: NAME,
  watches: [{ resource: 'deployments' }, { resource: 'replicasets' }, { resource: 'pods' }],
  init: () => ({ objects: new Map(), deleting: new Set() }),
  onWatch,
};
