// The views network tools read: a node's host namespace in full (iproute2 flavour, plus
// bridge, iptables, conntrack and ipvs), and a Pod's namespace (busybox flavour).
import { conntrackList } from '../conntrack';
import { podLinks } from '../devices';
import { iptablesSave } from '../iptables/tables';
import type { NodeNetState, PodNetns, Route } from '../types';
import { lookupRoute } from '../walk/routes';
import type { NetView } from '../tools/view';
import { bridgeFdb, ipAddr, ipLink, ipNeigh, ipRoute, type Flavour } from './ip';
import { ipvsadmList } from './ipvs';

/** The host namespace, as the node's own tools (iproute2) or a host-network Pod's (`flavour`) print it. */
export function nodeView(s: NodeNetState, now: () => number, epoch: number, flavour: Flavour = 'iproute2'): NetView {
  return {
    kind: 'node',
    addr: () => ipAddr(s.links, flavour, false),
    link: () => ipLink(s.links, flavour, false),
    route: () => ipRoute(s.routes, flavour),
    neigh: () => ipNeigh(s.neigh, now()),
    hasRoute: (dst) => routable(s.routes, dst),
    fdb: () => bridgeFdb(s.fdb),
    iptablesSave: (table) => iptablesSave(s.tables, table, epoch + now()),
    conntrack: () => conntrackList(s.conntrack, now()),
    ipvsadm: () => ipvsadmList(s.ipvs),
  };
}

/** What a Pod's `ip` shows: from the namespace the CNI plugin set up. */
export function podView(ns: Pick<PodNetns, 'ip' | 'mac' | 'hostIndex' | 'eth0Index' | 'routes' | 'neigh' | 'name' | 'gateway' | 'hostVeth' | 'sandboxId' | 'pod'>, flavour: Flavour, now: () => number): NetView {
  // Every container start makes a view; few are ever asked, so the links wait until then.
  let links: ReturnType<typeof podLinks> | undefined;
  const linksOf = () => (links ??= podLinks(ns as PodNetns));
  return {
    kind: 'pod',
    addr: () => ipAddr(linksOf(), flavour, true),
    link: () => ipLink(linksOf(), flavour, true),
    route: () => ipRoute(ns.routes, flavour),
    neigh: () => ipNeigh(ns.neigh, now()),
    hasRoute: (dst) => routable(ns.routes, dst),
  };
}

/** The local table always holds 127.0.0.0/8; anything else needs a route in the main table. */
function routable(routes: readonly Route[], dst: string): boolean {
  return dst.startsWith('127.') || lookupRoute(routes, dst) !== undefined;
}
