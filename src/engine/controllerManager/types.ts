import type { ApiResponse, WatchNotification } from '../api/protocol';
import type { EventRecorder } from '../api/eventRecorder';
import type { ActorBase } from '../runtime/actor';

/** What every controller in kube-controller-manager shares: the API client and a way to wait. */
export interface ControllerContext extends ActorBase {
  nextRequest: number;
  /** Per controller: its own event recorder (source component = the controller's name). */
  recorders: Map<string, EventRecorder>;
  /** Per controller: its own state. */
  states: Map<string, unknown>;
  /** Requests in flight, by id, and which controller sent them. */
  requests: Map<string, string>;
  /** Timers asked for during this event, flushed by the machine. */
  timers: { controller: string; key: string; ms: number }[];
}

/**
 * One control loop (a "controller" in kube-controller-manager): it watches some
 * resources and drives the cluster toward what they say.
 */
export interface Controller<S = unknown> {
  /** The name it records events under, e.g. `namespace-controller`, `endpointslice-controller`. */
  name: string;
  watches: { resource: string; statusUpdates?: boolean }[];
  init(): S;
  onWatch(ctx: ControllerContext, state: S, e: WatchNotification): void;
  onResponse?(ctx: ControllerContext, state: S, res: ApiResponse): void;
  onTimer?(ctx: ControllerContext, state: S, key: string): void;
}
