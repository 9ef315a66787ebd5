import type { Pod } from '../api/objects';
import type { ApiResponse, WatchNotification } from '../api/protocol';
import { eventRecorder, type EventRecorder } from '../api/eventRecorder';
import { openWatch } from '../api/client';
import { actorBase, type ActorBase, type ActorInput } from '../runtime/actor';
import { component } from '../runtime/component';
import type { NodeInfo } from './nodeInfo';
import { onBindingResponse, onNodeEvent, onPodEvent, retryUnschedulable, type Binding } from './schedule';

export interface SchedulerContext extends ActorBase {
  nextRequest: number;
  recorder: EventRecorder;
  /** The scheduler cache: every node and what is already placed on it. */
  nodes: Map<string, NodeInfo>;
  /** Pod UID → node, for every Pod counted in the cache (bound or assumed while binding). */
  placed: Map<string, string>;
  bindings: Map<string, Binding>;
  /** Pods no node could take, waiting for the cluster to change. */
  unschedulable: Map<string, Pod>;
  retryWanted: boolean;
  retryPending: boolean;
  flushPending: boolean;
}

type SchedulerEvent = WatchNotification | ApiResponse | { type: 'scheduler.retry' } | { type: 'scheduler.flush' };

/** How long the scheduling queue backs off before retrying unschedulable Pods (podInitialBackoffSeconds). */
const RETRY_BACKOFF_MS = 1000;

/**
 * podMaxInUnschedulablePodsDuration: a Pod no cluster event has helped is tried again after
 * 5 minutes anyway — hence FailedScheduling `(x3 over 10m)` on a Pod that stays Pending.
 */
const UNSCHEDULABLE_FLUSH_MS = 300_000;

/**
 * kube-scheduler: watches Pods and Nodes, and for each Pod without a node runs the filter
 * plugins, scores the nodes that pass, and writes a Binding. When no node fits it records
 * FailedScheduling and tries again when a Pod leaves or a Node changes, or after 5 minutes.
 */
export const schedulerMachine = component<SchedulerContext, SchedulerEvent, ActorInput>({
  id: 'scheduler',
  context: (input) => ({
    ...actorBase(input),
    nextRequest: 1,
    recorder: eventRecorder('default-scheduler'),
    nodes: new Map(),
    placed: new Map(),
    bindings: new Map(),
    unschedulable: new Map(),
    retryWanted: false,
    retryPending: false,
    flushPending: false,
  }),
  start: (ctx) => {
    openWatch(ctx, { watch: 'scheduler/nodes', resource: 'nodes' });
    openWatch(ctx, {
      watch: 'scheduler/pods',
      resource: 'pods',
      fieldSelector: 'status.phase!=Succeeded,status.phase!=Failed',
      statusUpdates: false,
      stepOnAdded: 5,
    });
  },
  on: (ctx, event, { raise }) => {
    handle(ctx, event);
    if (ctx.retryWanted && !ctx.retryPending && ctx.unschedulable.size > 0) {
      ctx.retryPending = true;
      raise({ type: 'scheduler.retry' }, RETRY_BACKOFF_MS);
    }
    ctx.retryWanted = false;
    if (!ctx.flushPending && ctx.unschedulable.size > 0) {
      ctx.flushPending = true;
      raise({ type: 'scheduler.flush' }, UNSCHEDULABLE_FLUSH_MS);
    }
  },
});

function handle(ctx: SchedulerContext, e: SchedulerEvent): void {
  switch (e.type) {
    case 'api.watch':
      if (e.watch === 'scheduler/nodes') onNodeEvent(ctx, e);
      else onPodEvent(ctx, e);
      return;
    case 'api.response':
      return onBindingResponse(ctx, e);
    case 'scheduler.retry':
      ctx.retryPending = false;
      return retryUnschedulable(ctx);
    case 'scheduler.flush':
      ctx.flushPending = false;
      return retryUnschedulable(ctx);
  }
}
