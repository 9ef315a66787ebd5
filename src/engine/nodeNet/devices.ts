// The devices of a node's host network namespace and of each Pod's namespace, created the
// way the real programs create them: eth0 by the machine, flannel.1 by flanneld (VXLAN
// VNI 1, UDP 8472, MTU 1450, one /32 from the node's subnet), cni0 by the bridge plugin
// with the first Pod, and one veth pair per Pod — `eth0` inside, `veth` + 8 hex on cni0.
import type { Rng } from '../runtime/rng';
import { broadcastOf, firstHost, LAPTOP_IP, LAPTOP_MAC, networkOf } from './addr';
import { newConntrack } from './conntrack';
import { compose } from './iptables/tables';
import type { Link, NodeNetState, PodNetns, Route, WireHost } from './types';

export const CLUSTER_CIDR = '10.244.0.0/16';
export const VXLAN_PORT = 8472;
export const VXLAN_MTU = 1450;
export const FLANNEL_DEV = 'flannel.1';
export const BRIDGE = 'cni0';

export interface NodeNetSetup {
  node: string;
  role: 'node' | 'external';
  nodeIP: string;
  podCIDR?: string;
  hosts: WireHost[];
}

function loopback(): Link {
  return { index: 1, name: 'lo', kind: 'loopback', mac: '00:00:00:00:00:00', mtu: 65536, state: 'UNKNOWN', addrs: [{ cidr: '127.0.0.1/8', scope: 'host' }] };
}

/** A freshly booted machine: lo and eth0 (vboxnet0 on the laptop); flanneld and CNI add the rest. */
export function initialState(setup: NodeNetSetup): NodeNetState {
  const self = setup.hosts.find((h) => h.name === setup.node);
  const external = setup.role === 'external';
  const ethName = external ? 'vboxnet0' : 'eth0';
  const mac = self?.mac ?? LAPTOP_MAC;
  const links: Link[] = [loopback(), { index: 2, name: ethName, kind: 'ether', mac, mtu: 1500, state: 'UP', addrs: [{ cidr: `${setup.nodeIP}/24`, scope: 'global', brd: '192.168.56.255' }] }];
  const routes: Route[] = [{ dst: '192.168.56.0/24', dev: ethName, proto: 'kernel', scope: 'link', src: setup.nodeIP }];
  if (!external) routes.unshift({ dst: 'default', via: LAPTOP_IP, dev: 'eth0', proto: 'static' });
  const neigh = setup.hosts.filter((h) => h.name !== setup.node).map((h) => ({ ip: h.ip, dev: ethName, mac: h.mac, confirmedAt: -Infinity }));
  const fdb = external ? [] : ['33:33:00:00:00:01', '01:00:5e:00:00:01', `33:33:ff:${mac.slice(9)}`].map((m) => ({ mac: m, dev: 'eth0', where: 'self' as const, permanent: true }));
  return {
    node: setup.node,
    role: setup.role,
    nodeIP: setup.nodeIP,
    ...(setup.podCIDR ? { podCIDR: setup.podCIDR } : {}),
    clusterCIDR: CLUSTER_CIDR,
    links,
    routes,
    neigh,
    fdb,
    netns: new Map(),
    sockets: new Map(),
    ruleSets: new Map(),
    tables: compose([]),
    ipvs: [],
    ipsets: new Map(),
    conntrack: newConntrack(),
    nextIndex: 3,
    peers: new Map(),
    hosts: setup.hosts,
    vtepMac: '',
    announced: new Set(),
  };
}

export function linkByName(s: NodeNetState, name: string): Link | undefined {
  return s.links.find((l) => l.name === name);
}

/** flanneld creates flannel.1: VXLAN VNI 1 on eth0, UDP 8472, MTU 1450, the subnet's .0/32. */
export function addVtep(s: NodeNetState, vtepMac: string): Link {
  const existing = linkByName(s, FLANNEL_DEV);
  if (existing) return existing;
  const link: Link = {
    index: s.nextIndex++,
    name: FLANNEL_DEV,
    kind: 'vxlan',
    mac: vtepMac,
    mtu: VXLAN_MTU,
    state: 'UNKNOWN',
    addrs: [{ cidr: `${networkOf(s.podCIDR ?? '10.244.0.0/24')}/32`, scope: 'global' }],
    vxlan: { id: 1, local: s.nodeIP, dev: 'eth0', port: VXLAN_PORT },
  };
  s.links.push(link);
  s.vtepMac = vtepMac;
  return link;
}

/** The bridge plugin creates cni0 with the gateway address the first time a Pod is added. */
export function ensureBridge(s: NodeNetState, rng: Rng): { link: Link; created: boolean } {
  const existing = linkByName(s, BRIDGE);
  if (existing) return { link: existing, created: false };
  const cidr = s.podCIDR ?? '10.244.0.0/24';
  const link: Link = { index: s.nextIndex++, name: BRIDGE, kind: 'bridge', mac: rng.mac(), mtu: VXLAN_MTU, state: 'UP', addrs: [{ cidr: `${firstHost(cidr)}/24`, scope: 'global', brd: broadcastOf(cidr) }] };
  s.links.push(link);
  s.routes.push({ dst: cidr, dev: BRIDGE, proto: 'kernel', scope: 'link', src: firstHost(cidr) });
  s.fdb.push({ mac: link.mac, dev: BRIDGE, where: 'master', permanent: true, vlan: 1 }, { mac: link.mac, dev: BRIDGE, where: 'master', permanent: true });
  return { link, created: true };
}

export interface VethPlan {
  sandboxId: string;
  pod: PodNetns['pod'];
  netns: string;
  ip: string;
  mac: string;
  hostVeth: string;
}

/** The bridge plugin's ADD: veth pair, address, routes — the Pod's side of the network. */
export function addPod(s: NodeNetState, plan: VethPlan, rng: Rng): PodNetns {
  const cidr = s.podCIDR ?? '10.244.0.0/24';
  const gateway = firstHost(cidr);
  const hostIndex = s.nextIndex++;
  const vethMac = rng.mac();
  s.links.push({ index: hostIndex, name: plan.hostVeth, kind: 'veth', mac: vethMac, mtu: VXLAN_MTU, state: 'UP', master: BRIDGE, peerIndex: 2, linkNetns: plan.netns, addrs: [] });
  s.fdb.push({ mac: vethMac, dev: plan.hostVeth, where: 'master', permanent: true, vlan: 1 }, { mac: vethMac, dev: plan.hostVeth, where: 'master', permanent: true });
  const ns: PodNetns = {
    name: plan.netns,
    sandboxId: plan.sandboxId,
    pod: plan.pod,
    ip: plan.ip,
    mac: plan.mac,
    gateway,
    hostVeth: plan.hostVeth,
    hostIndex,
    eth0Index: 2,
    routes: [
      { dst: 'default', via: gateway, dev: 'eth0' },
      { dst: CLUSTER_CIDR, via: gateway, dev: 'eth0' },
      { dst: cidr, dev: 'eth0', proto: 'kernel', scope: 'link', src: plan.ip },
    ],
    neigh: [],
  };
  s.netns.set(plan.ip, ns);
  return ns;
}

/** DEL: the veth pair goes with the namespace; what the host learned about the Pod goes too. */
export function removePod(s: NodeNetState, sandboxId: string): PodNetns | undefined {
  const ns = [...s.netns.values()].find((n) => n.sandboxId === sandboxId);
  if (!ns) return undefined;
  s.netns.delete(ns.ip);
  s.links = s.links.filter((l) => l.name !== ns.hostVeth);
  s.fdb = s.fdb.filter((f) => f.dev !== ns.hostVeth);
  s.neigh = s.neigh.filter((n) => !(n.ip === ns.ip && n.dev === BRIDGE));
  for (const key of [...s.sockets.keys()]) if (key.startsWith(`${ns.ip}|`)) s.sockets.delete(key);
  return ns;
}

export function podLinks(ns: PodNetns): Link[] {
  const cidr = ns.routes.find((r) => r.proto === 'kernel')?.dst ?? '10.244.0.0/24';
  return [
    loopback(),
    { index: ns.eth0Index, name: 'eth0', kind: 'veth', mac: ns.mac, mtu: VXLAN_MTU, state: 'UP', peerIndex: ns.hostIndex, addrs: [{ cidr: `${ns.ip}/24`, scope: 'global', brd: broadcastOf(cidr) }] },
  ];
}

/** Every address the host netns owns (what `addrtype --dst-type LOCAL` matches). */
export function localAddresses(s: NodeNetState): string[] {
  const out = ['127.0.0.1'];
  for (const l of s.links) for (const a of l.addrs) out.push(a.cidr.split('/')[0]!);
  return out;
}
