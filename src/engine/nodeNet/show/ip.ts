// `ip addr`, `ip link`, `ip route`, `ip neigh` and `bridge fdb` as iproute2 6.x prints them
// on a node, and as busybox's `ip` applet prints them inside a Pod (no `state … group …`,
// a different spacing in routes).
import { linkLocal } from '../addr';
import { neighState } from '../walk/kernel';
import { busyboxRouteText, routeText, sortRoutes } from '../walk/routes';
import type { FdbEntry, Link, Neighbour, Route } from '../types';

export type Flavour = 'iproute2' | 'busybox';

function flags(l: Link): string {
  if (l.kind === 'loopback') return 'LOOPBACK,UP,LOWER_UP';
  if (l.state === 'DOWN') return 'BROADCAST,NOARP';
  return 'BROADCAST,MULTICAST,UP,LOWER_UP';
}

function header(l: Link, flavour: Flavour, inPod: boolean): string {
  const name = l.peerIndex !== undefined ? `${l.name}@if${l.peerIndex}` : l.name;
  const fl = flags(l) + (inPod && l.kind === 'veth' && flavour === 'busybox' ? ',M-DOWN' : '');
  if (flavour === 'busybox') return `${l.index}: ${name}: <${fl}> mtu ${l.mtu} qdisc noqueue ${l.kind === 'loopback' ? 'qlen 1000' : ''}`.trimEnd() + (l.kind === 'loopback' ? '' : ' ');
  const qdisc = l.kind === 'ether' ? 'fq_codel' : l.kind === 'dummy' ? 'noop' : 'noqueue';
  const master = l.master ? ` master ${l.master}` : '';
  const qlen = l.kind === 'vxlan' || l.kind === 'dummy' ? ' ' : ' qlen 1000';
  return `${l.index}: ${name}: <${fl}> mtu ${l.mtu} qdisc ${qdisc}${master} state ${l.state} group default${qlen}`.replace(/ $/, ' ');
}

function linkLine(l: Link, flavour: Flavour): string {
  if (l.kind === 'loopback') return '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00';
  const netns = flavour === 'iproute2' && l.linkNetns ? ` link-netns ${l.linkNetns.split('/').pop()}` : '';
  return `    link/ether ${l.mac} brd ff:ff:ff:ff:ff:ff${netns}`;
}

function addrLines(l: Link, flavour: Flavour): string[] {
  const out: string[] = [];
  for (const a of l.addrs) {
    const brd = a.brd ? ` brd ${a.brd}` : '';
    out.push(`    inet ${a.cidr}${brd} scope ${a.scope} ${l.name}`, '       valid_lft forever preferred_lft forever');
  }
  if (l.kind === 'loopback') out.push(`    inet6 ::1/128 scope host ${flavour === 'iproute2' ? 'noprefixroute ' : ''}`, '       valid_lft forever preferred_lft forever');
  else if (l.state !== 'DOWN') out.push(`    inet6 ${linkLocal(l.mac)}/64 scope link `, '       valid_lft forever preferred_lft forever');
  return out;
}

export function ipAddr(links: readonly Link[], flavour: Flavour, inPod: boolean): string {
  const lines: string[] = [];
  for (const l of [...links].sort((a, b) => a.index - b.index)) lines.push(header(l, flavour, inPod), linkLine(l, flavour), ...addrLines(l, flavour));
  return lines.join('\n') + '\n';
}

export function ipLink(links: readonly Link[], flavour: Flavour, inPod: boolean): string {
  const lines: string[] = [];
  for (const l of [...links].sort((a, b) => a.index - b.index)) lines.push(header(l, flavour, inPod), linkLine(l, flavour));
  return lines.join('\n') + '\n';
}

export function ipRoute(routes: readonly Route[], flavour: Flavour): string {
  const text = flavour === 'busybox' ? busyboxRouteText : routeText;
  return sortRoutes(routes).map((r) => text(r) + '\n').join('');
}

/** `ip neigh`: most recently used first, as the kernel's hash walk tends to print them. */
export function ipNeigh(neigh: readonly Neighbour[], now: number): string {
  return [...neigh]
    .reverse()
    .map((n) => `${n.ip} dev ${n.dev} lladdr ${n.mac} ${neighState(n, now)}\n`)
    .join('');
}

export function bridgeFdb(fdb: readonly FdbEntry[]): string {
  return fdb
    .map((f) => {
      const parts = [f.mac, `dev ${f.dev}`];
      if (f.dst) parts.push(`dst ${f.dst}`);
      if (f.vlan !== undefined) parts.push(`vlan ${f.vlan}`);
      parts.push(f.where === 'master' ? 'master cni0' : 'self');
      if (f.permanent) parts.push('permanent');
      return parts.join(' ') + '\n';
    })
    .join('');
}
