import { createActor, type AnyActorRef } from 'xstate';
import type { Node, Pod, Service } from '../api/objects';
import type { ApiResponse, WatchNotification } from '../api/protocol';
import { apiRequest, openWatch } from '../api/client';
import { actorContext, type ActorBase, type ActorInput } from '../runtime/actor';
import { component, type ComponentTools } from '../runtime/component';
import { timestamp } from '../runtime/time';
import { nodeObject, type NodeSpec } from './node';
import { podWorkerMachine } from './podWorker';
import type { KubeletHost, LogRequest, LogsClose } from './podTypes';
import type { ExecRequest } from './exec';
import type { PortForwardClose, PortForwardRequest } from './portForward';

export interface KubeletInput extends ActorInput {
  node: NodeSpec;
  /** The node's own /etc/hosts, which a host-network Pod's containers get. */
  etcHosts: string;
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
  | (LogsClose & { uid: string })
  | (ExecRequest & { uid: string })
  | ((PortForwardRequest | PortForwardClose) & { uid: string })
  | { type: `xstate.done.actor.${string}` }
  | { type: 'kubelet.heartbeat' };

// nodeStatusReportFrequency: with nothing changed, the kubelet still reports the node's
// status every 5 minutes, which moves each condition's lastHeartbeatTime.
const HEARTBEAT_MS = 300_000;
const HEARTBEAT = { type: 'kubelet.heartbeat' } as const;
const DONE = 'xstate.done.actor.';

/**
 * The kubelet on one node: it registers the Node, watches the Pods bound to it, and runs
 * one pod worker per Pod. Everything about running containers happens in the workers,
 * which are machines (the statechart view draws them); the kubelet itself only routes
 * messages to them, so it takes every message in one handler.
 */
export const kubeletMachine = component<KubeletContext, KubeletEvent, KubeletInput>({
  id: 'kubelet',
  context: (input) =>
    actorContext<KubeletContext>(input, {
      nextRequest: 1,
      node: input.node,
      host: hostOf(input.node, input.etcHosts),
      workers: new Map(),
    }),
  start: (ctx, tools) => {
    register(ctx);
    tools.raise(HEARTBEAT, HEARTBEAT_MS, 'heartbeat');
  },
  on: (ctx, e, tools) => {
    switch (e.type) {
      case 'api.watch':
        if ((e as WatchNotification).watch === `${ctx.self}/services`) return onServiceWatch(ctx, e as WatchNotification);
        return onPodWatch(ctx, e as WatchNotification, tools);
      case 'kubelet.logs':
      case 'kubelet.logs.close':
      case 'kubelet.exec':
      case 'kubelet.attach':
      case 'kubelet.portforward':
      case 'kubelet.portforward.close':
        return void ctx.workers.get((e as { uid: string }).uid)?.send(Object.assign({}, e));
      case 'kubelet.heartbeat':
        heartbeat(ctx);
        return tools.raise(HEARTBEAT, HEARTBEAT_MS, 'heartbeat');
      default:
        if (e.type.startsWith(DONE)) return workerDone(ctx, e.type.slice(DONE.length), tools);
    }
  },
});

function register(ctx: KubeletContext): void {
  const node = nodeObject(ctx.node, ctx.rng.uuid(), ctx.rng.hex(32));
  const stamped = stampConditions(node, timestamp(ctx.epoch, ctx.net.now()));
  apiRequest(ctx, { verb: 'create', resource: 'nodes', groupVersion: 'v1', body: stamped });
  openWatch(ctx, {
    watch: `${ctx.self}/pods`,
    resource: 'pods',
    fieldSelector: `spec.nodeName=${ctx.node.name}`,
    statusUpdates: false,
    stepOnAdded: 6,
  });
  // The Service informer: containers get a variable set for each Service they can see.
  openWatch(ctx, { watch: `${ctx.self}/services`, resource: 'services', initialEvents: true });
}

function onServiceWatch(ctx: KubeletContext, e: WatchNotification): void {
  if (e.event === 'BOOKMARK') return;
  const m = e.object.metadata ?? {};
  const key = `${m.namespace ?? 'default'}/${m.name ?? ''}`;
  if (e.event === 'DELETED') ctx.host.services.delete(key);
  else ctx.host.services.set(key, e.object as Service);
  ctx.host.serviceEnv.clear();
}

function hostOf(node: NodeSpec, etcHosts: string): KubeletHost {
  const allocatable = nodeObject(node, '', '').status!.allocatable as KubeletHost['allocatable'];
  return { node: node.name, ip: node.ip, runtime: `containerRuntime/${node.name}`, allocatable, etcHosts, services: new Map(), serviceEnv: new Map() };
}

function heartbeat(ctx: KubeletContext): void {
  const now = timestamp(ctx.epoch, ctx.net.now());
  const conditions = ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'].map((type) => ({ type, lastHeartbeatTime: now }));
  apiRequest(ctx, {
    verb: 'patch',
    resource: 'nodes',
    subresource: 'status',
    groupVersion: 'v1',
    name: ctx.node.name,
    body: { status: { conditions } },
  });
}

function onPodWatch(ctx: KubeletContext, e: WatchNotification, tools: ComponentTools<KubeletEvent>): void {
  const pod = e.object as Pod;
  const uid = pod.metadata?.uid ?? '';
  const worker = ctx.workers.get(uid);
  if (e.event === 'ADDED' && !worker) startPodWorker(ctx, tools.self, uid, pod);
  else if (worker) worker.send({ type: e.event === 'DELETED' ? 'pw.deleted' : 'pw.update', pod });
}

/**
 * A pod worker is this kubelet's child actor (its parent, told when it is done), kept in a
 * Map by Pod UID and found by its systemId like any other actor.
 */
function startPodWorker(ctx: KubeletContext, self: AnyActorRef, uid: string, pod: Pod): void {
  const input = { self: `${ctx.self}#${uid}`, net: ctx.net, seed: uid, epoch: ctx.epoch, host: ctx.host, pod };
  const worker = createActor(podWorkerMachine, { id: uid, systemId: input.self, input, parent: self });
  ctx.workers.set(uid, worker);
  worker.start();
}

/** The worker reached its final state (the Pod is gone from the node): forget it. */
function workerDone(ctx: KubeletContext, uid: string, tools: ComponentTools<KubeletEvent>): void {
  const worker = ctx.workers.get(uid);
  ctx.workers.delete(uid);
  if (worker) tools.stopChild(worker);
}

function stampConditions(node: Node, now: string): Node {
  const conditions = (node.status?.conditions ?? []).map((c) => ({ ...c, lastHeartbeatTime: now, lastTransitionTime: now }));
  return { ...node, status: { ...node.status, conditions } };
}
