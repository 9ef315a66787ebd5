import { setup } from 'xstate';
import { openWatch } from '../api/client';
import type { EndpointSlice, Service } from '../api/objects';
import type { WatchNotification } from '../api/protocol';
import { actorBase, type ActorBase, type ActorInput } from '../runtime/actor';
import { raiseLater } from '../runtime/timers';
import type { Scenario } from '../scenario/types';
import { syncRules } from './sync';
import { serviceKeyOf } from './model';

export interface KubeProxyInput extends ActorInput {
  node: string;
  nodeIP: string;
  mode: Scenario['kubeProxyMode'];
}

export interface KubeProxyContext extends ActorBase {
  node: string;
  nodeIP: string;
  mode: Scenario['kubeProxyMode'];
  clusterCIDR: string;
  stack: string;
  services: Map<string, Service>;
  /** EndpointSlices by name, and which Service each belongs to. */
  slices: Map<string, EndpointSlice>;
  servicesSynced: boolean;
  slicesSynced: boolean;
  /** The sync runner's token bucket: tokens left and when they were last counted. */
  tokens: number;
  tokensAt: number;
  syncQueued: boolean;
  /** What the last sync restored, to skip restoring the same rules again. */
  lastRules: string;
  /** userspace mode: the proxy port opened for each Service port. */
  proxyPorts: Map<string, number>;
  /** LoadBalancer addresses this node answers ARP for, comma-joined. */
  announced: string;
  timers: { ms: number }[];
}

/** kubeadm's KubeProxyConfiguration: iptables.minSyncPeriod 1s. */
export const MIN_SYNC_MS = 1000;
/** proxier.go: `burstSyncs = 2` — two syncs may run back to back before the rate limit bites. */
const BURST_SYNCS = 2;

function onWatch(ctx: KubeProxyContext, e: WatchNotification): void {
  const resource = e.watch.slice(e.watch.lastIndexOf('/') + 1);
  if (e.event === 'BOOKMARK') {
    if (resource === 'services') ctx.servicesSynced = true;
    else ctx.slicesSynced = true;
  } else if (resource === 'services') {
    const key = serviceKeyOf(e.object.metadata?.namespace, e.object.metadata?.name);
    if (e.event === 'DELETED') ctx.services.delete(key);
    else ctx.services.set(key, e.object as Service);
  } else {
    const key = serviceKeyOf(e.object.metadata?.namespace, e.object.metadata?.name);
    if (e.event === 'DELETED') ctx.slices.delete(key);
    else ctx.slices.set(key, e.object as unknown as EndpointSlice);
  }
  if (!ctx.servicesSynced || !ctx.slicesSynced) return;
  requestSync(ctx);
}

/** Refill the token bucket: one token per minSyncPeriod, at most BURST_SYNCS. */
function refill(ctx: KubeProxyContext): void {
  const now = ctx.net.now();
  ctx.tokens = Math.min(BURST_SYNCS, ctx.tokens + (now - ctx.tokensAt) / MIN_SYNC_MS);
  ctx.tokensAt = now;
}

/**
 * The BoundedFrequencyRunner (a token bucket of qps 1/minSyncPeriod, burst 2): sync
 * now while a token is left, otherwise when the next one is due.
 */
function requestSync(ctx: KubeProxyContext): void {
  if (ctx.syncQueued) return;
  refill(ctx);
  const wait = ctx.tokens >= 1 ? 0 : Math.ceil((1 - ctx.tokens) * MIN_SYNC_MS);
  ctx.syncQueued = true;
  ctx.timers.push({ ms: wait });
}

function onSyncTimer(ctx: KubeProxyContext): void {
  ctx.syncQueued = false;
  refill(ctx);
  ctx.tokens = Math.max(0, ctx.tokens - 1);
  syncRules(ctx);
}

/**
 * kube-proxy on one node: it watches Services and EndpointSlices and programs the
 * node's kernel so that a Service's virtual IP reaches its endpoints — iptables chains,
 * IPVS virtual servers, or (userspace) a proxy port of its own, per the scenario's mode.
 */
export const kubeProxyMachine = setup({
  types: {} as { context: KubeProxyContext; events: WatchNotification | { type: 'kubeProxy.sync' }; input: KubeProxyInput },
}).createMachine({
  id: 'kubeProxy',
  context: ({ input }) => ({
    ...actorBase(input),
    node: input.node,
    nodeIP: input.nodeIP,
    mode: input.mode,
    clusterCIDR: '10.244.0.0/16',
    stack: `nodeNet/${input.node}`,
    services: new Map(),
    slices: new Map(),
    servicesSynced: false,
    slicesSynced: false,
    tokens: BURST_SYNCS,
    tokensAt: 0,
    syncQueued: false,
    lastRules: '',
    proxyPorts: new Map(),
    announced: '',
    timers: [],
  }),
  entry: ({ context }) => {
    openWatch(context, { watch: `${context.self}/services`, resource: 'services', initialEvents: true, labelSelector: '!service.kubernetes.io/service-proxy-name' });
    openWatch(context, { watch: `${context.self}/endpointslices`, resource: 'endpointslices', initialEvents: true, labelSelector: '!service.kubernetes.io/headless' });
  },
  on: {
    'api.watch': {
      actions: ({ context, event, self }) => {
        onWatch(context, event as WatchNotification);
        for (const t of context.timers) raiseLater(self, context.net, t.ms, { type: 'kubeProxy.sync' });
        context.timers = [];
      },
    },
    'kubeProxy.sync': { actions: ({ context }) => onSyncTimer(context) },
  },
});
