import type { ActorOptions, AnyActorLogic } from 'xstate';
import { MinHeap } from './heap';

/** XState's `Clock` (not exported by name): what `createActor({ clock })` takes. */
type XStateClock = NonNullable<ActorOptions<AnyActorLogic>['clock']>;

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

/**
 * Virtual time for the whole cluster. Every message in flight and, through `forXState()`,
 * every actor's `after` delay waits here; nothing reads the wall clock.
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

  /** Run `fn` once `ms` of virtual time have passed; the id cancels it. */
  after(ms: number, fn: () => void): number {
    const seq = ++this.seq;
    const timer: Timer = { at: this.current + Math.max(0, ms || 0), seq, fn, cancelled: false };
    this.timers.push(timer);
    this.live.set(seq, timer);
    return seq;
  }

  cancel(id: number): void {
    const timer = this.live.get(id);
    if (timer) {
      timer.cancelled = true;
      this.live.delete(id);
    }
  }

  /**
   * This clock in the shape XState's `createActor({ clock })` asks for (its `Clock`
   * interface names the two methods after the browser's timers): delayed transitions and
   * delayed events then run on virtual time too.
   */
  forXState(): XStateClock {
    return {
      setTimeout: (fn: (...args: unknown[]) => void, ms: number) => this.after(ms, fn),
      clearTimeout: (id: number) => this.cancel(id),
    };
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
