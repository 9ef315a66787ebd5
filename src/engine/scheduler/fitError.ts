import type { FilterFailure } from './filter';

/**
 * The FailedScheduling message (framework.FitError.Error plus the preemption
 * PostFilter's diagnosis), e.g. `0/3 nodes are available: 1 node(s) had untolerated taint
 * {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are
 * available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found
 * for incoming pod.` Reasons are counted per node and sorted as strings.
 */
export function fitErrorMessage(total: number, failures: FilterFailure[]): string {
  if (total === 0) return 'no nodes available to schedule pods';
  const histogram = new Map<string, number>();
  for (const f of failures) for (const r of f.reasons) histogram.set(r, (histogram.get(r) ?? 0) + 1);
  const reasons = sorted(histogram);
  const preemption = new Map<string, number>();
  for (const f of failures) {
    const why = f.resolvable ? 'No preemption victims found for incoming pod' : 'Preemption is not helpful for scheduling';
    preemption.set(why, (preemption.get(why) ?? 0) + 1);
  }
  return `0/${total} nodes are available: ${reasons}. preemption: 0/${total} nodes are available: ${sorted(preemption)}.`;
}

function sorted(histogram: Map<string, number>): string {
  return [...histogram.entries()]
    .map(([reason, n]) => `${n} ${reason}`)
    .sort()
    .join(', ');
}
