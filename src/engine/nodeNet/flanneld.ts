import { setup } from 'xstate';
import { apiRequest, openWatch } from '../api/client';
import type { Node } from '../api/objects';
import type { ApiResponse, WatchNotification } from '../api/protocol';
import { actorBase, type ActorBase, type ActorInput } from '../runtime/actor';
import { CLUSTER_CIDR } from './devices';
import { A } from './iptables/rule';
import { emptyRuleSet, inTable, type RuleSet } from './iptables/tables';
import type { FlannelPeer } from './types';

export interface FlanneldInput extends ActorInput {
  node: string;
  nodeIP: string;
  podCIDR: string;
}

interface FlanneldContext extends ActorBase {
  nextRequest: number;
  node: string;
  nodeIP: string;
  podCIDR: string;
  vtepMac: string;
  stack: string;
  /** What was programmed for each other node, to notice changes. */
  peers: Map<string, string>;
  published: boolean;
}

const BACKEND = 'flannel.alpha.coreos.com/backend-data';
const PUBLIC_IP = 'flannel.alpha.coreos.com/public-ip';

/** flanneld --ip-masq (pkg/trafficmngr/iptables): masquerade Pod traffic leaving the overlay; accept forwarding. */
export function flannelRules(podCIDR: string): RuleSet {
  const rs = emptyRuleSet();
  const c = 'flanneld masq';
  rs.chains.nat.push('FLANNEL-POSTRTG');
  rs.chains.filter.push('FLANNEL-FWD');
  rs.tail.push(inTable('nat', A('POSTROUTING').comment(c).j('FLANNEL-POSTRTG')), inTable('filter', A('FORWARD').comment('flanneld forward').j('FLANNEL-FWD')));
  rs.rules.nat.push(
    A('FLANNEL-POSTRTG').m({ m: 'mark', value: 0x4000, mask: 0x4000 }).comment(c).j('RETURN'),
    A('FLANNEL-POSTRTG').s(podCIDR).d(CLUSTER_CIDR).comment(c).j('RETURN'),
    A('FLANNEL-POSTRTG').s(CLUSTER_CIDR).d(podCIDR).comment(c).j('RETURN'),
    A('FLANNEL-POSTRTG').s(CLUSTER_CIDR, true).d(podCIDR).comment(c).j('RETURN'),
    A('FLANNEL-POSTRTG').s(CLUSTER_CIDR).d('224.0.0.0/4', true).comment(c).j({ kind: 'MASQUERADE', randomFully: true }),
    A('FLANNEL-POSTRTG').s(CLUSTER_CIDR, true).d(CLUSTER_CIDR).comment(c).j({ kind: 'MASQUERADE', randomFully: true }),
  );
  rs.rules.filter.push(A('FLANNEL-FWD').s(CLUSTER_CIDR).comment('flanneld forward').j('ACCEPT'), A('FLANNEL-FWD').d(CLUSTER_CIDR).comment('flanneld forward').j('ACCEPT'));
  return rs;
}

function start(ctx: FlanneldContext): void {
  ctx.net.post(ctx.self, { to: ctx.stack, event: { type: 'flannel.up', vtepMac: ctx.vtepMac }, kind: 'flannel.1.create', detail: { command: `ip link add flannel.1 type vxlan id 1 local ${ctx.nodeIP} dev eth0 dstport 8472 nolearning`, mtu: 1450 } });
  ctx.net.post(ctx.self, { to: ctx.stack, event: { type: 'iptables.restore', owner: 'flanneld', ruleSet: flannelRules(ctx.podCIDR) }, kind: 'iptables-restore', detail: { chains: 'FLANNEL-POSTRTG FLANNEL-FWD' } });
  openWatch(ctx, { watch: `${ctx.self}/nodes`, resource: 'nodes', initialEvents: true });
}

/** Once its Node is registered, flanneld publishes its lease in the Node's annotations. */
function publish(ctx: FlanneldContext, node: Node): void {
  if (ctx.published || node.metadata?.annotations?.[BACKEND]) return;
  ctx.published = true;
  const annotations = {
    [BACKEND]: JSON.stringify({ VNI: 1, VtepMAC: ctx.vtepMac }),
    'flannel.alpha.coreos.com/backend-type': 'vxlan',
    'flannel.alpha.coreos.com/kube-subnet-manager': 'true',
    [PUBLIC_IP]: ctx.nodeIP,
  };
  apiRequest(ctx, { verb: 'patch', resource: 'nodes', groupVersion: 'v1', name: ctx.node, body: { metadata: { annotations } } }, { kind: 'Node', name: ctx.node });
}

/** Another node's lease, read from its Node object: podCIDR plus flannel's annotations. */
function peerOf(node: Node): FlannelPeer | undefined {
  const a = node.metadata?.annotations ?? {};
  const backend = a[BACKEND];
  const podCIDR = node.spec?.podCIDR;
  if (!backend || !podCIDR || !a[PUBLIC_IP]) return undefined;
  const mac = (JSON.parse(backend) as { VtepMAC?: string }).VtepMAC;
  return mac ? { node: node.metadata?.name ?? '', podCIDR, publicIP: a[PUBLIC_IP], vtepMac: mac } : undefined;
}

function onNode(ctx: FlanneldContext, e: WatchNotification): void {
  if (e.event === 'BOOKMARK') return;
  const node = e.object as Node;
  const name = node.metadata?.name ?? '';
  if (name === ctx.node) return publish(ctx, node);
  const peer = peerOf(node);
  if (e.event === 'DELETED' || !peer) {
    if (!ctx.peers.delete(name) || !peer) return;
    ctx.net.post(ctx.self, { to: ctx.stack, event: { type: 'flannel.peer', peer, deleted: true }, kind: 'flannel.peer.remove', detail: { node: name } });
    return;
  }
  const key = JSON.stringify(peer);
  if (ctx.peers.get(name) === key) return;
  ctx.peers.set(name, key);
  ctx.net.post(ctx.self, { to: ctx.stack, event: { type: 'flannel.peer', peer }, kind: 'flannel.peer.add', detail: { node: name, podCIDR: peer.podCIDR, vtep: `${peer.vtepMac} ${peer.publicIP}` } });
}

/**
 * flanneld with the kube subnet manager on one node: it creates flannel.1, publishes its
 * VTEP MAC and public IP in its Node's annotations, writes its masquerade and forward
 * rules, and for every other node adds the route, ARP entry and FDB entry that send that
 * node's Pod subnet through the VXLAN tunnel.
 */
export const flanneldMachine = setup({
  types: {} as { context: FlanneldContext; events: WatchNotification | ApiResponse; input: FlanneldInput },
}).createMachine({
  id: 'flanneld',
  context: ({ input }) => {
    const base = actorBase(input);
    return { ...base, nextRequest: 1, node: input.node, nodeIP: input.nodeIP, podCIDR: input.podCIDR, vtepMac: base.rng.mac(), stack: `nodeNet/${input.node}`, peers: new Map(), published: false };
  },
  entry: ({ context }) => start(context),
  on: { 'api.watch': { actions: ({ context, event }) => onNode(context, event as WatchNotification) } },
});
