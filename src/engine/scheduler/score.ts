import type { Rng } from '../runtime/rng';
import { nonZeroRequests, type NodeInfo, type Requests } from './nodeInfo';
import type { Pod } from './types';

/**
 * The default scoring plugins that matter for a small cluster: NodeResourcesFit with the
 * LeastAllocated strategy (prefer the emptiest node) and NodeResourcesBalancedAllocation
 * (prefer a node whose CPU and memory stay in proportion). Both count a Pod that requests
 * nothing as 100m CPU and 200Mi memory. Scores are 0–100 per plugin, weight 1 each.
 */
export function scoreNode(pod: Pod, info: NodeInfo, want: Requests = nonZeroRequests(pod)): number {
  const cpu = fraction(info.cpuNonZero + want.milliCPU, info.cpuCapacity);
  const mem = fraction(info.memoryNonZero + want.memory, info.memoryCapacity);
  const leastAllocated = Math.floor(((1 - cpu) * 100 + (1 - mem) * 100) / 2);
  const balanced = Math.floor((1 - Math.abs(cpu - mem) / 2) * 100);
  return leastAllocated + balanced;
}

function fraction(requested: number, capacity: number): number {
  if (capacity <= 0) return 1;
  return Math.min(1, requested / capacity);
}

/**
 * selectHost: the highest score wins; among equal scores one is chosen at random
 * (reservoir sampling in the real scheduler; the seeded RNG here).
 */
export function selectHost(scored: { node: string; score: number }[], rng: Rng): string | undefined {
  const picker = new HostPicker(rng);
  for (const s of scored) picker.offer(s.node, s.score);
  return picker.best;
}

/** selectHost one node at a time, so a cycle need not keep a list of every score. */
export class HostPicker {
  best: string | undefined;
  private bestScore = -Infinity;
  private ties = 0;

  constructor(private readonly rng: Rng) {}

  offer(node: string, score: number): void {
    if (score > this.bestScore) {
      this.best = node;
      this.bestScore = score;
      this.ties = 1;
    } else if (score === this.bestScore) {
      this.ties += 1;
      if (this.rng.int(this.ties) === 0) this.best = node;
    }
  }
}
