// Which message the caption tells of. While the lab plays, a message of the nine steps keeps
// the caption through the unnumbered ones that follow it (a watch event, an etcd reply,
// each on screen a tenth of a second): a learner reads the step, not the bookkeeping. An
// unnumbered message takes the caption when no step has been told for a while, and
// always when the learner steps through the messages one by one (paused).
import type { TraceEvent } from '../../engine';

/** How long (ms at 1×, counted from when the step appeared) its caption holds against unnumbered messages. */
export const HOLD_MS = 1500;

export class CaptionHold {
  private held?: { event: TraceEvent; since: number };

  /** The message to caption, given the current one, whether the lab plays, its speed, and real time now. */
  shown(current: TraceEvent | undefined, playing: boolean, speed: number, now: number): TraceEvent | undefined {
    if (current?.step !== undefined) {
      if (this.held?.event !== current) this.held = { event: current, since: now };
      return current;
    }
    if (!playing || !current || !this.held || now - this.held.since > HOLD_MS / speed) return current;
    return this.held.event;
  }
}
