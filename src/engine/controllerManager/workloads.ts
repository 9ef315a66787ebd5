// What the ReplicaSet and Deployment controllers share (pkg/controller/controller_utils.go):
// controller references, which Pods are active and available, and a small informer
// cache keyed by `namespace/name`.
import type { IReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { KubeObject, Pod } from '../api/objects';
import { controllerRequest } from './client';
import type { ControllerContext } from './types';

export type ReplicaSet = IReplicaSet & KubeObject;
export type Deployment = IDeployment & KubeObject;

export { POD_TEMPLATE_HASH, templateIgnoringHash } from '../api/deploymentHistory';

export function keyOf(obj: KubeObject): string {
  return `${obj.metadata?.namespace ?? 'default'}/${obj.metadata?.name ?? ''}`;
}

/** The owner reference with `controller: true`, if any (metav1.GetControllerOf). */
export function controllerOf(obj: KubeObject): { kind: string; name: string; uid: string } | undefined {
  const ref = (obj.metadata?.ownerReferences ?? []).find((r) => r.controller === true);
  return ref ? { kind: ref.kind, name: ref.name, uid: ref.uid } : undefined;
}

/** The reference a controller stamps on what it creates (metav1.NewControllerRef). */
export function controllerRef(owner: KubeObject): NonNullable<NonNullable<KubeObject['metadata']>['ownerReferences']>[number] {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata?.name ?? '', uid: owner.metadata?.uid ?? '', controller: true, blockOwnerDeletion: true };
}

/** IsPodActive: not finished and not being deleted. */
export function isPodActive(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata?.deletionTimestamp;
}

export function isPodReady(pod: Pod): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** IsPodAvailable: Ready for at least minReadySeconds. */
export function isPodAvailable(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
  const ready = (pod.status?.conditions ?? []).find((c) => c.type === 'Ready' && c.status === 'True');
  if (!ready) return false;
  if (minReadySeconds <= 0) return true;
  const since = ready.lastTransitionTime ? Date.parse(ready.lastTransitionTime) : NaN;
  return !Number.isNaN(since) && since + minReadySeconds * 1000 <= nowMs;
}

/** An informer's store: the latest copy of every object of one resource. */
export class Store<T extends KubeObject> {
  readonly byKey = new Map<string, T>();

  /** Apply a watch notification; returns the previous copy. */
  put(obj: T, deleted: boolean): T | undefined {
    const key = keyOf(obj);
    const before = this.byKey.get(key);
    if (deleted) this.byKey.delete(key);
    else this.byKey.set(key, obj);
    return before;
  }

  get(key: string): T | undefined {
    return this.byKey.get(key);
  }

  /** Objects whose controller is the owner with this uid, sorted by name. */
  ownedBy(namespace: string, uid: string): T[] {
    const out: T[] = [];
    for (const obj of this.byKey.values()) {
      if ((obj.metadata?.namespace ?? 'default') === namespace && controllerOf(obj)?.uid === uid) out.push(obj);
    }
    return out.sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1));
  }
}

/**
 * A controller's status write (UpdateStatus, PUT …/status) when the counts changed and
 * the same counts are not already on their way. Returns the request id, if one was sent.
 */
export function writeStatus(
  ctx: ControllerContext,
  controller: string,
  obj: KubeObject,
  status: Record<string, unknown>,
  sent: Map<string, string>,
): string | undefined {
  const key = keyOf(obj);
  // A controller that writes conditions owns them; otherwise the object's stay as they are.
  const { conditions, ...counts } = (obj.status ?? {}) as Record<string, unknown>;
  const current = 'conditions' in status ? (obj.status ?? {}) : counts;
  const text = JSON.stringify(Object.entries(status).sort());
  if (text === JSON.stringify(Object.entries(current).sort()) || sent.get(key) === text) return undefined;
  sent.set(key, text);
  const body = { ...obj, status: { ...(conditions ? { conditions } : {}), ...status } };
  const [resource] = RESOURCE_OF[obj.kind] ?? [];
  return controllerRequest(ctx, controller, {
    verb: 'update',
    resource: resource ?? '',
    groupVersion: obj.apiVersion,
    namespace: obj.metadata?.namespace ?? 'default',
    name: obj.metadata?.name ?? '',
    subresource: 'status',
    body,
  });
}

const RESOURCE_OF: Record<string, [string]> = { ReplicaSet: ['replicasets'], Deployment: ['deployments'] };

/**
 * When a workload controller may act: once it holds the leader lease and every informer
 * it reads has listed what exists (WaitForCacheSync — the BOOKMARK that ends a watch's
 * initial events); else a Deployment seen before its ReplicaSets would get a second one.
 * kube-controller-manager starts its controllers only after leader election; here that
 * takes LEADER_ELECTION_MS, by which time kubeadm's own bootstrap objects (the coredns
 * Deployment, ReplicaSet and Pods it writes in waves) are all in place.
 */
export const LEADER_ELECTION_MS = 2000;

export class CacheSync {
  private readonly synced = new Set<string>();
  private leading = false;

  constructor(private readonly resources: readonly string[]) {}

  /** Note a BOOKMARK; true when the informers are synced for the first time. */
  bookmark(resource: string): boolean {
    const before = this.synced.size;
    this.synced.add(resource);
    return before < this.resources.length && this.resources.every((r) => this.synced.has(r));
  }

  /** The leader lease is held: from now on the controller acts. */
  lead(): void {
    this.leading = true;
  }

  done(): boolean {
    return this.leading && this.resources.every((r) => this.synced.has(r));
  }
}

/** The resource a watch notification came from (informer ids end in `/<resource>`). */
export function watchResource(e: { watch: string }): string {
  return e.watch.slice(e.watch.lastIndexOf('/') + 1);
}
