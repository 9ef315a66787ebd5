import { enqueueActions, setup } from 'xstate';
import type { Pod } from '../api/objects';
import type { ApiResponse, WatchNotification } from '../api/protocol';
import { eventRecorder, type EventRecorder } from '../api/eventRecorder';
import { openWatch } from '../api/client';
import { actorBase, type ActorBase, type ActorInput } from '../runtime/actor';
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
}

type SchedulerEvent = WatchNotification | ApiResponse | { type: 'scheduler.retry' };

/** How long the scheduling queue backs off before retrying unschedulable Pods (podInitialBackoffSeconds). */
const RETRY_BACKOFF_MS = 1000;

/**
 * kube-scheduler: watches Pods and Nodes, and for each Pod without a node runs the filter
 * plugins, scores the nodes that pass, and writes a Binding. When no node fits it records
 * FailedScheduling and waits until a Pod leaves or a Node changes.
 */
export const schedulerMachine = setup({
  types: {} as { context: SchedulerContext; events: SchedulerEvent; input: ActorInput },
  actions: {
    startWatches: ({ context }) => {
      openWatch(context, { watch: 'scheduler/nodes', resource: 'nodes' });
      openWatch(context, {
        watch: 'scheduler/pods',
        resource: 'pods',
        fieldSelector: 'status.phase!=Succeeded,status.phase!=Failed',
        statusUpdates: false,
        stepOnAdded: 5,
      });
    },
    onResponse: ({ context, event }) => onBindingResponse(context, event as ApiResponse),
    onRetry: ({ context }) => {
      context.retryPending = false;
      retryUnschedulable(context);
    },
  },
}).createMachine({
  id: 'scheduler',
  context: ({ input }) => ({
    ...actorBase(input),
    nextRequest: 1,
    recorder: eventRecorder('default-scheduler'),
    nodes: new Map(),
    placed: new Map(),
    bindings: new Map(),
    unschedulable: new Map(),
    retryWanted: false,
    retryPending: false,
  }),
  entry: 'startWatches',
  on: {
    'api.watch': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const e = event as WatchNotification;
        if (e.watch === 'scheduler/nodes') onNodeEvent(context, e);
        else onPodEvent(context, e);
        if (context.retryWanted && !context.retryPending && context.unschedulable.size > 0) {
          context.retryPending = true;
          enqueue.raise({ type: 'scheduler.retry' }, { delay: RETRY_BACKOFF_MS });
        }
        context.retryWanted = false;
      }),
    },
    'api.response': { actions: 'onResponse' },
    'scheduler.retry': { actions: 'onRetry' },
  },
});
