import { accepts } from './accepts';
import type { VirtualClock } from './clock';
import { componentOf, type Detail, type ObjectRef, type Step, type TraceEvent } from './trace';

/** Anything that takes events: an XState actor. */
export interface Receiver {
  send(event: { type: string }): void;
  /** The actor's logic (an XState machine), to skip events it has no transition for. */
  readonly logic?: unknown;
}

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
 * The cluster's network, raftscope-style: messages are data with a send and a delivery
 * time, delivered on the virtual clock, and every one is recorded in the trace.
 */
export class Network implements NetPort {
  readonly trace: TraceEvent[] = [];
  private readonly flying = new Map<number, InFlight>();
  private nextFlight = 1;
  private dropRule: ((m: InFlight) => boolean) | undefined;

  /** Latency per component pair, computed once: it is asked for on every message. */
  private readonly latencies = new Map<string, Map<string, number>>();
  /** Address → component, kept so every message reuses one string per component. */
  private readonly components = new Map<string, string>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly resolve: (address: string) => Receiver | undefined,
    private readonly latency: (from: string, to: string) => number,
  ) {}

  private linkLatency(from: string, to: string): number {
    let row = this.latencies.get(from);
    if (!row) {
      row = new Map();
      this.latencies.set(from, row);
    }
    let ms = row.get(to);
    if (ms === undefined) {
      ms = this.latency(from, to);
      row.set(to, ms);
    }
    return ms;
  }

  now(): number {
    return this.clock.now();
  }

  private componentOf(address: string): string {
    let component = this.components.get(address);
    if (component === undefined) {
      component = componentOf(address);
      this.components.set(address, component);
    }
    return component;
  }

  post<E extends { type: string }>(from: string, env: Envelope<E>): void {
    const t = this.clock.now();
    const fromComponent = this.componentOf(from);
    const toComponent = this.componentOf(env.to);
    const delay = env.latency ?? this.linkLatency(fromComponent, toComponent);
    const kind = env.kind ?? env.event.type;
    const seq = this.record(t, t + delay, fromComponent, toComponent, kind, env.step, env.ref, env.detail);
    const flight: InFlight = { seq, from: fromComponent, to: toComponent, sentAt: t, deliverAt: t + delay, kind };
    const id = this.nextFlight++;
    this.flying.set(id, flight);
    const { to, event } = env;
    this.clock.after(delay, () => {
      this.flying.delete(id);
      if (this.dropRule?.(flight)) return;
      const receiver = this.resolve(to);
      if (receiver && accepts(receiver.logic, event.type)) receiver.send(event);
    });
  }

  note(component: string, kind: string, extra: { step?: Step; ref?: ObjectRef; detail?: Detail } = {}): void {
    const t = this.clock.now();
    this.record(t, t, component, component, kind, extra.step, extra.ref, extra.detail);
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
    return [...this.flying.values()];
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
  ): number {
    const seq = this.trace.length + 1;
    const event: TraceEvent = { seq, t, at, from, to, kind };
    if (step !== undefined) event.step = step;
    if (ref) event.ref = ref;
    if (detail) event.detail = detail;
    this.trace.push(event);
    return seq;
  }
}
