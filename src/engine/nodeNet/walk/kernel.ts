// What every step of a walk needs: the node's state, the hop log, the time and the RNG;
// and neighbour resolution, which is where ARP happens. A Pod ARPs for its gateway (cni0
// answers) or, on its own /24, for the other Pod directly — cni0 floods the broadcast
// and the owner replies. Both ends learn each other's MAC from the exchange.
import type { Rng } from '../../runtime/rng';
import type { Neighbour, NodeNetState, Packet, PodNetns } from '../types';
import type { HopLog } from './hops';

export interface Kernel {
  s: NodeNetState;
  log: HopLog;
  now: number;
  rng: Rng;
}

export const BROADCAST = 'ff:ff:ff:ff:ff:ff';
const REACHABLE_MS = 30_000;

export function podWhere(ns: PodNetns): string {
  return `pod:${ns.pod.namespace}/${ns.pod.name}`;
}

export function neighState(n: Neighbour, now: number): 'PERMANENT' | 'REACHABLE' | 'STALE' {
  if (n.permanent) return 'PERMANENT';
  return now - n.confirmedAt < REACHABLE_MS ? 'REACHABLE' : 'STALE';
}

function learn(table: Neighbour[], ip: string, dev: string, mac: string, now: number): void {
  const existing = table.find((n) => n.ip === ip && n.dev === dev);
  if (existing) {
    if (!existing.permanent) {
      existing.mac = mac;
      existing.confirmedAt = now;
    }
  } else table.push({ ip, dev, mac, confirmedAt: now });
}

function arpHops(k: Kernel, pkt: Packet, where: string, dev: string, sender: { ip: string; mac: string }, target: string, answer: { mac: string; by: string } | undefined): void {
  const base = { walk: pkt.walk, segment: 'ARP', node: k.log.node, proto: 'arp' };
  pkt.hop += 1;
  k.log.hops.push({ ...base, hop: pkt.hop, netns: where, device: dev, action: 'arp-request', ethSrc: sender.mac, ethDst: BROADCAST, ipSrc: sender.ip, ipDst: target, note: `ARP, Request who-has ${target} tell ${sender.ip}` });
  if (!answer) return;
  pkt.hop += 1;
  k.log.hops.push({ ...base, hop: pkt.hop, netns: where, device: dev, action: 'arp-reply', ethSrc: answer.mac, ethDst: sender.mac, ipSrc: target, ipDst: sender.ip, note: `ARP, Reply ${target} is-at ${answer.mac} (from ${answer.by})` });
}

/** Who on this node's bridge owns `ip`: cni0 itself (the gateway) or a Pod. */
function bridgeOwner(s: NodeNetState, ip: string): { mac: string; by: string; pod?: PodNetns } | undefined {
  const cni0 = s.links.find((l) => l.name === 'cni0');
  if (cni0 && cni0.addrs.some((a) => a.cidr.startsWith(`${ip}/`))) return { mac: cni0.mac, by: 'cni0' };
  const pod = s.netns.get(ip);
  return pod ? { mac: pod.mac, by: `${pod.pod.namespace}/${pod.pod.name}`, pod } : undefined;
}

/** The MAC a Pod sends to for `nexthop`, ARPing first if it does not know it. */
export function podNeighbour(k: Kernel, ns: PodNetns, nexthop: string, pkt: Packet): string | undefined {
  const known = ns.neigh.find((n) => n.ip === nexthop);
  if (known) return known.mac;
  const owner = bridgeOwner(k.s, nexthop);
  arpHops(k, pkt, podWhere(ns), 'eth0', { ip: ns.ip, mac: ns.mac }, nexthop, owner);
  // The broadcast and the reply both cross cni0, which learns where each MAC lives.
  learnFdb(k.s, ns.mac, ns.hostVeth);
  if (owner?.pod) learnFdb(k.s, owner.pod.mac, owner.pod.hostVeth);
  if (!owner) return undefined;
  learn(ns.neigh, nexthop, 'eth0', owner.mac, k.now);
  if (owner.pod) learn(owner.pod.neigh, ns.ip, 'eth0', ns.mac, k.now);
  else learn(k.s.neigh, ns.ip, 'cni0', ns.mac, k.now);
  return owner.mac;
}

/** The MAC the host sends to on `dev` for `nexthop` (ARP on cni0 and eth0; flannel.1 entries are permanent). */
export function hostNeighbour(k: Kernel, dev: string, nexthop: string, pkt: Packet): string | undefined {
  const known = k.s.neigh.find((n) => n.ip === nexthop && n.dev === dev);
  if (known) {
    if (!known.permanent && dev === 'eth0') known.confirmedAt = k.now;
    return known.mac;
  }
  const link = k.s.links.find((l) => l.name === dev);
  const src = link?.addrs[0]?.cidr.split('/')[0] ?? k.s.nodeIP;
  let answer: { mac: string; by: string } | undefined;
  if (dev === 'cni0') {
    const owner = bridgeOwner(k.s, nexthop);
    if (owner?.pod) {
      answer = owner;
      learn(owner.pod.neigh, src, 'eth0', link?.mac ?? '', k.now);
      learnFdb(k.s, owner.pod.mac, owner.pod.hostVeth);
    }
  } else {
    const h = k.s.hosts.find((x) => x.ip === nexthop);
    if (h) answer = { mac: h.mac, by: h.name };
  }
  arpHops(k, pkt, 'host', dev, { ip: src, mac: link?.mac ?? '' }, nexthop, answer);
  if (!answer) return undefined;
  learn(k.s.neigh, nexthop, dev, answer.mac, k.now);
  return answer.mac;
}

/** A frame crossing the bridge teaches cni0 which port its source MAC is behind. */
export function learnFdb(s: NodeNetState, mac: string, port: string): void {
  if (s.fdb.some((f) => f.mac === mac && f.dev === port)) return;
  s.fdb = s.fdb.filter((f) => !(f.mac === mac && !f.permanent));
  s.fdb.push({ mac, dev: port, where: 'master', permanent: false });
}
