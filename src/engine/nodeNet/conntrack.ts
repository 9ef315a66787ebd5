// The connection tracking table of one network namespace (a node's host netns). The nat
// table sees only a connection's first packet; what it decided (DNAT, MASQUERADE) is kept
// here as the reply tuple, and every later packet — and every reply — is rewritten from
// the entry, which is how a Pod's answer comes back "from" the ClusterIP.
import type { Proto } from './iptables/rule';

export interface Tuple {
  src: string;
  dst: string;
  sport: number;
  dport: number;
}

export type CtState = 'SYN_SENT' | 'SYN_RECV' | 'ESTABLISHED' | 'TIME_WAIT' | 'CLOSE' | 'NONE';

export interface CtEntry {
  id: number;
  proto: Proto;
  orig: Tuple;
  reply: Tuple;
  state: CtState;
  /** Packets have been seen in both directions. */
  seenReply: boolean;
  assured: boolean;
  mark: number;
  /** Virtual ms at which the entry expires. */
  expires: number;
  icmpType?: number;
}

export interface Conntrack {
  entries: CtEntry[];
  nextId: number;
  /** `proto|src|sport|dst|dport` of both tuples → entry: the kernel's conntrack hash. */
  index: Map<string, CtEntry>;
}

/** nf_conntrack timeouts, seconds. */
const TIMEOUTS = {
  tcp: { SYN_SENT: 120, SYN_RECV: 60, ESTABLISHED: 432000, TIME_WAIT: 120, CLOSE: 10, NONE: 30 },
  udp: 30,
  udpStream: 120,
  icmp: 30,
};

export function newConntrack(): Conntrack {
  return { entries: [], nextId: 1, index: new Map() };
}

const same = (a: Tuple, b: Tuple): boolean => a.src === b.src && a.dst === b.dst && a.sport === b.sport && a.dport === b.dport;
const keyOf = (proto: Proto, t: Tuple): string => `${proto}|${t.src}|${t.sport}|${t.dst}|${t.dport}`;

/** Find the entry a packet belongs to, and in which direction it travels. */
export function lookup(ct: Conntrack, proto: Proto, t: Tuple, now: number): { entry: CtEntry; dir: 'orig' | 'reply' } | undefined {
  const e = ct.index.get(keyOf(proto, t));
  if (!e || e.expires <= now) return undefined;
  if (same(e.orig, t)) return { entry: e, dir: 'orig' };
  if (same(e.reply, t)) return { entry: e, dir: 'reply' };
  return undefined;
}

/** NAT changed the reply tuple: the table finds the entry by the new one from now on. */
export function setReply(ct: Conntrack, e: CtEntry, reply: Partial<Tuple>): void {
  if (ct.index.get(keyOf(e.proto, e.reply)) === e) ct.index.delete(keyOf(e.proto, e.reply));
  Object.assign(e.reply, reply);
  ct.index.set(keyOf(e.proto, e.reply), e);
}

/** Forget expired entries (the kernel's garbage collection), now and then. */
function collect(ct: Conntrack, now: number): void {
  if (ct.nextId % 256 !== 0) return;
  ct.entries = ct.entries.filter((e) => {
    if (e.expires > now) return true;
    for (const t of [e.orig, e.reply]) if (ct.index.get(keyOf(e.proto, t)) === e) ct.index.delete(keyOf(e.proto, t));
    return false;
  });
}

/** A new connection: the reply tuple starts as the mirror of the original. */
export function track(ct: Conntrack, proto: Proto, t: Tuple, now: number, icmpType?: number): CtEntry {
  collect(ct, now);
  const entry: CtEntry = {
    id: ct.nextId++,
    proto,
    orig: { ...t },
    reply: { src: t.dst, dst: t.src, sport: t.dport, dport: t.sport },
    state: proto === 'tcp' ? 'SYN_SENT' : 'NONE',
    seenReply: false,
    assured: false,
    mark: 0,
    expires: 0,
    ...(icmpType !== undefined ? { icmpType } : {}),
  };
  refresh(entry, now);
  ct.entries.push(entry);
  ct.index.set(keyOf(proto, entry.orig), entry);
  ct.index.set(keyOf(proto, entry.reply), entry);
  return entry;
}

export function refresh(e: CtEntry, now: number): void {
  const secs = e.proto === 'tcp' ? TIMEOUTS.tcp[e.state] : e.proto === 'udp' ? (e.assured ? TIMEOUTS.udpStream : TIMEOUTS.udp) : TIMEOUTS.icmp;
  e.expires = now + secs * 1000;
}

/** A packet of the entry went by: advance the TCP state machine and the timers. */
export function seen(e: CtEntry, dir: 'orig' | 'reply', flags: string | undefined, now: number): void {
  if (dir === 'reply') {
    if (e.seenReply && e.proto === 'udp') e.assured = true;
    e.seenReply = true;
  }
  if (e.proto === 'tcp') {
    if (flags === 'SYN,ACK' && dir === 'reply') e.state = 'SYN_RECV';
    else if (flags?.includes('RST')) e.state = 'CLOSE';
    else if (flags?.includes('FIN')) e.state = 'TIME_WAIT';
    else if (e.state === 'SYN_RECV' && dir === 'orig') {
      e.state = 'ESTABLISHED';
      e.assured = true;
    }
  }
  refresh(e, now);
}

/** The connection is over (FIN both ways): TIME_WAIT, then it expires. */
export function close(e: CtEntry, now: number): void {
  if (e.proto === 'tcp' && e.state !== 'CLOSE') e.state = 'TIME_WAIT';
  refresh(e, now);
}

/** Whether NAT changed the entry (DNAT: reply source differs; SNAT: reply destination). */
export function isDnat(e: CtEntry): boolean {
  return e.reply.src !== e.orig.dst || e.reply.sport !== e.orig.dport;
}

export function isSnat(e: CtEntry): boolean {
  return e.reply.dst !== e.orig.src || e.reply.dport !== e.orig.sport;
}

const PROTO_NUM: Record<Proto, number> = { tcp: 6, udp: 17, icmp: 1 };

function tupleText(e: CtEntry, t: Tuple, reply: boolean): string {
  if (e.proto === 'icmp') {
    const type = reply ? 0 : (e.icmpType ?? 8);
    return `src=${t.src} dst=${t.dst} type=${type} code=0 id=${t.sport}`;
  }
  return `src=${t.src} dst=${t.dst} sport=${t.sport} dport=${t.dport}`;
}

/** `conntrack -L`, as conntrack-tools prints the table. */
export function conntrackList(ct: Conntrack, now: number): { text: string; count: number } {
  const live = ct.entries.filter((e) => e.expires > now);
  const lines = live.map((e) => {
    const left = Math.max(0, Math.ceil((e.expires - now) / 1000));
    const head = `${e.proto.padEnd(8)} ${PROTO_NUM[e.proto]} ${left} ${e.proto === 'tcp' ? `${e.state} ` : ''}`;
    const unreplied = e.seenReply ? '' : '[UNREPLIED] ';
    const assured = e.assured ? '[ASSURED] ' : '';
    return `${head}${tupleText(e, e.orig, false)} ${unreplied}${tupleText(e, e.reply, true)} ${assured}mark=${e.mark} use=1`;
  });
  return { text: lines.map((l) => l + '\n').join(''), count: live.length };
}
