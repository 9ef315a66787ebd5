import { describe, expect, it } from 'vitest';
import { createSandbox, defaultScenario } from '../../src/engine';
import { CaptionHold, HOLD_MS } from '../../src/ui/lib/captionHold';

// Real messages of `kubectl apply -f pod.yaml`: the first numbered one and an unnumbered one after it.
function messages() {
  const sb = createSandbox({ seed: 1, scenario: defaultScenario() });
  const job = sb.start('kubectl apply -f pod.yaml');
  while (!job.done) sb.advance(1000);
  sb.runUntilIdle({ quietMs: 5000 });
  const i = sb.trace.findIndex((e) => e.step === 5);
  const step = sb.trace[i]!;
  const side = sb.trace.slice(i + 1).find((e) => e.step === undefined)!;
  const next = sb.trace.slice(i + 1).find((e) => e.step !== undefined && e !== step)!;
  return { step, side, next };
}

describe('the caption while the lab plays', () => {
  const { step, side, next } = messages();

  it('keeps a step through the unnumbered messages right after it', () => {
    const hold = new CaptionHold();
    expect(hold.shown(step, true, 1, 0)).toBe(step);
    expect(hold.shown(side, true, 1, 300)).toBe(step);
    expect(hold.shown(next, true, 1, 800)).toBe(next);
  });

  it('lets an unnumbered message through once the step is old, sooner at a higher speed', () => {
    const hold = new CaptionHold();
    hold.shown(step, true, 1, 0);
    expect(hold.shown(side, true, 1, HOLD_MS + 1)).toBe(side);
    const fast = new CaptionHold();
    fast.shown(step, true, 8, 0);
    expect(fast.shown(side, true, 8, HOLD_MS / 8 + 1)).toBe(side);
    expect(new CaptionHold().shown(side, true, 1, 0)).toBe(side);
  });

  it('tells of every message when the learner steps through them paused', () => {
    const hold = new CaptionHold();
    hold.shown(step, false, 1, 0);
    expect(hold.shown(side, false, 1, 10)).toBe(side);
  });
});
