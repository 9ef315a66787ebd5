// The messages a node's network stack takes: configuration from the programs that own
// parts of it (the CNI plugins, flanneld, kube-proxy), sockets and connections from the
// container runtime's processes, frames from the lab network, and answers from the
// applications it delivered requests to.
import type { ConnResult } from './l4';
import type { Proto } from './iptables/rule';
import type { RuleSet } from './iptables/tables';
import type { VethPlan } from './devices';
import type { Flavour } from './show/ip';
import type { FlannelPeer, IpvsService, Packet, Payload, SocketOwner } from './types';

export interface HttpRequestData {
  method: string;
  path: string;
  headers: Record<string, string>;
}

export type ConnectRequest =
  | { kind: 'http'; dst: string; port: number; request: HttpRequestData }
  | { kind: 'dns'; dst: string; port: number; name: string }
  | { kind: 'ping'; dst: string; id: number; seq: number };

/** What a netlink dump asks the kernel for: `ip addr|link|route|neigh`, `bridge fdb`. */
export type NetlinkDump = 'addr' | 'link' | 'route' | 'neigh' | 'fdb';

export type NodeNetEvent =
  | { type: 'net.podAdd'; requestId: string; replyTo: string; plan: VethPlan }
  | { type: 'net.podDel'; requestId: string; replyTo: string; sandboxId: string }
  | { type: 'flannel.up'; vtepMac: string }
  | { type: 'flannel.peer'; peer: FlannelPeer; deleted?: boolean }
  | { type: 'iptables.restore'; owner: string; ruleSet: RuleSet }
  | { type: 'ipvs.sync'; services: IpvsService[]; ipsets: Record<string, string[]>; addrs: string[] }
  | { type: 'userspace.sync'; ports: { proxyPort: number; proto: 'tcp' | 'udp'; spn: string; backends: { ip: string; port: number }[] }[] }
  | { type: 'net.bind'; netns: string; proto: Proto; port: number; owner: SocketOwner }
  | { type: 'net.unbind'; netns: string; proto: Proto; port: number; containerId: string }
  /** A process of this machine has exited: the kernel closes every socket it still held. */
  | { type: 'net.release'; containerId: string }
  /** A program of this machine opens a listening socket and wants to know it got it (port 0: the kernel picks one). */
  | { type: 'net.listen'; requestId: string; replyTo: string; netns: string; proto: Proto; port: number; owner: SocketOwner; unprivileged?: boolean }
  | ({ type: 'net.connect'; requestId: string; replyTo: string; netns: string; timeoutMs: number } & ConnectRequest)
  | { type: 'net.frame'; pkt: Packet }
  /** An ICMP error this node sends late (after a failed ARP). */
  | { type: 'net.icmp'; pkt: Packet }
  | { type: 'net.announce'; ips: string[] }
  | { type: 'net.garp'; ip: string; mac: string }
  | { type: 'net.served'; deliveryId: string; payload?: Payload }
  | { type: 'dns.answer'; deliveryId: string; payload: Payload }
  | { type: 'net.timeout'; walk: string; error?: 'EHOSTUNREACH' }
  | { type: 'net.dump'; requestId: string; replyTo: string; what: NetlinkDump; flavour: Flavour }
  | { type: 'node.exec'; job: string; argv: string[] }
  | { type: 'node.wake'; job: string; token: number };

export interface NetResult {
  type: 'net.result';
  requestId: string;
  result: ConnResult;
  /** Virtual ms from connect to answer. */
  elapsedMs: number;
  /** A realistic round-trip time for the exchange, for ping's `time=`. */
  rttMs: number;
}

/** The answer to `net.listen`: the port now listened on, or bind's error. */
export interface NetListening {
  type: 'net.listening';
  requestId: string;
  port: number;
  error?: 'EADDRINUSE' | 'EACCES';
}

/** What the node's shell prints; the sandbox listens for these. */
export type NodeShellEmitted =
  | { type: 'node.output'; job: string; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'node.exit'; job: string; code: number };
