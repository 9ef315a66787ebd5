// A crowd's engine work, in the idle time between frames (betweenFrames): asked for once
// however many frames ask; a slice is at most IDLE_SLICE.max ms and does not begin with less
// than IDLE_SLICE.min ms of idle time left, since one message may take a few (a late call,
// on a page that never idles, works anyway).
import { betweenFrames } from './frames';

export const IDLE_SLICE = { min: 1, max: 3 };

export class IdleSlices {
  private asked = false;

  /**
   * `work(start, until)` does one slice, stopping by `until` (performance.now); it returns
   * whether to ask for the next slice at once. A throw goes to `fail`.
   */
  constructor(
    private readonly work: (start: number, until: number) => boolean,
    private readonly fail: (e: unknown) => void,
  ) {}

  ask(): void {
    if (this.asked) return;
    this.asked = true;
    betweenFrames((until, late) => {
      this.asked = false;
      const start = performance.now();
      if (!late && until - start < IDLE_SLICE.min) return this.ask();
      let again = false;
      try {
        again = this.work(start, Math.min(until, start + IDLE_SLICE.max));
      } catch (e) {
        this.fail(e);
      }
      if (again) this.ask();
    });
  }
}
