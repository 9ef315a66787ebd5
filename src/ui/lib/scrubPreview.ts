// What the timeline says under the learner's finger while they drag it: the command last
// started by that moment and the step the cluster was then in, read from the commands and
// the trace already recorded — dragging costs no replay; letting go rebuilds the moment.
import type { Step, TraceEvent } from '../../engine';

export interface ScrubPreview {
  /** The command line last started at or before the moment. */
  command?: string;
  /** The step of the nine the last numbered message by then belongs to, if it came after that command. */
  step?: Step;
}

export function scrubPreview(t: number, commands: readonly { t: number; line: string }[], trace: readonly TraceEvent[]): ScrubPreview {
  let command: { t: number; line: string } | undefined;
  for (const c of commands) if (c.t <= t) command = c;
  if (!command) return {};
  for (let i = trace.length - 1; i >= 0; i--) {
    const e = trace[i]!;
    if (e.t > t || e.step === undefined) continue;
    return e.t >= command.t ? { command: command.line, step: e.step } : { command: command.line };
  }
  return { command: command.line };
}
