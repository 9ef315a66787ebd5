// Packet walks as the engine traces them: one `packet.hop` event per place a packet passes
// (a device, a netfilter hook, the routing decision, the wire), grouped by walk id. A walk
// is one connection or exchange: ARP, the TCP handshake, the request and the response,
// or a DNS query and its answer. Segments are the packets of a walk, in order.
import type { TraceEvent } from '../../engine';

/** The outer headers of a VXLAN-encapsulated frame (flannel.1 → the wire → flannel.1). */
export interface OuterHeaders {
  ethSrc: string;
  ethDst: string;
  ipSrc: string;
  ipDst: string;
  ttl?: number;
  sport?: number;
  dport?: number;
  vni?: number;
}

export interface Hop {
  seq: number;
  t: number;
  from: string;
  to: string;
  walk: string;
  hop: number;
  /** The packet: `ARP`, `SYN`, `SYN-ACK`, `request`, `response`, `query`, `answer`, … */
  segment: string;
  /** The node (or `laptop`) whose kernel handled the packet. */
  node: string;
  /** `pod:<namespace>/<name>`, `host` or `wire`. */
  netns: string;
  device: string;
  action: string;
  ethSrc: string;
  ethDst: string;
  ipSrc: string;
  ipDst: string;
  ttl?: number;
  proto: string;
  sport?: number;
  dport?: number;
  flags?: string;
  icmpType?: number;
  icmpCode?: number;
  iface?: string;
  rule?: string;
  chain?: string;
  note?: string;
  outer?: OuterHeaders;
}

export interface Walk {
  id: string;
  hops: readonly Hop[];
  /** Trace position and virtual time of the first hop. */
  firstSeq: number;
  t: number;
}

export type Direction = 'forward' | 'reply' | 'arp';

/** A run of consecutive hops of one packet (an ARP exchange in the middle splits a run). */
export interface SegmentRun {
  index: number;
  name: string;
  dir: Direction;
  /** Hop indices (into `walk.hops`), inclusive. */
  first: number;
  last: number;
}

type Detail = NonNullable<TraceEvent['detail']>;
const str = (d: Detail, k: string): string => (d[k] === undefined || d[k] === null ? '' : String(d[k]));
const num = (d: Detail, k: string): number | undefined => (typeof d[k] === 'number' ? (d[k] as number) : undefined);

function outerOf(d: Detail): OuterHeaders | undefined {
  if (d.outerIpSrc === undefined) return undefined;
  const o: OuterHeaders = { ethSrc: str(d, 'outerEthSrc'), ethDst: str(d, 'outerEthDst'), ipSrc: str(d, 'outerIpSrc'), ipDst: str(d, 'outerIpDst') };
  for (const [k, from] of [
    ['ttl', 'outerTtl'],
    ['sport', 'outerSport'],
    ['dport', 'outerDport'],
    ['vni', 'vni'],
  ] as const) {
    const v = num(d, from);
    if (v !== undefined) o[k] = v;
  }
  return o;
}

/** A `packet.hop` trace event as a typed hop; undefined for any other event. */
export function toHop(e: TraceEvent): Hop | undefined {
  const d = e.detail;
  if (e.kind !== 'packet.hop' || !d || d.walk === undefined || d.walk === null) return undefined;
  const hop: Hop = {
    seq: e.seq,
    t: e.t,
    from: e.from,
    to: e.to,
    walk: String(d.walk),
    hop: num(d, 'hop') ?? 0,
    segment: str(d, 'segment'),
    node: str(d, 'node'),
    netns: str(d, 'netns') || 'host',
    device: str(d, 'device'),
    action: str(d, 'action'),
    ethSrc: str(d, 'ethSrc'),
    ethDst: str(d, 'ethDst'),
    ipSrc: str(d, 'ipSrc'),
    ipDst: str(d, 'ipDst'),
    proto: str(d, 'proto'),
  };
  for (const k of ['ttl', 'sport', 'dport', 'icmpType', 'icmpCode'] as const) {
    const v = num(d, k);
    if (v !== undefined) hop[k] = v;
  }
  for (const k of ['flags', 'iface', 'rule', 'chain', 'note'] as const) if (str(d, k)) hop[k] = str(d, k);
  const outer = outerOf(d);
  if (outer) hop.outer = outer;
  return hop;
}

/**
 * The walks of a trace, kept up to date as the trace grows: only new events are read.
 * A different trace array (time travel replays into a fresh sandbox) starts over.
 */
export class WalkIndex {
  private source: readonly TraceEvent[] | undefined;
  private scanned = 0;
  private walks: Walk[] = [];
  private byId = new Map<string, number>();

  update(trace: readonly TraceEvent[]): readonly Walk[] {
    if (trace !== this.source || trace.length < this.scanned) {
      this.source = trace;
      this.scanned = 0;
      this.walks = [];
      this.byId.clear();
    }
    if (this.scanned === trace.length) return this.walks;
    const fresh = new Map<number, Hop[]>();
    for (let i = this.scanned; i < trace.length; i++) {
      const hop = toHop(trace[i]!);
      if (!hop) continue;
      let at = this.byId.get(hop.walk);
      if (at === undefined) {
        at = this.walks.length;
        this.byId.set(hop.walk, at);
        this.walks.push({ id: hop.walk, hops: [], firstSeq: hop.seq, t: hop.t });
      }
      fresh.set(at, [...(fresh.get(at) ?? []), hop]);
    }
    this.scanned = trace.length;
    if (fresh.size === 0) return this.walks;
    // Changed walks are new objects (and the list a new array), so views that read them redraw.
    this.walks = this.walks.map((w, i) => (fresh.has(i) ? { ...w, hops: [...w.hops, ...fresh.get(i)!] } : w));
    return this.walks;
  }
}

/** The client's address: the source of the walk's first IP packet. */
export function clientIP(walk: Walk): string | undefined {
  return walk.hops.find((h) => h.segment !== 'ARP')?.ipSrc;
}

/** The address and port the client asked for, before any NAT: the first IP packet's destination. */
export function requestedTarget(walk: Walk): { ip: string; port?: number; proto: string } | undefined {
  const h = walk.hops.find((x) => x.segment !== 'ARP');
  return h ? { ip: h.ipDst, ...(h.dport !== undefined ? { port: h.dport } : {}), proto: h.proto } : undefined;
}

const runCache = new WeakMap<Walk, SegmentRun[]>();

/**
 * The packets of a walk in order. A packet sent by the client goes forward, one sent back
 * to it is a reply (told by its source where it was first seen, before any NAT); ARP is
 * neither. An ARP exchange in the middle of a packet's way splits it into two runs.
 */
export function segmentRuns(walk: Walk): SegmentRun[] {
  const cached = runCache.get(walk);
  if (cached) return cached;
  const client = clientIP(walk);
  const origin = new Map<string, string>();
  for (const h of walk.hops) if (!origin.has(h.segment)) origin.set(h.segment, h.ipSrc);
  const dirOf = (name: string): Direction => (name === 'ARP' ? 'arp' : origin.get(name) === client ? 'forward' : 'reply');
  const runs: SegmentRun[] = [];
  walk.hops.forEach((h, i) => {
    const last = runs[runs.length - 1];
    if (last && last.name === h.segment) last.last = i;
    else runs.push({ index: runs.length, name: h.segment, dir: dirOf(h.segment), first: i, last: i });
  });
  runCache.set(walk, runs);
  return runs;
}

/** The run a hop belongs to. */
export function runOf(walk: Walk, index: number): SegmentRun | undefined {
  return segmentRuns(walk).find((r) => index >= r.first && index <= r.last);
}

/**
 * The same packet one hop earlier: ARP frames are their own packets; an ARP exchange
 * between two hops of a packet is skipped over. Undefined where the packet starts.
 */
export function previousOfPacket(walk: Walk, index: number): Hop | undefined {
  const hop = walk.hops[index];
  if (!hop || hop.segment === 'ARP') return undefined;
  for (let i = index - 1; i >= 0; i--) {
    const h = walk.hops[i]!;
    if (h.segment === 'ARP') continue;
    return h.segment === hop.segment ? h : undefined;
  }
  return undefined;
}

/** The pod a `pod:<ns>/<name>` network namespace belongs to. */
export function podOfNetns(netns: string): { namespace: string; name: string } | undefined {
  const m = /^pod:([^/]+)\/(.+)$/.exec(netns);
  return m ? { namespace: m[1]!, name: m[2]! } : undefined;
}
