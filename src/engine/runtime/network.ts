import type { Due, VirtualClock } from './clock';
import { Endpoints, type Endpoint, type Receiver } from './endpoints';
import { traceEvent, type Detail, type ObjectRef, type Step, type TraceEvent } from './trace';

/**
 * A message an actor hands to the network. `to` is an actor address (a `systemId`):
 * a component such as `apiServer`, or a part of one such as `kubelet/node-1#<pod uid>`.
 */
export interface Envelope<E extends { type: string } = { type: string }> {
  to: string;
  event: E;
  /** Name in the trace; defaults to the event type. */
  kind?: string;
  step?: Step;
  ref?: ObjectRef;
  detail?: Detail;
  /** Virtual ms until delivery; defaults to the link's latency. */
  latency?: number;
}

/** The capability an actor is given to talk to the others. */
export interface NetPort {
  /** Send a message from `from` (the actor's own address). */
  post<E extends { type: string }>(from: string, envelope: Envelope<E>): void;
  /** Record work done inside one component (building an image, validating a manifest). */
  note(component: string, kind: string, extra?: { step?: Step; ref?: ObjectRef; detail?: Detail }): void;
  now(): number;
  /** Run `fn` once `ms` of virtual time have passed (an actor's delay, see timers.ts); the id cancels it. */
  timer(ms: number, fn: () => void): number;
  cancelTimer(id: number): void;
}

/** A message on its way: plain data, so a lesson can look at, delay or drop it. */
export interface InFlight {
  seq: number;
  from: string;
  to: string;
  sentAt: number;
  deliverAt: number;
  kind: string;
}

/**
 * A message on its way, as the clock holds it until it is due. What it is (sequence number,
 * components, send time, kind) is read from its trace event rather than copied: thousands
 * are in flight at once in a big run, and each lives long enough to be copied by the
 * collector.
 */
class Delivery implements InFlight, Due {
  at = 0;
  order = 0;
  cancelled = false;

  constructor(
    private readonly net: Network,
    private readonly sent: TraceEvent,
    /** The receiving actor's own address (`to` names only its component). */
    readonly target: Endpoint,
    readonly event: { type: string },
  ) {}

  get seq(): number {
    return this.sent.seq;
  }

  get from(): string {
    return this.sent.from;
  }

  get to(): string {
    return this.sent.to;
  }

  get sentAt(): number {
    return this.sent.t;
  }

  get kind(): string {
    return this.sent.kind;
  }

  /** When it arrives: the time the clock holds it until. */
  get deliverAt(): number {
    return this.at;
  }

  fire(): void {
    this.net.deliver(this);
  }
}

/**
 * The cluster's network, raftscope-style: messages are data with a send and a delivery
 * time, delivered on the virtual clock, and every one is recorded in the trace.
 */
export class Network implements NetPort {
  readonly trace: TraceEvent[] = [];
  private dropRule: ((m: InFlight) => boolean) | undefined;

  private readonly endpoints: Endpoints;

  constructor(
    private readonly clock: VirtualClock,
    resolve: (address: string) => Receiver | undefined,
    latency: (from: string, to: string) => number,
  ) {
    this.endpoints = new Endpoints(resolve, latency);
  }

  now(): number {
    return this.clock.now();
  }

  timer(ms: number, fn: () => void): number {
    return this.clock.after(ms, fn);
  }

  cancelTimer(id: number): void {
    this.clock.cancel(id);
  }

  post<E extends { type: string }>(from: string, env: Envelope<E>): void {
    const t = this.clock.now();
    const src = this.endpoints.at(from);
    const dst = this.endpoints.at(env.to);
    const delay = env.latency ?? this.endpoints.latencyBetween(src, dst);
    const kind = env.kind ?? env.event.type;
    const sent = this.record(t, t + delay, src.component, dst.component, kind, env.step, env.ref, env.detail);
    this.clock.schedule(delay, new Delivery(this, sent, dst, env.event));
  }

  /** A message arrives: unless a drop rule takes it, its receiver gets the event. */
  deliver(m: Delivery): void {
    if (this.dropRule?.(m)) return;
    this.endpoints.deliver(m.target, m.event);
  }

  note(component: string, kind: string, extra: { step?: Step; ref?: ObjectRef; detail?: Detail } = {}): void {
    const t = this.clock.now();
    this.record(t, t, component, component, kind, extra.step, extra.ref, extra.detail);
  }

  /** An actor has gone for good (a process that exited): its address is looked up afresh if used again. */
  forget(address: string): void {
    this.endpoints.forget(address);
  }

  /**
   * Forget what was recorded so far (the cluster's bootstrap), so the learner's trace
   * starts at seq 1. Messages already in flight keep flying.
   */
  clearTrace(): void {
    this.trace.length = 0;
  }

  /** Messages sent and not yet delivered, oldest first. */
  inFlight(): InFlight[] {
    const flying = this.clock.scheduled().filter((d): d is Delivery => d instanceof Delivery);
    return flying.sort((a, b) => a.order - b.order).map((d) => ({ seq: d.seq, from: d.from, to: d.to, sentAt: d.sentAt, deliverAt: d.deliverAt, kind: d.kind }));
  }

  /** Drop every message the rule matches when it arrives (a partition, a lost packet). */
  setDropRule(rule: ((m: InFlight) => boolean) | undefined): void {
    this.dropRule = rule;
  }

  private record(
    t: number,
    at: number,
    from: string,
    to: string,
    kind: string,
    step: Step | undefined,
    ref: ObjectRef | undefined,
    detail: Detail | undefined,
  ): TraceEvent {
    const event = traceEvent(this.trace.length + 1, t, at, from, to, kind, step, ref, detail);
    this.trace.push(event);
    return event;
  }
}
