// How long the network view dwells on each hop when a walk plays, and which command a
// walk belongs to. Pure, so the timing can be tested without a page.
import { changesAt } from '../../viz/network/headers';
import type { Walk } from '../../viz/network/hops';

/** Real ms a hop stays on screen at 1×. */
export const HOP_MS = 700;

/**
 * Hops that change the packet (NAT, TTL, VXLAN), the wire, and the end of the way are worth
 * a longer look; a netfilter hook that only lets the packet pass goes by quickly.
 */
export function dwell(walk: Walk, index: number): number {
  const h = walk.hops[index];
  if (!h) return HOP_MS;
  if (changesAt(walk, index).some((c) => c !== 'l2') || h.netns === 'wire' || /drop|DROP|REJECT|reset|error/.test(h.action)) return HOP_MS * 1.8;
  if (h.device === 'netfilter' && (h.action === 'ACCEPT' || h.action === 'conntrack')) return HOP_MS * 0.6;
  return HOP_MS;
}

/** The command that was running when a walk started: the last one started at or before it (-1: none). */
export function commandAt(times: readonly number[], t: number): number {
  let found = -1;
  for (let i = 0; i < times.length; i++) if (times[i]! <= t) found = i;
  return found;
}
