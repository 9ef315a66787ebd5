// requestAnimationFrame, started on demand and stopped when there is nothing to animate:
// an idle, paused page costs nothing.
export class FrameLoop {
  private id = 0;
  private last = 0;

  /** `tick(real, dt)` returns whether another frame is wanted. */
  constructor(private readonly tick: (real: number, dt: number) => boolean) {}

  kick(): void {
    if (this.id || typeof requestAnimationFrame === 'undefined') return;
    this.last = performance.now();
    this.id = requestAnimationFrame(this.frame);
  }

  private frame = (real: number): void => {
    this.id = 0;
    const dt = real - this.last;
    this.last = real;
    if (this.tick(real, dt)) this.kick();
  };
}
