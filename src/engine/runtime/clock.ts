import { Timeline } from './timeline';

/**
 * Something waiting on the clock: a timer's callback, or a message on its way
 * (network.ts). The clock sets `at` and `order` when it is scheduled.
 */
export interface Due {
  at: number;
  order: number;
  cancelled: boolean;
  fire(): void;
}

class Timer implements Due {
  at = 0;
  order = 0;
  cancelled = false;
  constructor(readonly fn: () => void) {}

  fire(): void {
    this.fn();
  }
}

/**
 * Virtual time for the whole cluster. Every message in flight and every actor's delay
 * (`runtime/timers.ts`) waits here; nothing reads the wall clock.
 * Time only moves when the sandbox asks: `advanceTo(t)` fires every timer due by `t`,
 * in `(time, order scheduled)` order, so a run is the same on every machine.
 */
export class VirtualClock {
  private queue = new Timeline<Due>();
  /** Timers that can still be cancelled, by id. */
  private live = new Map<number, Due>();
  private waiting = 0;
  private order = 0;
  private current = 0;

  now(): number {
    return this.current;
  }

  /** Run `fn` once `ms` of virtual time have passed; the id cancels it. */
  after(ms: number, fn: () => void): number {
    const timer = this.schedule(ms, new Timer(fn));
    this.live.set(timer.order, timer);
    return timer.order;
  }

  /**
   * Fire `due` once `ms` of virtual time have passed. Nothing cancels it by id (a message
   * is delivered or dropped when it arrives), so the clock keeps no index of it.
   */
  schedule<D extends Due>(ms: number, due: D): D {
    due.at = this.current + Math.max(0, ms || 0);
    due.order = ++this.order;
    this.queue.push(due);
    this.waiting++;
    return due;
  }

  cancel(id: number): void {
    const timer = this.live.get(id);
    if (timer) {
      timer.cancelled = true;
      this.live.delete(id);
      this.waiting--;
    }
  }

  /** When the next timer fires, or `undefined` when nothing is scheduled. */
  nextAt(): number | undefined {
    return this.queue.peek()?.at;
  }

  /** How many timers are waiting. */
  pending(): number {
    return this.waiting;
  }

  /** Everything waiting, in no particular order. */
  scheduled(): Due[] {
    return [...this.queue.all()].filter((d) => !d.cancelled);
  }

  /** Fire the earliest timer (moving time to it). Returns false when none is left. */
  step(): boolean {
    const due = this.queue.pop();
    if (!due) return false;
    if (due instanceof Timer) this.live.delete(due.order);
    this.waiting--;
    if (due.at > this.current) this.current = due.at;
    due.fire();
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
}
