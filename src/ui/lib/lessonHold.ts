// A lesson's predict block asks before a step plays ("which node?"), so the message that
// answers it is held back: taken off the stage as it leaves, playback paused just before it,
// and put back when the learner has guessed (or given up waiting).
import type { TraceEvent } from '../../engine';
import type { Flight } from './playback';

/** What the hold needs of the playback driver (see playback.ts). */
export interface HoldDriver {
  flights: Flight[];
  current: TraceEvent | undefined;
  replay(e: TraceEvent, real: number): void;
}

export class HoldBack {
  /** Set by the open lesson: a message this matches is held back. */
  match: ((e: TraceEvent) => boolean) | undefined;
  private events: TraceEvent[] = [];
  /** The last message looked at (trace seq): each leaves the stage once. */
  private seen = 0;

  get holding(): boolean {
    return this.events.length > 0;
  }

  /** A new timeline (a new cluster, a seek): the messages so far have been shown. */
  rebase(trace: readonly TraceEvent[]): void {
    this.events = [];
    this.seen = trace[trace.length - 1]?.seq ?? 0;
  }

  /**
   * After a frame: if a message that just left matches, take it and the ones that left
   * after it off the stage, and keep the caption on what came before. Returns the message
   * held back.
   */
  check(driver: HoldDriver, captionBefore: TraceEvent | undefined): TraceEvent | undefined {
    if (this.holding) return undefined;
    const fresh = driver.flights.filter((f) => f.event.seq > this.seen);
    if (fresh.length === 0) return undefined;
    this.seen = Math.max(...fresh.map((f) => f.event.seq));
    const match = this.match;
    const i = match ? fresh.findIndex((f) => match(f.event)) : -1;
    if (i < 0) return undefined;
    const held = new Set(fresh.slice(i));
    driver.flights = driver.flights.filter((f) => !held.has(f));
    this.events = fresh.slice(i).map((f) => f.event);
    if (driver.current && this.events.includes(driver.current)) driver.current = captionBefore;
    return this.events[0];
  }

  /** Put the held messages back on the stage, in the order they left. */
  release(driver: HoldDriver, real: number): void {
    const events = this.events;
    this.events = [];
    for (const e of events) driver.replay(e, real);
  }
}
