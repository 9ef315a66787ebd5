// A Deployment's history is its ReplicaSets (pkg/controller/deployment/util): each carries
// the revision it was made at, `deployment.kubernetes.io/revision`. The newest template's
// ReplicaSet always holds the highest number: rolling back to an old template renumbers
// its ReplicaSet and keeps the numbers it had in `revision-history`. The Deployment's own
// annotations (a change-cause, say) are copied onto it, and once a rollout is complete the
// oldest empty ReplicaSets beyond `revisionHistoryLimit` (10) are deleted.
import { DESIRED_REPLICAS as DESIRED, MAX_REPLICAS as MAX, NOT_COPIED, REVISION, REVISION_HISTORY, revisionOf } from '../api/deploymentHistory';
import type { Deployment, ReplicaSet } from './workloads';

export { REVISION } from '../api/deploymentHistory';

function maxRevision(sets: readonly ReplicaSet[]): number {
  return sets.reduce((n, rs) => Math.max(n, revisionOf(rs) ?? 0), 0);
}

/**
 * SetNewReplicaSetAnnotations: the annotations the new ReplicaSet should carry, given the
 * old ones' highest revision; undefined when it already carries them.
 */
export function newReplicaSetAnnotations(d: Deployment, rs: ReplicaSet | undefined, old: readonly ReplicaSet[], replicas: { desired: number; max: number }): Record<string, string> | undefined {
  const before = rs?.metadata?.annotations ?? {};
  const out: Record<string, string> = { ...before };
  for (const [k, v] of Object.entries(d.metadata?.annotations ?? {})) if (!NOT_COPIED.has(k)) out[k] = v;
  const next = maxRevision(old) + 1;
  const had = before[REVISION];
  if ((revisionOf({ metadata: { annotations: before } }) ?? 0) < next) {
    out[REVISION] = String(next);
    // A rollback: the numbers this template was known by stay in its history.
    if (had !== undefined) out[REVISION_HISTORY] = before[REVISION_HISTORY] ? `${before[REVISION_HISTORY]},${had}` : had;
  }
  if (!rs) Object.assign(out, { [DESIRED]: String(replicas.desired), [MAX]: String(replicas.max) });
  const changed = Object.keys(out).length !== Object.keys(before).length || Object.entries(out).some(([k, v]) => before[k] !== v);
  return changed ? out : undefined;
}

/** DeploymentComplete: every replica updated and available, and the newest spec observed. */
export function deploymentComplete(d: Deployment): boolean {
  const want = d.spec?.replicas ?? 1;
  const s = d.status ?? {};
  return (s.updatedReplicas ?? 0) === want && (s.replicas ?? 0) === want && (s.availableReplicas ?? 0) === want && (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 1);
}

/** cleanupDeployment: the oldest empty ReplicaSets beyond the history limit. */
export function replicaSetsToClean(d: Deployment, old: readonly ReplicaSet[]): ReplicaSet[] {
  const limit = d.spec?.revisionHistoryLimit ?? 10;
  const alive = old.filter((rs) => !rs.metadata?.deletionTimestamp);
  const extra = alive.length - limit;
  if (extra <= 0) return [];
  const oldest = [...alive].sort((a, b) => (revisionOf(a) ?? 0) - (revisionOf(b) ?? 0) || ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1)).slice(0, extra);
  return oldest.filter((rs) => (rs.status?.replicas ?? 0) === 0 && (rs.spec?.replicas ?? 1) === 0 && (rs.metadata?.generation ?? 0) <= (rs.status?.observedGeneration ?? 0));
}
