import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/engine';
import { stepsSeen } from '../../src/ui/lib/steps';

const ev = (t: number, step?: number): TraceEvent => ({ seq: t, t, at: t + 1, from: 'kubectl', to: 'apiServer', kind: 'x', ...(step ? { step: step as TraceEvent['step'] } : {}) });

describe('steps seen', () => {
  it('ticks the steps of the latest command, even after a command without steps', () => {
    const trace = [ev(10, 3), ev(11, 4), ev(12, 5), ev(20), ev(21)];
    expect([...stepsSeen(trace, [10, 20])].sort()).toEqual([3, 4, 5]);
  });

  it('joins docker build and docker push to the apply that follows', () => {
    const trace = [ev(1, 1), ev(5, 2), ev(10, 3), ev(11, 9)];
    expect([...stepsSeen(trace, [1, 5, 10])].sort()).toEqual([1, 2, 3, 9]);
  });

  it('starts over when a new apply begins', () => {
    const trace = [ev(10, 3), ev(11, 9), ev(30, 3), ev(31, 4)];
    expect([...stepsSeen(trace, [10, 30])].sort()).toEqual([3, 4]);
  });

  it('does not tick a step whose message still waits for its turn on screen', () => {
    const trace = [ev(10, 3), ev(11, 4), ev(12, 5), ev(13, 6)];
    expect([...stepsSeen(trace, [10], 12)].sort()).toEqual([3, 4]);
    expect([...stepsSeen(trace, [10], undefined)].sort()).toEqual([3, 4, 5, 6]);
  });
});
