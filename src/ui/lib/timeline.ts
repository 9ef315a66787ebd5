// What the learner did, with the virtual time of each deed: the whole session as data. The
// engine is deterministic, so replaying these actions on a fresh sandbox of the same seed
// and scenario rebuilds any moment exactly — that is time travel, and a shareable link.
import type { Job, Sandbox } from '../../engine';

export type Action =
  | { t: number; op: 'run'; line: string }
  | { t: number; op: 'interrupt' }
  /** Ctrl-Z: the running pipeline stops as a job. */
  | { t: number; op: 'suspend' }
  | { t: number; op: 'write'; path: string; text: string }
  /** The editor pane closed the file `kubectl edit` waits for (Save & close, Cancel). */
  | { t: number; op: 'closeEditor' };

/** A command line as the terminal shows it, and the job the sandbox runs for it. */
export interface RanCommand {
  t: number;
  line: string;
  job: Job;
}

/**
 * Carry out one action at the sandbox's current time. Timers due now fire first, so an
 * action lands at the same point of the run live and in a replay.
 */
export function perform(sb: Sandbox, a: Action, ran: RanCommand[]): void {
  sb.advance(0);
  if (a.op === 'run') {
    // A command typed while another ran was queued in the terminal; a replay waits likewise.
    // A line typed at a program's prompt (a shell in a container) goes to that program.
    if (sb.current && !waiting(sb)) drain(sb);
    const typed = reading(sb);
    const job = sb.start(a.line);
    if (!typed) ran.push({ t: sb.now(), line: a.line, job });
  } else if (a.op === 'interrupt') sb.interrupt();
  else if (a.op === 'suspend') sb.suspend();
  else if (a.op === 'closeEditor') {
    if (sb.current && !waiting(sb)) drain(sb);
    sb.closeEditor();
  } else sb.writeFile(a.path, a.text);
}

/** The running command waits for a typed line. */
export function reading(sb: Sandbox): boolean {
  return sb.current?.prompt !== undefined;
}

/** The running command waits for the learner: a typed line, or the editor pane to be closed. */
function waiting(sb: Sandbox): boolean {
  return reading(sb) || sb.editing !== undefined;
}

/** Let time run until the running command ends or waits for the learner (bounded: a watch never ends by itself). */
function drain(sb: Sandbox): void {
  for (let i = 0; i < 1_000_000 && sb.current && !waiting(sb); i++) {
    const next = sb.nextEventAt();
    if (next === undefined) break;
    sb.advance(next - sb.now());
  }
}

/** Rebuild the moment `until`: a fresh sandbox, every action up to then at its time. */
export function replay(fresh: () => Sandbox, actions: readonly Action[], until: number): { sb: Sandbox; ran: RanCommand[] } {
  const sb = fresh();
  const ran: RanCommand[] = [];
  for (const a of actions) {
    if (a.t > until) break;
    if (a.t > sb.now()) sb.advance(a.t - sb.now());
    perform(sb, a, ran);
  }
  if (until > sb.now()) sb.advance(until - sb.now());
  return { sb, ran };
}

/** The previous moment something was sent, before the message at `t`. */
export function previousMoment(times: readonly number[], t: number): number | undefined {
  let best: number | undefined;
  for (const x of times) if (x < t && (best === undefined || x > best)) best = x;
  return best;
}

/**
 * The session's actions and how far the current timeline has carried them out. After a
 * seek back, the actions after that moment are still to come and happen again when their
 * time comes — until the learner does something new, which starts a new timeline.
 */
export class Session {
  private list: Action[] = [];
  private done = new Set<Action>();

  get actions(): readonly Action[] {
    return this.list;
  }

  load(actions: Action[]): void {
    this.list = [...actions].sort((a, b) => a.t - b.t);
    this.done.clear();
  }

  /** The timeline now stands at `t`: what happened by then is done. */
  standAt(t: number): void {
    this.done = new Set(this.list.filter((a) => a.t <= t));
  }

  /** A new deed: the replayed future is dropped, and this is what happened now. */
  record(a: Action): void {
    this.list = this.list.filter((x) => this.done.has(x));
    this.list.push(a);
    this.done.add(a);
  }

  /** When the next action still to come is due. */
  next(): number | undefined {
    return this.list.find((a) => !this.done.has(a))?.t;
  }

  /** The actions due by `now`, marked done, in order. */
  due(now: number): Action[] {
    const out = this.list.filter((a) => !this.done.has(a) && a.t <= now);
    for (const a of out) this.done.add(a);
    return out;
  }
}
