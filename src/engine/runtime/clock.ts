import { MinHeap } from './heap';

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

/**
 * Virtual time for the whole cluster. It implements XState's `Clock`, so every actor's
 * `after` delay and every message in flight waits here; nothing reads the wall clock.
 * Time only moves when the sandbox asks: `advanceTo(t)` fires every timer due by `t`,
 * in `(time, order scheduled)` order, so a run is the same on every machine.
 */
export class VirtualClock {
  private timers = new MinHeap<Timer>();
  private live = new Map<number, Timer>();
  private seq = 0;
  private current = 0;

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, timeout: number): number {
    const seq = ++this.seq;
    const timer: Timer = { at: this.current + Math.max(0, timeout || 0), seq, fn, cancelled: false };
    this.timers.push(timer);
    this.live.set(seq, timer);
    return seq;
  }

  clearTimeout(id: number): void {
    const timer = this.live.get(id);
    if (timer) {
      timer.cancelled = true;
      this.live.delete(id);
    }
  }

  /** When the next timer fires, or `undefined` when nothing is scheduled. */
  nextAt(): number | undefined {
    this.dropCancelled();
    return this.timers.peek()?.at;
  }

  /** How many timers are waiting. */
  pending(): number {
    return this.live.size;
  }

  /** Fire the earliest timer (moving time to it). Returns false when none is left. */
  step(): boolean {
    this.dropCancelled();
    const timer = this.timers.pop();
    if (!timer) return false;
    this.live.delete(timer.seq);
    if (timer.at > this.current) this.current = timer.at;
    timer.fn();
    return true;
  }

  /** Fire every timer due by `t`, then stand at `t`. */
  advanceTo(t: number): void {
    for (;;) {
      const next = this.nextAt();
      if (next === undefined || next > t) break;
      this.step();
    }
    if (t > this.current) this.current = t;
  }

  private dropCancelled(): void {
    let top = this.timers.peek();
    while (top?.cancelled) {
      this.timers.pop();
      top = this.timers.peek();
    }
  }
}
