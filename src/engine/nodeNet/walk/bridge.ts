// A Pod's side of the walk and the bridge between Pods: out of the Pod's eth0 (its own
// routing table and ARP), across the veth pair onto cni0, and either bridged to another
// Pod on the same node (FDB lookup; with br_netfilter the bridged packet still passes the
// host's iptables) or handed up to the host's IP stack when addressed to cni0's MAC.
import { lookupRoute, routeText } from './routes';
import { hostInput, type Step } from './host';
import { BROADCAST, learnFdb, podNeighbour, podWhere, type Kernel } from './kernel';
import { filterHook, natPost, natPre } from './netfilter';
import type { Packet, PodNetns } from '../types';

/** A packet a process in the Pod sent: routing in the Pod, ARP, eth0, the veth pair. */
export function sendFromPod(k: Kernel, ns: PodNetns, pkt: Packet): Step {
  if (pkt.dst === ns.ip || pkt.dst.startsWith('127.')) {
    pkt.ethSrc = '00:00:00:00:00:00';
    pkt.ethDst = '00:00:00:00:00:00';
    const rule = pkt.dst === ns.ip ? `local ${ns.ip} dev eth0 table local proto kernel scope host src ${ns.ip}` : 'local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1';
    k.log.add(pkt, { netns: podWhere(ns), device: 'lo', action: 'loopback', rule, note: 'the containers of a Pod share one network namespace: localhost is the Pod itself' });
    return { kind: 'local', netns: ns.ip, pkt };
  }
  const route = lookupRoute(ns.routes, pkt.dst);
  if (!route) return { kind: 'dropped', pkt, reason: 'ENETUNREACH' };
  const nexthop = route.via ?? pkt.dst;
  const mac = podNeighbour(k, ns, nexthop, pkt);
  if (!mac) {
    k.log.add(pkt, { netns: podWhere(ns), device: 'eth0', action: 'drop', note: `no ARP reply for ${nexthop}: No route to host` });
    return { kind: 'dropped', pkt, reason: 'EHOSTUNREACH' };
  }
  pkt.ethSrc = ns.mac;
  pkt.ethDst = mac;
  k.log.add(pkt, { netns: podWhere(ns), device: 'eth0', action: 'route', rule: routeText(route) });
  k.log.add(pkt, { netns: 'host', device: ns.hostVeth, action: 'veth', note: `the host end of the Pod's veth pair (master cni0)` });
  return bridgeFrame(k, pkt, ns.hostVeth);
}

/** cni0 receives a frame on one of its ports. */
export function bridgeFrame(k: Kernel, pkt: Packet, inPort: string): Step {
  const s = k.s;
  learnFdb(s, pkt.ethSrc, inPort);
  const cni0 = s.links.find((l) => l.name === 'cni0');
  if (cni0 && pkt.ethDst === cni0.mac) {
    k.log.add(pkt, { netns: 'host', device: 'cni0', action: 'to host', note: `destination MAC is cni0's own (${cni0.mac}): up to the host's IP stack to be routed` });
    return hostInput(k, pkt, 'cni0');
  }
  const fdb = s.fdb.find((f) => f.mac === pkt.ethDst && f.where === 'master' && f.dev !== 'cni0');
  const target = [...s.netns.values()].find((n) => n.mac === pkt.ethDst);
  if (!target) return { kind: 'dropped', pkt, reason: 'no such MAC on the bridge' };
  const rule = fdb ? `${fdb.mac} dev ${fdb.dev} master cni0` : `unknown unicast ${pkt.ethDst}: flooded to every port`;
  k.log.add(pkt, { netns: 'host', device: 'cni0', action: 'bridge', rule, note: 'bridged, not routed: the TTL stays; br_netfilter still shows the frame to iptables' });
  const ct = natPre(k, pkt, 'PREROUTING', 'cni0');
  const f = filterHook(k, pkt, 'FORWARD', ct, 'cni0');
  if (!f.ok) return { kind: 'dropped', pkt, reason: 'filter' };
  natPost(k, pkt, ct, 'cni0');
  return toPod(k, pkt, target);
}

/** Out of cni0 through the Pod's veth into its eth0. */
export function toPod(k: Kernel, pkt: Packet, ns: PodNetns): Step {
  k.log.add(pkt, { netns: 'host', device: ns.hostVeth, action: 'veth', note: `to ${ns.pod.namespace}/${ns.pod.name}` });
  k.log.add(pkt, { netns: podWhere(ns), device: 'eth0', action: 'receive' });
  return { kind: 'local', netns: ns.ip, pkt };
}

/** The host sends on cni0: ARP for the Pod, then the bridge's FDB picks the port. */
export function bridgeOut(k: Kernel, pkt: Packet, podMac: string): Step {
  const cni0 = k.s.links.find((l) => l.name === 'cni0');
  pkt.ethSrc = cni0?.mac ?? BROADCAST;
  pkt.ethDst = podMac;
  const target = [...k.s.netns.values()].find((n) => n.mac === podMac);
  if (!target) return { kind: 'dropped', pkt, reason: 'no such MAC on the bridge' };
  const fdb = k.s.fdb.find((f) => f.mac === podMac && f.where === 'master');
  const rule = fdb ? `${fdb.mac} dev ${fdb.dev} master cni0` : `unknown unicast ${podMac}: flooded to every port`;
  k.log.add(pkt, { netns: 'host', device: 'cni0', action: 'bridge', rule });
  return toPod(k, pkt, target);
}
