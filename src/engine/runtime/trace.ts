/**
 * The trace is the product: every message that crosses actors is recorded here, and the
 * viz animates it, lessons narrate it, tests assert on it, the inspector explains from it.
 */

/** The nine steps of seed 000 (Kubernetes in Action, ch. 2): build → push → … → run. */
export type Step = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Which object a message is about. */
export interface ObjectRef {
  kind: string;
  namespace?: string;
  name: string;
  uid?: string;
}

export type DetailValue = string | number | boolean | null;
export type Detail = Record<string, DetailValue>;

export interface TraceEvent {
  /** Position in the trace, from 1. */
  seq: number;
  /** Virtual time (ms) when the message was sent. */
  t: number;
  /** Virtual time (ms) when it is delivered; equals `t` for a local note. */
  at: number;
  /** Component that sent it: `kubectl`, `apiServer`, `kubelet/node-1`, … */
  from: string;
  /** Component it goes to; the same as `from` for work done inside one component. */
  to: string;
  /** What it is, named after the real API or CRI call: `pod.create`, `RunPodSandbox`, … */
  kind: string;
  /** Which of the nine steps it belongs to, when it belongs to one. */
  step?: Step;
  ref?: ObjectRef;
  detail?: Detail;
}

/** The component part of an actor address (`kubelet/node-1#uid` → `kubelet/node-1`). */
export function componentOf(address: string): string {
  const hash = address.indexOf('#');
  return hash < 0 ? address : address.slice(0, hash);
}

/** One JSON object per line, keys in a fixed order, so traces diff byte for byte. */
export function traceToJsonLines(events: readonly TraceEvent[]): string {
  let out = '';
  for (const e of events) {
    const line: Record<string, unknown> = { seq: e.seq, t: e.t, at: e.at, from: e.from, to: e.to, kind: e.kind };
    if (e.step !== undefined) line.step = e.step;
    if (e.ref) line.ref = e.ref;
    if (e.detail) line.detail = e.detail;
    out += JSON.stringify(line) + '\n';
  }
  return out;
}
