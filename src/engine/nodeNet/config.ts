// Configuration the node's stack receives, applied as the real programs apply it and
// traced as the commands they amount to: the bridge plugin wiring a Pod, flanneld adding
// a route, a neighbour and an FDB entry for every other node, kube-proxy and flanneld
// restoring their iptables rules, processes binding sockets.
import { flat } from '../runtime/strings';
import { networkOf } from './addr';
import { addPod, addVtep, ensureBridge, removePod, FLANNEL_DEV, type VethPlan } from './devices';
import type { NetListening, NodeNetEvent } from './events';
import { A, type Rule } from './iptables/rule';
import { compose, emptyRuleSet, inTable, type RuleSet } from './iptables/tables';
import type { NodeNetContext } from './stack';
import type { FlannelPeer, Link } from './types';

/** Which writer's head rules come first in a built-in chain (see tables.ts). */
const PRECEDENCE = ['kube-proxy', 'kubelet', 'flanneld'];

function netlink(ctx: NodeNetContext, command: string, extra?: Record<string, string>): void {
  const detail = { command: flat(command) };
  ctx.net.note(ctx.self, 'netlink', { step: 7, detail: extra ? Object.assign(detail, extra) : detail });
}

/** The bridge plugin's ADD for one Pod (step 7 of the nine). */
export function podAdd(ctx: NodeNetContext, e: Extract<NodeNetEvent, { type: 'net.podAdd' }>): void {
  const s = ctx.s;
  const plan: VethPlan = e.plan;
  const bridge = ensureBridge(s, ctx.rng);
  const cidr = s.podCIDR ?? '';
  if (bridge.created) {
    netlink(ctx, 'ip link add cni0 type bridge');
    netlink(ctx, `ip addr add ${bridge.link.addrs[0]?.cidr ?? ''} dev cni0`);
    netlink(ctx, 'ip link set cni0 up');
  }
  const ns = addPod(s, plan, ctx.rng);
  const inNs = `ip netns exec ${plan.netns.split('/').pop() ?? plan.netns}`;
  netlink(ctx, `${inNs} ip link add eth0 type veth peer name ${plan.hostVeth} netns 1`, { pod: `${plan.pod.namespace}/${plan.pod.name}` });
  netlink(ctx, `ip link set ${plan.hostVeth} master cni0 up`);
  netlink(ctx, `bridge link set dev ${plan.hostVeth} hairpin on`);
  netlink(ctx, `${inNs} ip addr add ${plan.ip}/24 dev eth0`, { ipam: `host-local: ${plan.ip} from ${cidr}` });
  netlink(ctx, `${inNs} ip link set eth0 up`);
  netlink(ctx, `${inNs} ip route add default via ${ns.gateway} dev eth0`);
  netlink(ctx, `${inNs} ip route add 10.244.0.0/16 via ${ns.gateway} dev eth0`);
  ctx.net.post(ctx.self, { to: e.replyTo, event: { type: 'net.podAdded', requestId: e.requestId, hostIndex: ns.hostIndex, gateway: ns.gateway }, kind: 'netlink.done', step: 7, latency: 0 });
}

export function podDel(ctx: NodeNetContext, e: Extract<NodeNetEvent, { type: 'net.podDel' }>): void {
  const ns = removePod(ctx.s, e.sandboxId);
  if (ns) netlink(ctx, `ip netns exec ${ns.name.split('/').pop() ?? ns.name} ip link del eth0`, { pod: `${ns.pod.namespace}/${ns.pod.name}`, released: ns.ip });
  ctx.net.post(ctx.self, { to: e.replyTo, event: { type: 'net.podDeleted', requestId: e.requestId }, kind: 'netlink.done', latency: 0 });
}

export function flannelUp(ctx: NodeNetContext, vtepMac: string): void {
  addVtep(ctx.s, vtepMac);
}

/** Remove the entry a peer had (there is at most one), in place: a node has a hundred peers. */
function removeFirst<T>(list: T[], match: (x: T) => boolean): void {
  const i = list.findIndex(match);
  if (i >= 0) list.splice(i, 1);
}

/** flanneld's VXLAN backend for one remote node: route, neighbour, FDB. */
export function flannelPeer(ctx: NodeNetContext, peer: FlannelPeer, deleted: boolean): void {
  const s = ctx.s;
  const gw = networkOf(peer.podCIDR);
  removeFirst(s.routes, (r) => r.dst === peer.podCIDR);
  removeFirst(s.neigh, (n) => n.dev === FLANNEL_DEV && n.ip === gw);
  removeFirst(s.fdb, (f) => f.dev === FLANNEL_DEV && f.dst === peer.publicIP);
  if (deleted) {
    s.peers.delete(peer.node);
    return;
  }
  s.peers.set(peer.node, peer);
  s.routes.push({ dst: peer.podCIDR, via: gw, dev: FLANNEL_DEV, onlink: true });
  s.neigh.push({ ip: gw, dev: FLANNEL_DEV, mac: peer.vtepMac, permanent: true, confirmedAt: 0 });
  s.fdb.push({ mac: peer.vtepMac, dev: FLANNEL_DEV, dst: peer.publicIP, where: 'self', permanent: true });
  ctx.net.note(ctx.self, 'netlink', {
    detail: {
      command: `ip route replace ${peer.podCIDR} via ${gw} dev flannel.1 onlink`,
      neighbour: `${gw} dev flannel.1 lladdr ${peer.vtepMac} PERMANENT`,
      fdb: `${peer.vtepMac} dev flannel.1 dst ${peer.publicIP} self permanent`,
      node: peer.node,
    },
  });
}

export function restoreRules(ctx: NodeNetContext, owner: string, ruleSet: RuleSet): void {
  ctx.s.ruleSets.set(owner, ruleSet);
  const owners = [...ctx.s.ruleSets.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, rs]) => rs);
  ctx.s.tables = compose(owners);
}

function rank(owner: string): number {
  const i = PRECEDENCE.indexOf(owner);
  return i < 0 ? PRECEDENCE.length : i;
}

/** kube-proxy's ipvs mode: virtual servers, ipsets, and the ClusterIPs on kube-ipvs0. */
export function ipvsSync(ctx: NodeNetContext, e: Extract<NodeNetEvent, { type: 'ipvs.sync' }>): void {
  const s = ctx.s;
  const previous = new Map(s.ipvs.map((v) => [`${v.vip}|${v.proto}|${v.port}`, v.next]));
  s.ipvs = e.services.map((v) => ({ ...v, next: previous.get(`${v.vip}|${v.proto}|${v.port}`) ?? 0 }));
  s.ipsets = new Map(Object.entries(e.ipsets).map(([k, v]) => [k, new Set(v)]));
  let dummy = s.links.find((l) => l.name === 'kube-ipvs0');
  if (!dummy) {
    dummy = { index: s.nextIndex++, name: 'kube-ipvs0', kind: 'dummy', mac: ctx.rng.mac(), mtu: 1500, state: 'DOWN', addrs: [] } satisfies Link;
    s.links.push(dummy);
  }
  dummy.addrs = e.addrs.map((ip) => ({ cidr: `${ip}/32`, scope: 'global' as const }));
}

export function bind(ctx: NodeNetContext, e: Extract<NodeNetEvent, { type: 'net.bind' }>): void {
  ctx.s.sockets.set(`${e.netns}|${e.proto}|${e.port}`, e.owner);
}

/**
 * listen(2) for a program of this machine (kubectl port-forward's local sockets): bind fails
 * with EADDRINUSE when another socket has the port, and with EACCES for a user's process on
 * a port below 1024 (net.ipv4.ip_unprivileged_port_start); port 0 takes one of the ephemeral range.
 */
export function listen(ctx: NodeNetContext, e: Extract<NodeNetEvent, { type: 'net.listen' }>): void {
  const keyOf = (port: number) => `${e.netns}|${e.proto}|${port}`;
  let port = e.port;
  if (port === 0) {
    do port = 32768 + ctx.rng.int(60999 - 32768 + 1);
    while (ctx.s.sockets.has(keyOf(port)));
  }
  const key = keyOf(port);
  const error = e.unprivileged && port < 1024 ? 'EACCES' : ctx.s.sockets.has(key) ? 'EADDRINUSE' : undefined;
  if (!error) ctx.s.sockets.set(key, e.owner);
  const event: NetListening = error ? { type: 'net.listening', requestId: e.requestId, port, error } : { type: 'net.listening', requestId: e.requestId, port };
  ctx.net.post(ctx.self, { to: e.replyTo, event, kind: 'socket.listen.response', detail: error ? { port, error } : { port }, latency: 0 });
}

export function unbind(ctx: NodeNetContext, e: Extract<NodeNetEvent, { type: 'net.unbind' }>): void {
  const key = `${e.netns}|${e.proto}|${e.port}`;
  if (ctx.s.sockets.get(key)?.containerId === e.containerId) ctx.s.sockets.delete(key);
}

/** A process has exited (a background `kubectl port-forward` killed): its sockets close with it, as the kernel closes a dead process's files. */
export function release(ctx: NodeNetContext, containerId: string): void {
  for (const [key, owner] of ctx.s.sockets) if (owner.containerId === containerId) ctx.s.sockets.delete(key);
}

/**
 * The kubelet's own rules (pkg/kubelet/kubelet_network_linux.go): KUBE-FIREWALL drops
 * martian traffic to 127.0.0.0/8, and the canary chains tell it when iptables was flushed.
 */
export function kubeletRules(): RuleSet {
  const rs = emptyRuleSet();
  rs.chains.nat.push('KUBE-KUBELET-CANARY');
  rs.chains.filter.push('KUBE-FIREWALL', 'KUBE-KUBELET-CANARY');
  const firewall: Rule = A('KUBE-FIREWALL').s('127.0.0.0/8', true).d('127.0.0.0/8').comment('block incoming localnet connections').m({ m: 'conntrack', ctstate: 'RELATED,ESTABLISHED,DNAT', not: true }).j('DROP');
  rs.rules.filter.push(firewall);
  rs.head.push(inTable('filter', A('INPUT').j('KUBE-FIREWALL')), inTable('filter', A('OUTPUT').j('KUBE-FIREWALL')));
  return rs;
}

/** Layer-2 announcement of LoadBalancer addresses: a gratuitous ARP to the lab network for each new one. */
export function announce(ctx: NodeNetContext, ips: string[]): void {
  const s = ctx.s;
  const eth = s.links.find((l) => l.kind === 'ether');
  for (const ip of ips) {
    if (s.announced.has(ip)) continue;
    for (const h of s.hosts) {
      if (h.name === s.node) continue;
      ctx.net.post(ctx.self, { to: h.address, event: { type: 'net.garp', ip, mac: eth?.mac ?? '' }, kind: 'arp.gratuitous', detail: { note: `ARP, Reply ${ip} is-at ${eth?.mac ?? ''}`, ip }, latency: 0.25 });
    }
  }
  s.announced = new Set(ips);
}

/** Someone claimed an address on the lab network: believe it. */
export function gratuitousArp(ctx: NodeNetContext, ip: string, mac: string): void {
  const dev = ctx.s.links.find((l) => l.kind === 'ether')?.name ?? 'eth0';
  ctx.s.neigh = ctx.s.neigh.filter((n) => n.ip !== ip);
  ctx.s.neigh.push({ ip, dev, mac, confirmedAt: ctx.net.now() });
}
