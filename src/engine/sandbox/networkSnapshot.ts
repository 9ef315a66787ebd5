import type { NodeNetState } from '../nodeNet/types';
import { routeText, sortRoutes } from '../nodeNet/walk/routes';

/** A node's kernel networking as plain data, for the viz and for tests. */
export interface NodeNetworkSnapshot {
  links: { index: number; name: string; kind: string; mac: string; mtu: number; master?: string; addrs: string[] }[];
  routes: string[];
  /** Pod network namespaces wired to cni0. */
  pods: { ip: string; mac: string; hostVeth: string; namespace: string; name: string; uid: string }[];
  /** Listening sockets: `<pod IP or host>|<proto>|<port>`. */
  sockets: string[];
  conntrackEntries: number;
}

export function networkSnapshot(s: NodeNetState): NodeNetworkSnapshot {
  return {
    links: s.links.map((l) => ({ index: l.index, name: l.name, kind: l.kind, mac: l.mac, mtu: l.mtu, ...(l.master ? { master: l.master } : {}), addrs: l.addrs.map((a) => a.cidr) })),
    routes: sortRoutes(s.routes).map(routeText),
    pods: [...s.netns.values()].map((n) => ({ ip: n.ip, mac: n.mac, hostVeth: n.hostVeth, namespace: n.pod.namespace, name: n.pod.name, uid: n.pod.uid })).sort((a, b) => (a.ip < b.ip ? -1 : 1)),
    sockets: [...s.sockets.keys()].sort(),
    conntrackEntries: s.conntrack.entries.length,
  };
}
