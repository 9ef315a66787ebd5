// A crowd's engine works in the idle time between frames, in slices that leave the next
// frame its time: bounded, not begun with too little time left, and asked for once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_SLICE, IdleSlices } from '../../src/ui/lib/idleSlices';

type Idle = (d: { timeRemaining(): number; didTimeout: boolean }) => void;

function idleTime() {
  let clock = 0;
  const waiting: Idle[] = [];
  vi.stubGlobal('performance', { now: () => clock });
  vi.stubGlobal('requestIdleCallback', (fn: Idle) => waiting.push(fn));
  return {
    at: (t: number) => (clock = t),
    asked: () => waiting.length,
    /** The browser is idle for `ms` (less its 2 ms margin), or calls late. */
    give: (ms: number, late = false) => waiting.shift()!({ timeRemaining: () => ms, didTimeout: late }),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('idle slices', () => {
  it('work until the idle time ends, a few ms at most, and are asked for once', () => {
    const idle = idleTime();
    const slices: [number, number][] = [];
    const s = new IdleSlices((start, until) => (slices.push([start, until]), slices.length < 2), () => {});
    s.ask();
    s.ask();
    expect(idle.asked()).toBe(1);
    idle.at(100);
    idle.give(12);
    // At most IDLE_SLICE.max of the 10 ms left; it wants another slice, and asks.
    expect(slices).toEqual([[100, 100 + IDLE_SLICE.max]]);
    idle.at(120);
    idle.give(4);
    expect(slices[1]).toEqual([120, 122]);
    expect(idle.asked()).toBe(0);
  });

  it('wait for the next idle time when too little is left, unless called late', () => {
    const idle = idleTime();
    let slices = 0;
    const s = new IdleSlices(() => (slices++, false), () => {});
    s.ask();
    idle.give(2.5);
    expect(slices).toBe(0);
    expect(idle.asked()).toBe(1);
    idle.give(0, true);
    expect(slices).toBe(1);
  });

  it('hand a failure over and stop asking', () => {
    const idle = idleTime();
    const failures: unknown[] = [];
    const s = new IdleSlices(() => {
      throw new Error('boom');
    }, (e) => failures.push(e));
    s.ask();
    idle.give(10);
    expect(failures.map(String)).toEqual(['Error: boom']);
    expect(idle.asked()).toBe(0);
  });
});
