// A node's kernel networking as data: links, addresses, routes, neighbours, the bridge
// forwarding database, the Pods' network namespaces, listening sockets, netfilter tables,
// IPVS and conntrack. One `nodeNet/<node>` actor owns it; everything else asks by message.
import type { Conntrack } from './conntrack';
import type { Proto } from './iptables/rule';
import type { RuleSet, Tables } from './iptables/tables';

export interface Addr {
  cidr: string;
  scope: 'host' | 'global' | 'link';
  brd?: string;
}

export interface Link {
  index: number;
  name: string;
  kind: 'loopback' | 'ether' | 'bridge' | 'vxlan' | 'veth' | 'dummy';
  mac: string;
  mtu: number;
  /** `state UP` for real carriers, `state UNKNOWN` for lo, vxlan and dummy devices. */
  state: 'UP' | 'UNKNOWN' | 'DOWN';
  master?: string;
  /** veth: the peer's ifindex and the namespace it lives in. */
  peerIndex?: number;
  linkNetns?: string;
  addrs: Addr[];
  vxlan?: { id: number; local: string; dev: string; port: number };
}

export interface Route {
  /** `default` or a CIDR. */
  dst: string;
  via?: string;
  dev: string;
  proto?: 'kernel' | 'static';
  scope?: 'link' | 'host';
  src?: string;
  onlink?: boolean;
}

export interface Neighbour {
  ip: string;
  dev: string;
  mac: string;
  permanent?: boolean;
  /** Virtual ms of the last confirmation: REACHABLE for 30s, then STALE. */
  confirmedAt: number;
}

export interface FdbEntry {
  mac: string;
  dev: string;
  /** vxlan: the remote VTEP's address. */
  dst?: string;
  /** Printed `master cni0` (bridge table) or `self` (the device's own table). */
  where: 'master' | 'self';
  permanent: boolean;
  vlan?: number;
}

export interface PodNetns {
  /** `cni-<uuid>`, the name containerd gave the namespace. */
  name: string;
  sandboxId: string;
  pod: { namespace: string; name: string; uid: string };
  ip: string;
  mac: string;
  gateway: string;
  hostVeth: string;
  hostIndex: number;
  eth0Index: number;
  routes: Route[];
  neigh: Neighbour[];
}

export interface SocketOwner {
  /** The runtime that runs the listening process. */
  runtime: string;
  containerId: string;
  /** Sockets whose answers come from elsewhere than an HTTP handler. */
  app?: 'coredns' | 'kube-proxy';
}

/** A machine on the lab network: a node, or the laptop. */
export interface WireHost {
  name: string;
  address: string;
  ip: string;
  mac: string;
}

export interface FlannelPeer {
  node: string;
  podCIDR: string;
  publicIP: string;
  vtepMac: string;
}

/** IPVS as kube-proxy's ipvs mode programs it. */
export interface IpvsService {
  vip: string;
  port: number;
  proto: Proto;
  scheduler: 'rr';
  reals: { ip: string; port: number; weight: number }[];
  /** Round-robin position. */
  next: number;
}

export interface NodeNetState {
  node: string;
  role: 'node' | 'external';
  nodeIP: string;
  podCIDR?: string;
  clusterCIDR: string;
  links: Link[];
  routes: Route[];
  neigh: Neighbour[];
  fdb: FdbEntry[];
  /** Pod network namespaces by Pod IP. */
  netns: Map<string, PodNetns>;
  /** Listening sockets: `<pod IP or "host">|<proto>|<port>` → owner. */
  sockets: Map<string, SocketOwner>;
  /** Each writer's rules, and the composed tables. */
  ruleSets: Map<string, RuleSet>;
  tables: Tables;
  ipvs: IpvsService[];
  ipsets: Map<string, Set<string>>;
  conntrack: Conntrack;
  nextIndex: number;
  peers: Map<string, FlannelPeer>;
  hosts: WireHost[];
  vtepMac: string;
  /** Extra addresses ARP answers for on eth0 (a LoadBalancer VIP announced here). */
  announced: Set<string>;
}

export type Payload =
  | { kind: 'http-request'; method: string; path: string; headers: Record<string, string> }
  | { kind: 'http-response'; status: number; headers: Record<string, string>; body: string; statusLine?: string }
  | { kind: 'dns-query'; name: string }
  | { kind: 'dns-answer'; name: string; rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL'; ips: string[] }
  | { kind: 'echo'; bytes: number }
  | { kind: 'none' };

export interface Outer {
  ethSrc: string;
  ethDst: string;
  src: string;
  dst: string;
  ttl: number;
  sport: number;
  dport: number;
  vni: number;
}

export interface Packet {
  /** The exchange this packet belongs to (one curl, one DNS query, one ping): hops group by it. */
  walk: string;
  /** Running hop number across nodes. */
  hop: number;
  /** What the packet is in the exchange: SYN, SYN-ACK, request, response, RST, query, … */
  segment: string;
  ethSrc: string;
  ethDst: string;
  src: string;
  dst: string;
  ttl: number;
  proto: Proto;
  sport: number;
  dport: number;
  flags?: string;
  icmp?: { type: number; code: number; id: number; seq: number };
  payload: Payload;
  mark: number;
  outer?: Outer;
  /** An ICMP error carries the header of the packet it is about. */
  related?: { src: string; dst: string; sport: number; dport: number; proto: Proto };
  /** Times the exchange has crossed the lab network so far (for a realistic round-trip time). */
  wires: number;
}
