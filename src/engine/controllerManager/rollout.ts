// The arithmetic of a Deployment's rollout (pkg/controller/deployment/rolling.go,
// recreate.go and util/deployment_util.go), as pure functions: given the Deployment,
// its new ReplicaSet and the old ones, which ReplicaSets to resize now. Each call
// takes one step; the controller calls again when the resized ReplicaSets report back.
import type { Deployment, ReplicaSet } from './workloads';

export interface Resize {
  rs: ReplicaSet;
  to: number;
}

/** intstr.GetScaledValueFromIntOrPercent: `25%` of 3 is 1 rounded up, 0 rounded down. */
function scaled(value: number | string | undefined, fallback: string, total: number, roundUp: boolean): number {
  const v = value ?? fallback;
  if (typeof v === 'number') return v;
  const pct = Number(v.replace(/%$/, ''));
  const exact = (pct * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** ResolveFenceposts: maxSurge rounds up, maxUnavailable down, and they are never both 0. */
export function surgeAndUnavailable(d: Deployment): { surge: number; unavailable: number } {
  const replicas = d.spec?.replicas ?? 1;
  if (d.spec?.strategy?.type === 'Recreate') return { surge: 0, unavailable: replicas };
  const ru = d.spec?.strategy?.rollingUpdate;
  const surge = scaled(ru?.maxSurge, '25%', replicas, true);
  let unavailable = scaled(ru?.maxUnavailable, '25%', replicas, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable: Math.min(unavailable, replicas) };
}

const specReplicas = (rs: ReplicaSet): number => rs.spec?.replicas ?? 0;
const available = (rs: ReplicaSet): number => rs.status?.availableReplicas ?? 0;
const total = (sets: ReplicaSet[]): number => sets.reduce((n, rs) => n + specReplicas(rs), 0);

/** The next resizes for the Deployment's strategy; none when it is where it should be. */
export function rolloutPlan(d: Deployment, newRS: ReplicaSet, old: ReplicaSet[]): Resize[] {
  const replicas = d.spec?.replicas ?? 1;
  const activeOld = old.filter((rs) => specReplicas(rs) > 0);
  if (activeOld.length === 0) return specReplicas(newRS) === replicas ? [] : [{ rs: newRS, to: replicas }];
  if (d.spec?.strategy?.type === 'Recreate') return recreatePlan(newRS, old, replicas);
  const up = reconcileNewReplicaSet(d, newRS, old);
  if (up) return [up];
  return reconcileOldReplicaSets(d, newRS, activeOld);
}

/** rolloutRecreate: every old Pod gone before the new ReplicaSet grows. */
function recreatePlan(newRS: ReplicaSet, old: ReplicaSet[], replicas: number): Resize[] {
  const shrink = old.filter((rs) => specReplicas(rs) > 0).map((rs) => ({ rs, to: 0 }));
  if (shrink.length > 0) return shrink;
  const stillRunning = old.some((rs) => (rs.status?.replicas ?? 0) > 0);
  return stillRunning || specReplicas(newRS) === replicas ? [] : [{ rs: newRS, to: replicas }];
}

/** reconcileNewReplicaSet: grow the new ReplicaSet up to replicas + maxSurge Pods in all. */
function reconcileNewReplicaSet(d: Deployment, newRS: ReplicaSet, old: ReplicaSet[]): Resize | undefined {
  const replicas = d.spec?.replicas ?? 1;
  const current = specReplicas(newRS);
  if (current === replicas) return undefined;
  if (current > replicas) return { rs: newRS, to: replicas };
  const maxTotal = replicas + surgeAndUnavailable(d).surge;
  const all = current + total(old);
  if (all >= maxTotal) return undefined;
  return { rs: newRS, to: current + Math.min(maxTotal - all, replicas - current) };
}

/**
 * reconcileOldReplicaSets: shrink the old ReplicaSets, oldest first — their unavailable
 * Pods first (cleanupUnhealthyReplicas), then as far as keeping
 * replicas − maxUnavailable Pods available allows.
 */
function reconcileOldReplicaSets(d: Deployment, newRS: ReplicaSet, old: ReplicaSet[]): Resize[] {
  const replicas = d.spec?.replicas ?? 1;
  const minAvailable = replicas - surgeAndUnavailable(d).unavailable;
  const all = specReplicas(newRS) + total(old);
  const newUnavailable = specReplicas(newRS) - available(newRS);
  let budget = all - minAvailable - newUnavailable;
  if (budget <= 0) return [];
  const sorted = [...old].sort((a, b) => (a.metadata?.creationTimestamp ?? '').localeCompare(b.metadata?.creationTimestamp ?? ''));
  const target = new Map(sorted.map((rs) => [rs, specReplicas(rs)]));
  for (const rs of sorted) {
    const unhealthy = Math.max(0, specReplicas(rs) - available(rs));
    const cut = Math.min(budget, unhealthy);
    target.set(rs, specReplicas(rs) - cut);
    budget -= cut;
  }
  let availableNow = available(newRS) + sorted.reduce((n, rs) => n + Math.min(available(rs), target.get(rs) ?? 0), 0);
  for (const rs of sorted) {
    const excess = availableNow - minAvailable;
    if (excess <= 0) break;
    const cut = Math.min(target.get(rs) ?? 0, excess);
    target.set(rs, (target.get(rs) ?? 0) - cut);
    availableNow -= cut;
  }
  return sorted.filter((rs) => target.get(rs) !== specReplicas(rs)).map((rs) => ({ rs, to: target.get(rs) ?? 0 }));
}
