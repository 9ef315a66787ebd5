import { describe, expect, it } from 'vitest';
import { containerWorkerMachine, podWorkerMachine } from '../../src/engine';
import { activeState, eventLabel, layoutChart, statePath, type StateNodeLike } from '../../src/viz/statechart/layout';

const pod = layoutChart(podWorkerMachine.root as unknown as StateNodeLike);
const container = layoutChart(containerWorkerMachine.root as unknown as StateNodeLike);

describe('statechart layout', () => {
  it('draws every top-level state of the machine the kubelet runs', () => {
    expect(pod.states.map((s) => s.id).sort()).toEqual(Object.keys(podWorkerMachine.root.states).sort());
    expect(container.states.map((s) => s.id).sort()).toEqual(Object.keys(containerWorkerMachine.root.states).sort());
  });

  it('puts the initial state on top and follows transitions downwards', () => {
    const y = (id: string) => container.states.find((s) => s.id === id)!.y;
    expect(y('idle')).toBeLessThan(y('checkingImage'));
    expect(y('checkingImage')).toBeLessThan(y('pulling'));
    expect(y('starting')).toBeLessThan(y('running'));
    const top = Math.min(...pod.states.map((s) => s.y));
    // The pod worker starts with the Pod's volumes, then makes its sandbox.
    expect(pod.states.find((s) => s.id === 'volumes')!.y).toBe(top);
    expect(pod.states.find((s) => s.id === 'sandbox')!.y).toBeGreaterThan(top);
  });

  it('has one labelled arrow per pair of states, named by guard or event', () => {
    const e = container.edges.find((x) => x.from === 'checkingImage' && x.to === 'pulling');
    expect(e?.label).toBe('mustPull');
    const ids = container.edges.map((x) => `${x.from}->${x.to}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(container.edges.every((x) => x.from !== x.to)).toBe(true);
    expect(pod.edges.some((x) => x.from === 'sandboxBackoff' && x.to === 'sandbox' && x.label === 'after 10s')).toBe(true);
  });

  it('lists what the machine does from any state', () => {
    expect(container.global.map((g) => g.to)).toContain('stopping');
  });

  it('keeps states apart', () => {
    for (const a of container.states)
      for (const b of container.states) if (a !== b) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
  });

  it('reads delays and nested state values', () => {
    expect(eventLabel('after.10s')).toBe('after 10s');
    expect(eventLabel('after.resync')).toBe('after resync');
    expect(activeState({ crashLoop: 'waiting' })).toBe('crashLoop');
    expect(activeState('running')).toBe('running');
    expect(statePath({ crashLoop: 'waiting' })).toBe('crashLoop.waiting');
    expect(statePath('running')).toBe('running');
  });
});
