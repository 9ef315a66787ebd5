// requestAnimationFrame, started on demand and stopped when there is nothing to animate:
// an idle, paused page costs nothing. While only tokens glide (the compositor moves them,
// see viz/stage/glide.ts) the loop sleeps until the next moment something else changes,
// so those frames cost the page's main thread nothing either.
export class FrameLoop {
  private id = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = 0;

  /**
   * `tick(real, dt)` returns whether another frame is wanted: true for the next frame,
   * false for none, or a time (performance.now) to sleep until.
   */
  constructor(private readonly tick: (real: number, dt: number) => boolean | number) {}

  kick(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.id || typeof requestAnimationFrame === 'undefined') return;
    this.last = performance.now();
    this.id = requestAnimationFrame(this.frame);
  }

  private frame = (real: number): void => {
    this.id = 0;
    const dt = real - this.last;
    const next = this.tick(real, dt);
    if (next === true) {
      // The next frame's dt runs from this frame's start, not from the end of its work
      // (which would leave the time the tick took out of every dt: time would run slow).
      this.last = real;
      this.id ||= requestAnimationFrame(this.frame);
    } else if (next !== false) this.sleep(next - real);
  };

  private sleep(ms: number): void {
    if (!Number.isFinite(ms)) return;
    // Wake a little early: the frame after the timer is the one that shows the change.
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.kick();
    }, Math.max(0, ms - 8));
  }
}

/**
 * Call `fn` once the frame being drawn has been rendered (style, layout, paint): a task
 * queued now runs after the rendering step. Without a page (tests), never.
 */
export function afterRender(fn: () => void): void {
  if (typeof MessageChannel === 'undefined' || typeof requestAnimationFrame === 'undefined') return;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(undefined);
}

/** Idle time left to the browser before the next frame (ms). */
const IDLE_MARGIN_MS = 2;
/** Without idle callbacks: how far past the frame's start the work after it may go (ms). */
const AFTER_FRAME_MS = 12;

/**
 * Call `fn(until, late)` in the idle time after the frame being drawn: `until`
 * (performance.now) is when it should stop, for the next frame to begin on time. A page
 * that never idles still gets the call within 100 ms, `late`, with no time to spare (do
 * the least there is to do). Without idle callbacks (Safari), right after the frame is rendered.
 */
export function betweenFrames(fn: (until: number, late: boolean) => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback((d) => fn(performance.now() + Math.max(0, d.timeRemaining() - IDLE_MARGIN_MS), d.didTimeout), { timeout: 100 });
    return;
  }
  const start = performance.now();
  afterRender(() => fn(start + AFTER_FRAME_MS, false));
}
