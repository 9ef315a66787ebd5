import { setup } from 'xstate';
import { openWatch } from '../api/client';
import type { EndpointSlice, Service } from '../api/objects';
import type { WatchNotification } from '../api/protocol';
import { actorBase, type ActorBase, type ActorInput } from '../runtime/actor';
import { answer, type ZoneData } from './zone';

interface CoreDnsContext extends ActorBase, ZoneData {
  services: Map<string, Service>;
  slices: Map<string, EndpointSlice>;
}

interface DnsQuery {
  type: 'dns.query';
  deliveryId: string;
  replyTo: string;
  name: string;
}

function onWatch(ctx: CoreDnsContext, e: WatchNotification): void {
  if (e.event === 'BOOKMARK') return;
  const key = `${e.object.metadata?.namespace ?? ''}/${e.object.metadata?.name ?? ''}`;
  const resource = e.watch.slice(e.watch.lastIndexOf('/') + 1);
  const map = (resource === 'services' ? ctx.services : ctx.slices) as Map<string, unknown>;
  if (e.event === 'DELETED') map.delete(key);
  else map.set(key, e.object);
}

function onQuery(ctx: CoreDnsContext, q: DnsQuery): void {
  const a = answer(ctx, q.name);
  ctx.net.post(ctx.self, {
    to: q.replyTo,
    event: { type: 'dns.answer', deliveryId: q.deliveryId, payload: { kind: 'dns-answer', name: q.name, rcode: a.rcode, ips: a.ips } },
    kind: 'dns.answer',
    detail: { name: q.name, rcode: a.rcode, answer: a.ips.join(' '), how: a.how },
    latency: 0,
  });
}

/**
 * CoreDNS's kubernetes plugin: the informer cache of Services and EndpointSlices both
 * coredns replicas answer from. A query reaches it through a coredns Pod's UDP port 53
 * (10.96.0.10 is DNATed there like any ClusterIP) and the answer walks back the same way.
 */
export const coreDnsMachine = setup({
  types: {} as { context: CoreDnsContext; events: WatchNotification | DnsQuery; input: ActorInput },
}).createMachine({
  id: 'coreDNS',
  context: ({ input }) => ({ ...actorBase(input), services: new Map(), slices: new Map() }),
  entry: ({ context }) => {
    openWatch(context, { watch: `${context.self}/services`, resource: 'services', initialEvents: true });
    openWatch(context, { watch: `${context.self}/endpointslices`, resource: 'endpointslices', initialEvents: true });
  },
  on: {
    'api.watch': { actions: ({ context, event }) => onWatch(context, event as WatchNotification) },
    'dns.query': { actions: ({ context, event }) => onQuery(context, event as DnsQuery) },
  },
});
