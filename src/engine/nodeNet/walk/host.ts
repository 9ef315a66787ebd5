// The host's IP stack: PREROUTING, the routing decision (local delivery or forwarding,
// which costs a TTL), the filter table, POSTROUTING, and transmission — onto cni0, into
// the flannel.1 VXLAN tunnel, or out of eth0 onto the lab network.
import { inCidr, vxlanSourcePort } from '../addr';
import { lookup, seen, track } from '../conntrack';
import { localAddresses, VXLAN_PORT } from '../devices';
import type { Packet, Route, WireHost } from '../types';
import { bridgeOut } from './bridge';
import { hostNeighbour, type Kernel } from './kernel';
import { ipvsIntercept } from './ipvs';
import { filterHook, natPost, natPre, type CtInfo } from './netfilter';
import { lookupRoute, routeText } from './routes';

/** Linux gives up resolving a neighbour after 3 unanswered ARP requests, one a second. */
export const ARP_FAILED_MS = 3_000;

export type Step =
  | { kind: 'wire'; to: WireHost; pkt: Packet }
  | { kind: 'local'; netns: string; pkt: Packet }
  | { kind: 'dropped'; pkt: Packet; reason: string }
  | { kind: 'error'; pkt: Packet; error: Packet; afterMs?: number };

export function isLocal(k: Kernel, ip: string): boolean {
  return inCidr(ip, '127.0.0.0/8') || localAddresses(k.s).includes(ip);
}

/** A packet routed into the host: from cni0, from flannel.1 after decapsulation, from eth0. */
export function hostInput(k: Kernel, pkt: Packet, inDev: string): Step {
  const ct = natPre(k, pkt, 'PREROUTING', inDev);
  return routeAndSend(k, pkt, ct, inDev, true);
}

/** A packet the host itself sends (a hostNetwork Pod, node-shell, an ICMP error). */
export function sendFromHost(k: Kernel, pkt: Packet): Step {
  if (!pkt.src) {
    const first = lookupRoute(k.s.routes, pkt.dst);
    pkt.src = isLocal(k, pkt.dst) ? pkt.dst : (first?.src ?? addrOf(k, first?.dev ?? 'eth0'));
  }
  const ct = natPre(k, pkt, 'OUTPUT', 'host');
  return routeAndSend(k, pkt, ct, 'host', false);
}

export function addrOf(k: Kernel, dev: string): string {
  return k.s.links.find((l) => l.name === dev)?.addrs[0]?.cidr.split('/')[0] ?? k.s.nodeIP;
}

function routeAndSend(k: Kernel, pkt: Packet, ct: CtInfo, inDev: string, forwarding: boolean): Step {
  if (isLocal(k, pkt.dst)) {
    k.log.add(pkt, { netns: 'host', device: 'routing', action: 'local', rule: `local ${pkt.dst} dev ${deviceOf(k, pkt.dst)} table local proto kernel scope host src ${pkt.dst}` });
    const f = filterHook(k, pkt, forwarding ? 'INPUT' : 'OUTPUT', ct, inDev);
    if (!f.ok) return refused(k, pkt, f);
    if (!ipvsIntercept(k, pkt, ct)) return { kind: 'local', netns: 'host', pkt };
    return forwardOut(k, pkt, ct);
  }
  const route = lookupRoute(k.s.routes, pkt.dst);
  if (!route) return unroutable(k, pkt);
  if (forwarding) pkt.ttl -= 1;
  k.log.add(pkt, { netns: 'host', device: 'routing', action: forwarding ? 'forward' : 'route', rule: routeText(route), ...(forwarding ? { note: 'routed by the host: TTL − 1' } : {}) });
  if (pkt.ttl <= 0) return { kind: 'dropped', pkt, reason: 'TTL exceeded' };
  const f = filterHook(k, pkt, forwarding ? 'FORWARD' : 'OUTPUT', ct, route.dev);
  if (!f.ok) return refused(k, pkt, f);
  natPost(k, pkt, ct, route.dev);
  return transmit(k, pkt, route);
}

/** No route matches and there is no default route: the lookup fails (`ip route get` says
 *  `RTNETLINK answers: Network is unreachable`) and the packet goes nowhere. */
function unroutable(k: Kernel, pkt: Packet): Step {
  k.log.add(pkt, { netns: 'host', device: 'routing', action: 'unreachable', note: `no route to ${pkt.dst} and no default route: Network is unreachable` });
  return { kind: 'dropped', pkt, reason: 'ENETUNREACH' };
}

/** After IPVS rewrote the destination the packet leaves again: routing, POSTROUTING, out. */
function forwardOut(k: Kernel, pkt: Packet, ct: CtInfo): Step {
  const route = lookupRoute(k.s.routes, pkt.dst);
  if (!route) return { kind: 'dropped', pkt, reason: 'ENETUNREACH' };
  k.log.add(pkt, { netns: 'host', device: 'routing', action: 'route', rule: routeText(route) });
  natPost(k, pkt, ct, route.dev);
  return transmit(k, pkt, route);
}

function deviceOf(k: Kernel, ip: string): string {
  return k.s.links.find((l) => l.addrs.some((a) => a.cidr.startsWith(`${ip}/`)))?.name ?? 'lo';
}

/** REJECT answers with an ICMP error from this host; DROP is silence. */
function refused(k: Kernel, pkt: Packet, f: { ok: false; drop: true } | { ok: false; reject: string }): Step {
  if ('drop' in f) {
    k.log.add(pkt, { netns: 'host', device: 'netfilter', action: 'drop', note: 'dropped: the sender hears nothing and will time out' });
    return { kind: 'dropped', pkt, reason: 'dropped by iptables' };
  }
  return { kind: 'error', pkt, error: icmpUnreachable(k, pkt, 3) };
}

/** Nobody answers ARP for a packet this node forwards: after the neighbour entry fails
 *  (three requests, a second apart) the node tells the sender ICMP host unreachable. */
function noNeighbour(k: Kernel, pkt: Packet, nexthop: string): Step {
  if (isLocal(k, pkt.src)) return { kind: 'dropped', pkt, reason: 'EHOSTUNREACH' };
  k.log.add(pkt, { netns: 'host', device: 'cni0', action: 'drop', note: `no ARP reply for ${nexthop}: the node will answer ICMP host unreachable` });
  return { kind: 'error', pkt, error: icmpUnreachable(k, pkt, 1), afterMs: ARP_FAILED_MS };
}

/** An ICMP destination unreachable from this host back to the sender: code 1 host, 3 port. */
function icmpUnreachable(k: Kernel, pkt: Packet, code: 1 | 3): Packet {
  const back = lookupRoute(k.s.routes, pkt.src);
  return {
    walk: pkt.walk,
    hop: pkt.hop,
    segment: code === 1 ? 'ICMP host unreachable' : 'ICMP port unreachable',
    ethSrc: '',
    ethDst: '',
    src: addrOf(k, back?.dev ?? 'eth0'),
    dst: pkt.src,
    ttl: 64,
    proto: 'icmp',
    sport: 0,
    dport: 0,
    icmp: { type: 3, code, id: 0, seq: 0 },
    payload: { kind: 'none' },
    mark: 0,
    wires: pkt.wires,
    related: { src: pkt.src, dst: pkt.dst, sport: pkt.sport, dport: pkt.dport, proto: pkt.proto },
  };
}

/** Out of the routing decision onto a device. */
function transmit(k: Kernel, pkt: Packet, route: Route): Step {
  const nexthop = route.via ?? pkt.dst;
  if (route.dev === 'cni0') {
    const mac = hostNeighbour(k, 'cni0', nexthop, pkt);
    if (!mac) return noNeighbour(k, pkt, nexthop);
    return bridgeOut(k, pkt, mac);
  }
  if (route.dev === 'flannel.1') return vxlanEncap(k, pkt, nexthop);
  const mac = hostNeighbour(k, route.dev, nexthop, pkt);
  const host = k.s.hosts.find((h) => h.mac === mac);
  if (!mac || !host) return { kind: 'dropped', pkt, reason: 'EHOSTUNREACH' };
  const eth = k.s.links.find((l) => l.name === route.dev);
  pkt.ethSrc = eth?.mac ?? '';
  pkt.ethDst = mac;
  k.log.add(pkt, { netns: 'host', device: route.dev, action: 'transmit', note: `to ${host.name} (${host.ip})` });
  return { kind: 'wire', to: host, pkt };
}

/** flannel.1: neighbour entry → the remote VTEP's MAC, FDB → its node IP; wrap in UDP 8472. */
function vxlanEncap(k: Kernel, pkt: Packet, nexthop: string): Step {
  const s = k.s;
  const neigh = s.neigh.find((n) => n.dev === 'flannel.1' && n.ip === nexthop);
  const fdb = neigh ? s.fdb.find((f) => f.dev === 'flannel.1' && f.mac === neigh.mac) : undefined;
  if (!neigh || !fdb?.dst) {
    k.log.add(pkt, { netns: 'host', device: 'flannel.1', action: 'drop', note: `no VXLAN neighbour for ${nexthop}: flanneld has not programmed that node yet` });
    return { kind: 'dropped', pkt, reason: 'EHOSTUNREACH' };
  }
  const vtep = s.links.find((l) => l.name === 'flannel.1');
  pkt.ethSrc = vtep?.mac ?? '';
  pkt.ethDst = neigh.mac;
  const remote = fdb.dst;
  const host = s.hosts.find((h) => h.ip === remote);
  const eth = s.links.find((l) => l.name === 'eth0');
  const sport = vxlanSourcePort(pkt.src, pkt.dst, pkt.proto, pkt.sport, pkt.dport);
  pkt.outer = { ethSrc: eth?.mac ?? '', ethDst: host?.mac ?? '', src: s.nodeIP, dst: remote, ttl: 64, sport, dport: VXLAN_PORT, vni: 1 };
  k.log.add(pkt, {
    netns: 'host',
    device: 'flannel.1',
    action: 'vxlan encap',
    rule: `${neigh.mac} dev flannel.1 dst ${remote} self permanent`,
    note: `neighbour ${nexthop} lladdr ${neigh.mac} PERMANENT; VXLAN VNI 1 to ${remote}:${VXLAN_PORT}`,
  });
  trackOuter(k, s.nodeIP, remote, sport);
  if (!host) return { kind: 'dropped', pkt, reason: 'EHOSTUNREACH' };
  k.log.add(pkt, { netns: 'host', device: 'eth0', action: 'transmit', rule: routeText(lookupRoute(s.routes, remote) ?? { dst: remote, dev: 'eth0' }), note: `UDP ${s.nodeIP}:${sport} → ${remote}:${VXLAN_PORT} carrying the inner frame` });
  return { kind: 'wire', to: host, pkt };
}

/** The outer UDP packets of the tunnel are connections too, as `conntrack -L` shows. */
function trackOuter(k: Kernel, src: string, dst: string, sport: number): void {
  const t = { src, dst, sport, dport: VXLAN_PORT };
  const found = lookup(k.s.conntrack, 'udp', t, k.now);
  if (found) seen(found.entry, found.dir, undefined, k.now);
  else track(k.s.conntrack, 'udp', t, k.now);
}

/** A frame from the lab network arrives on eth0. */
export function wireInput(k: Kernel, pkt: Packet): Step {
  const eth = k.s.links.find((l) => l.kind === 'ether');
  const dev = eth?.name ?? 'eth0';
  const outer = pkt.outer;
  k.log.add(pkt, { netns: 'host', device: dev, action: 'receive' });
  if (!outer) return hostInput(k, pkt, dev);
  trackOuter(k, outer.src, outer.dst, outer.sport);
  const vtep = k.s.links.find((l) => l.name === 'flannel.1');
  if (outer.dst !== k.s.nodeIP || !vtep || pkt.ethDst !== vtep.mac) return { kind: 'dropped', pkt, reason: 'not for this VTEP' };
  pkt.outer = undefined;
  k.log.add(pkt, { netns: 'host', device: 'flannel.1', action: 'vxlan decap', note: `UDP ${outer.src}:${outer.sport} → ${outer.dst}:${VXLAN_PORT}, VNI ${outer.vni}: the kernel's VXLAN driver strips the outer headers` });
  return hostInput(k, pkt, 'flannel.1');
}
