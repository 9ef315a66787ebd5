import type { AnyActorRef } from 'xstate';
import type { NetPort } from './network';

/**
 * Delays on the virtual clock. XState's `after` transitions and delayed `raise`s hand their
 * waits to a clock shaped like the browser's timers; the engine gives XState no waits at
 * all. Instead an actor starts a timer on its NetPort that sends it an event when due: a
 * state starts one on entry and stops it on exit (`delay()` below), a component starts one
 * per delayed message. Every timer an actor still holds is cancelled when it stops, as
 * XState cancels the delayed events of a stopped actor, so a stopped actor never wakes the
 * clock.
 */

type Key = string | number;

const held = new WeakMap<AnyActorRef, Map<Key, number>>();

function timersOf(self: AnyActorRef, net: NetPort): Map<Key, number> {
  let timers = held.get(self);
  if (!timers) {
    const mine = new Map<Key, number>();
    timers = mine;
    held.set(self, mine);
    self.subscribe({
      complete: () => {
        for (const id of mine.values()) net.cancelTimer(id);
        mine.clear();
      },
    });
  }
  return timers;
}

/** Send `event` to `self` after `ms` of virtual time; a later start with the same key replaces it. */
export function startTimer(self: AnyActorRef, net: NetPort, key: Key, ms: number, event: { type: string }): void {
  const timers = timersOf(self, net);
  const old = timers.get(key);
  if (old !== undefined) net.cancelTimer(old);
  const id = net.timer(ms, () => {
    timers.delete(key);
    self.send(event);
  });
  timers.set(key, id);
}

export function stopTimer(self: AnyActorRef, net: NetPort, key: Key): void {
  const timers = held.get(self);
  const id = timers?.get(key);
  if (id === undefined) return;
  timers!.delete(key);
  net.cancelTimer(id);
}

let nextLater = 0;

/**
 * A message to `self` in `ms` (XState's `raise(event, { delay, id })`), for actors that
 * handle every message in one place; `id`, when given, lets `stopTimer` cancel it.
 */
export function raiseLater<E extends { type: string }>(self: AnyActorRef, net: NetPort, ms: number, event: E, id?: string): void {
  startTimer(self, net, id ?? nextLater++, ms, event);
}

/** The event a delay sends when it runs out: `after.10s`, `after.resync`. */
export type DelayEvent<N extends string> = { type: `after.${N}` };

let nextKey = 0;

/**
 * A delayed transition for one state: put `start` last in its `entry`, `stop` in its
 * `exit`, and handle `event` in its `on` — as XState's `after: { name: target }` would,
 * and drawn so by the statechart view (`after.10s` → "after 10s"). `ms` is read when the
 * state is entered.
 */
export function delay<N extends string, C extends { net: NetPort }>(name: N, ms: number | ((context: C) => number)) {
  const key = `delay:${nextKey++}`;
  const type = `after.${name}` as const;
  return {
    event: type,
    start: ({ context, self }: { context: C; self: AnyActorRef }) => {
      startTimer(self, context.net, key, typeof ms === 'number' ? ms : ms(context), { type });
    },
    stop: ({ context, self }: { context: C; self: AnyActorRef }) => stopTimer(self, context.net, key),
  };
}
