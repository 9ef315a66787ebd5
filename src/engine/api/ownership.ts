// Ownership as Pod Lab's garbage collector follows it (controllerManager/garbageCollector.ts):
// which resources own others through ownerReferences, which are owned, and the finalizers
// a DELETE's propagationPolicy puts on an owner (metav1.FinalizerOrphanDependents and
// FinalizerDeleteDependents) for the collector to act on and then remove.

/** Owners the collector watches: a Deployment owns ReplicaSets, a ReplicaSet owns Pods. */
export const OWNER_RESOURCES: ReadonlySet<string> = new Set(['deployments', 'replicasets']);

/** Owned objects the collector looks after. */
export const DEPENDENT_RESOURCES: ReadonlySet<string> = new Set(['replicasets', 'pods']);

export const ORPHAN_FINALIZER = 'orphan';
export const FOREGROUND_FINALIZER = 'foregroundDeletion';

/**
 * The finalizer a DELETE with this propagationPolicy puts on an owner, if any: Orphan keeps
 * the owner until its dependents are let go, Foreground until they are gone. Background
 * (kubectl's default) removes the owner at once; the collector deletes its dependents after.
 */
export function deletionFinalizer(resource: string, policy: string | undefined): string | undefined {
  if (!OWNER_RESOURCES.has(resource)) return undefined;
  if (policy === 'Orphan') return ORPHAN_FINALIZER;
  if (policy === 'Foreground') return FOREGROUND_FINALIZER;
  return undefined;
}
