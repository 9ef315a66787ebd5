import { createActor, enqueueActions, setup, type AnyActorRef } from 'xstate';
import type { Node, Pod } from '../api/objects';
import type { ApiResponse, WatchNotification } from '../api/protocol';
import { apiRequest, openWatch } from '../api/client';
import { actorContext, type ActorBase, type ActorInput } from '../runtime/actor';
import { timestamp } from '../runtime/time';
import { delay, type DelayEvent } from '../runtime/timers';
import { nodeObject, type NodeSpec } from './node';
import { podWorkerMachine } from './podWorker';
import type { KubeletHost, LogRequest } from './podTypes';
import type { ExecRequest } from './exec';

export interface KubeletInput extends ActorInput {
  node: NodeSpec;
}

export interface KubeletContext extends ActorBase {
  nextRequest: number;
  node: NodeSpec;
  /** What every pod worker of this kubelet is told about its node. */
  host: KubeletHost;
  /** The pod workers, by Pod UID (see startPodWorker). */
  workers: Map<string, AnyActorRef>;
}

type KubeletEvent =
  | WatchNotification
  | ApiResponse
  | (LogRequest & { uid: string })
  | (ExecRequest & { uid: string })
  | { type: `xstate.done.actor.${string}` }
  | DelayEvent<'5m'>;

// nodeStatusReportFrequency: with nothing changed, the kubelet still reports the node's
// status every 5 minutes, which moves each condition's lastHeartbeatTime.
const heartbeat = delay<'5m', KubeletContext>('5m', 300_000);

/**
 * The kubelet on one node: it registers the Node, watches the Pods bound to it, and runs
 * one pod worker per Pod. Everything about running containers happens in the workers.
 */
export const kubeletMachine = setup({
  types: {} as { context: KubeletContext; events: KubeletEvent; input: KubeletInput },
  actions: {
    heartbeat: ({ context }) => {
      const now = timestamp(context.epoch, context.net.now());
      const conditions = ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'].map((type) => ({ type, lastHeartbeatTime: now }));
      apiRequest(context, {
        verb: 'patch',
        resource: 'nodes',
        subresource: 'status',
        groupVersion: 'v1',
        name: context.node.name,
        body: { status: { conditions } },
      });
    },
    register: ({ context }) => {
      const node = nodeObject(context.node, context.rng.uuid(), context.rng.hex(32));
      const stamped = stampConditions(node, timestamp(context.epoch, context.net.now()));
      apiRequest(context, { verb: 'create', resource: 'nodes', groupVersion: 'v1', body: stamped });
      openWatch(context, {
        watch: `${context.self}/pods`,
        resource: 'pods',
        fieldSelector: `spec.nodeName=${context.node.name}`,
        statusUpdates: false,
        stepOnAdded: 6,
      });
    },
  },
}).createMachine({
  id: 'kubelet',
  context: ({ input }) =>
    actorContext<KubeletContext>(input, {
      nextRequest: 1,
      node: input.node,
      host: { node: input.node.name, ip: input.node.ip, runtime: `containerRuntime/${input.node.name}` },
      workers: new Map(),
    }),
  entry: 'register',
  initial: 'reporting',
  states: {
    reporting: {
      entry: heartbeat.start,
      exit: heartbeat.stop,
      on: { [heartbeat.event]: { target: 'reporting', reenter: true, actions: 'heartbeat' } },
    },
  },
  on: {
    'api.watch': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const pod = (event as WatchNotification).object as Pod;
        const uid = pod.metadata?.uid ?? '';
        const type = (event as WatchNotification).event;
        const worker = context.workers.get(uid);
        if (type === 'ADDED' && !worker) {
          enqueue(({ self }) => startPodWorker(context, self, uid, pod));
        } else if (worker) {
          enqueue.sendTo(worker, { type: type === 'DELETED' ? 'pw.deleted' : 'pw.update', pod });
        }
      }),
    },
    'kubelet.logs': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const e = event as LogRequest & { uid: string };
        const worker = context.workers.get(e.uid);
        if (worker) enqueue.sendTo(worker, { ...e, type: 'kubelet.logs' });
      }),
    },
    'kubelet.exec': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const e = event as ExecRequest & { uid: string };
        const worker = context.workers.get(e.uid);
        if (worker) enqueue.sendTo(worker, { ...e, type: 'kubelet.exec' });
      }),
    },
    'xstate.done.actor.*': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const uid = event.type.slice('xstate.done.actor.'.length);
        const worker = context.workers.get(uid);
        context.workers.delete(uid);
        if (worker) enqueue.stopChild(worker);
      }),
    },
  },
});

/**
 * A pod worker is this kubelet's child actor (its parent, told when it is done), created
 * directly rather than with `spawnChild`: XState copies a machine's whole `children` object
 * for every child it spawns or stops, and a kubelet runs a worker for each of up to a
 * hundred Pods or more. The worker is found by its systemId like any other actor.
 */
function startPodWorker(context: KubeletContext, self: AnyActorRef, uid: string, pod: Pod): void {
  const input = { self: `${context.self}#${uid}`, net: context.net, seed: uid, epoch: context.epoch, host: context.host, pod };
  const worker = createActor(podWorkerMachine, { id: uid, systemId: input.self, input, parent: self });
  context.workers.set(uid, worker);
  worker.start();
}

function stampConditions(node: Node, now: string): Node {
  const conditions = (node.status?.conditions ?? []).map((c) => ({ ...c, lastHeartbeatTime: now, lastTransitionTime: now }));
  return { ...node, status: { ...node.status, conditions } };
}
