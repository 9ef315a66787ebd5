import { afterEach, describe, expect, it, vi } from 'vitest';
import { betweenFrames, FrameLoop } from '../../src/ui/lib/frames';

const FRAME = 1000 / 60;

/** A page whose frames come every 1/60 s and whose clock moves by what the page's work takes. */
function page() {
  let clock = 0;
  let queued: ((t: number) => void) | undefined;
  vi.stubGlobal('performance', { now: () => clock });
  vi.stubGlobal('requestAnimationFrame', (fn: (t: number) => void) => {
    queued = fn;
    return 1;
  });
  return {
    work: (ms: number) => (clock += ms),
    /** Run the frame due next, at the next refresh after now. */
    frame() {
      const fn = queued;
      queued = undefined;
      clock = Math.ceil((clock + 1e-9) / FRAME) * FRAME;
      fn?.(clock);
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the frame loop', () => {
  it('tells each frame the whole time since the frame before, however long the page worked in it', () => {
    const p = page();
    const dts: number[] = [];
    const loop = new FrameLoop((_real, dt) => {
      dts.push(dt);
      p.work(10); // engine and drawing: most of a frame on a slow laptop
      return dts.length < 5;
    });
    loop.kick();
    for (let i = 0; i < 5; i++) p.frame();
    // Virtual time runs at speed × these: a frame's work must not be left out of them.
    for (const dt of dts.slice(1)) expect(dt).toBeCloseTo(FRAME);
  });
});

describe('work between frames', () => {
  it('may run until the idle time ends, less a margin for the next frame', () => {
    let clock = 100;
    vi.stubGlobal('performance', { now: () => clock });
    let idle: ((d: { timeRemaining(): number; didTimeout: boolean }) => void) | undefined;
    vi.stubGlobal('requestIdleCallback', (fn: typeof idle) => {
      idle = fn;
      return 1;
    });
    const calls: [number, boolean][] = [];
    betweenFrames((until, late) => calls.push([until, late]));
    expect(calls).toEqual([]);
    clock = 105;
    idle!({ timeRemaining: () => 9, didTimeout: false });
    // A page that never idled: called anyway, late, with no time to spare.
    betweenFrames((until, late) => calls.push([until, late]));
    idle!({ timeRemaining: () => 0, didTimeout: true });
    expect(calls).toEqual([
      [112, false],
      [105, true],
    ]);
  });
});
