import type { NetPort } from './network';
import { Rng } from './rng';

/**
 * What every component actor is given when the cluster starts it: its own address, the
 * network to talk through, its own random stream and the cluster's epoch. Nothing else is
 * shared; everything else arrives as events.
 */
export interface ActorInput {
  self: string;
  net: NetPort;
  seed: number | string;
  epoch: number;
}

export interface ActorBase {
  self: string;
  net: NetPort;
  rng: Rng;
  epoch: number;
}

export function actorBase(input: ActorInput): ActorBase {
  return { self: input.self, net: input.net, rng: Rng.forActor(input.seed, input.self), epoch: input.epoch };
}

/**
 * An actor's whole context: the base, then its own fields in order. Built with
 * Object.assign rather than `{ ...actorBase(input), … }`: in Node 20's V8 every new key
 * written after a spread costs a fresh hidden class (microseconds each), and every pod
 * and container worker builds one of these.
 */
export function actorContext<C extends ActorBase>(input: ActorInput, own: Omit<C, keyof ActorBase>): C {
  return Object.assign(actorBase(input), own) as C;
}
