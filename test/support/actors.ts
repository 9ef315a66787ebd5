import { createActor, type AnyActorLogic } from 'xstate';
import { VirtualClock } from '../../src/engine/runtime/clock';
import type { Envelope, NetPort } from '../../src/engine/runtime/network';
import type { Detail, ObjectRef, Step } from '../../src/engine/runtime/trace';

export interface Sent {
  from: string;
  to: string;
  event: { type: string; [k: string]: unknown };
  kind: string;
  step?: Step;
  at: number;
}

/** A network that only records: test one actor alone and look at what it sends. */
export class RecordingNet implements NetPort {
  readonly sent: Sent[] = [];
  readonly notes: { component: string; kind: string; step?: Step; ref?: ObjectRef; detail?: Detail }[] = [];
  constructor(readonly clock: VirtualClock) {}
  post<E extends { type: string }>(from: string, env: Envelope<E>): void {
    this.sent.push({ from, to: env.to, event: env.event as unknown as Sent['event'], kind: env.kind ?? env.event.type, ...(env.step !== undefined ? { step: env.step } : {}), at: this.clock.now() });
  }
  note(component: string, kind: string, extra: { step?: Step; ref?: ObjectRef; detail?: Detail } = {}): void {
    this.notes.push({ component, kind, ...extra });
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
  /** Messages of one type, in order. */
  of(type: string): Sent['event'][] {
    return this.sent.filter((s) => s.event.type === type).map((s) => s.event);
  }
  last(type: string): Sent['event'] {
    const all = this.of(type);
    if (all.length === 0) throw new Error(`nothing of type ${type} was sent; sent: ${this.sent.map((s) => s.event.type).join(', ')}`);
    return all[all.length - 1]!;
  }
}

/** Start one actor (a machine or a component's logic) on a virtual clock with a recording network. */
export function startAlone<M extends AnyActorLogic>(machine: M, self: string, extra: Record<string, unknown> = {}) {
  const clock = new VirtualClock();
  const net = new RecordingNet(clock);
  const actor = createActor(machine, { input: { self, net, seed: 1, epoch: Date.UTC(2026, 0, 5, 9), ...extra } as never });
  actor.start();
  return { actor, net, clock };
}
