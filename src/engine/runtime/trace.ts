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

/**
 * A trace event with only the fields it has. Each combination is written as its own
 * literal: an object given a key after it was built keeps that key outside itself (a
 * second allocation in V8), and the trace keeps every event for the whole run.
 */
export function traceEvent(seq: number, t: number, at: number, from: string, to: string, kind: string, step?: Step, ref?: ObjectRef, detail?: Detail): TraceEvent {
  if (step === undefined) {
    if (!ref) return detail ? { seq, t, at, from, to, kind, detail } : { seq, t, at, from, to, kind };
    return detail ? { seq, t, at, from, to, kind, ref, detail } : { seq, t, at, from, to, kind, ref };
  }
  if (!ref) return detail ? { seq, t, at, from, to, kind, step, detail } : { seq, t, at, from, to, kind, step };
  return detail ? { seq, t, at, from, to, kind, step, ref, detail } : { seq, t, at, from, to, kind, step, ref };
}

const kindNames = new Map<string, Map<string, string>>();

/**
 * `a.b` (`pod.create`, `pod.create.response`, `etcd.put.ok`) as one shared string: a trace
 * kind is named thousands of times in a big run and the trace keeps every event, so each
 * name is built once and every event points at it.
 */
export function kindName(a: string, b: string): string {
  let row = kindNames.get(a);
  if (!row) {
    row = new Map();
    kindNames.set(a, row);
  }
  let name = row.get(b);
  if (name === undefined) {
    name = `${a}.${b}`;
    row.set(b, name);
  }
  return name;
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
