import { describe, expect, it } from 'vitest';
import { WalkIndex } from '../../src/viz/network/hops';
import { commandAt, dwell, HOP_MS } from '../../src/ui/lib/walkTiming';
import { clusterIPWalk, traceWith } from '../viz/walkFixtures';

const walk = new WalkIndex().update(traceWith(clusterIPWalk()))[0]!;

describe('playing a walk', () => {
  it('dwells on the hops that change the packet or cross the wire, and passes quickly where netfilter only lets it through', () => {
    const at = (action: string) => dwell(walk, walk.hops.findIndex((h) => h.action === action));
    expect(at('DNAT')).toBeGreaterThan(HOP_MS);
    expect(at('forward')).toBeGreaterThan(HOP_MS);
    expect(dwell(walk, walk.hops.findIndex((h) => h.netns === 'wire'))).toBeGreaterThan(HOP_MS);
    expect(at('ACCEPT')).toBeLessThan(HOP_MS);
    expect(at('veth')).toBe(HOP_MS);
  });

  it('finds the command that sent a walk: the last one started at or before it', () => {
    expect(commandAt([100, 500, 900], 50)).toBe(-1);
    expect(commandAt([100, 500, 900], 500)).toBe(1);
    expect(commandAt([100, 500, 900], 2000)).toBe(2);
  });
});
