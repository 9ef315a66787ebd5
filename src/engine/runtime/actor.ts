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
