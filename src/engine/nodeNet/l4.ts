// What the kernel does when a packet reaches a namespace it is addressed to. A listening
// TCP socket gets the handshake done by the kernel (SYN → SYN-ACK) and the request handed
// to the process; no socket means RST (TCP) or ICMP port unreachable (UDP); ping is
// answered by the kernel. A packet for a connection this node started completes it.
import type { Proto } from './iptables/rule';
import type { Kernel } from './walk/kernel';
import { podWhere } from './walk/kernel';
import type { Packet, Payload, SocketOwner } from './types';

export interface ClientConn {
  walk: string;
  kind: 'http' | 'dns' | 'ping';
  /** `host` or the Pod's IP: which namespace the client lives in. */
  netns: string;
  proto: Proto;
  local: { ip: string; port: number };
  remote: { ip: string; port: number };
  replyTo: string;
  requestId: string;
  request: Payload;
  state: 'syn-sent' | 'requested' | 'done';
  startedAt: number;
  /** Wire crossings so far, for a realistic round-trip time. */
  hops: number;
}

export type ConnResult =
  | { ok: true; kind: 'http'; status: number; headers: Record<string, string>; body: string; statusLine?: string; ip: string }
  | { ok: true; kind: 'dns'; rcode: string; ips: string[]; name: string; server: string }
  | { ok: true; kind: 'ping'; ttl: number; from: string }
  | { ok: true; kind: 'netlink'; text: string }
  | { ok: false; error: string; ip: string };

export type L4Out =
  | { kind: 'send'; netns: string; pkt: Packet }
  | { kind: 'app'; owner: SocketOwner; netns: string; pkt: Packet }
  | { kind: 'done'; conn: ClientConn; result: ConnResult }
  | { kind: 'none' };

export function socketKey(netns: string, proto: string, port: number): string {
  return `${netns}|${proto}|${port}`;
}

export function where(k: Kernel, netns: string): string {
  const ns = k.s.netns.get(netns);
  return ns ? podWhere(ns) : 'host';
}

/** A packet the kernel answers with, from the namespace that got `pkt`. */
export function answer(pkt: Packet, segment: string, over: Partial<Packet>): Packet {
  return {
    walk: pkt.walk,
    hop: pkt.hop,
    segment,
    ethSrc: '',
    ethDst: '',
    src: pkt.dst,
    dst: pkt.src,
    ttl: 64,
    proto: pkt.proto,
    sport: pkt.dport,
    dport: pkt.sport,
    payload: { kind: 'none' },
    mark: 0,
    wires: pkt.wires,
    ...over,
  };
}

function findConn(conns: Map<string, ClientConn>, netns: string, pkt: Packet): ClientConn | undefined {
  for (const c of conns.values()) {
    if (c.netns !== netns || c.state === 'done') continue;
    if (pkt.icmp?.type === 3 && pkt.related) {
      if (pkt.related.src === c.local.ip && pkt.related.sport === c.local.port && pkt.related.proto === c.proto) return c;
      continue;
    }
    if (c.proto !== pkt.proto) continue;
    if (c.proto === 'icmp') {
      if (pkt.icmp?.type === 0 && pkt.icmp.id === c.local.port) return c;
      continue;
    }
    if (pkt.dst === c.local.ip && pkt.dport === c.local.port) return c;
  }
  return undefined;
}

/** The packet reached its namespace's transport layer. */
export function receive(k: Kernel, conns: Map<string, ClientConn>, netns: string, pkt: Packet): L4Out {
  const conn = findConn(conns, netns, pkt);
  if (conn) return clientReceive(k, conn, netns, pkt);
  const w = where(k, netns);
  if (pkt.proto === 'icmp') {
    if (pkt.icmp?.type !== 8) return { kind: 'none' };
    k.log.add(pkt, { netns: w, device: 'icmp', action: 'echo', note: 'the kernel answers the echo request itself' });
    return { kind: 'send', netns, pkt: answer(pkt, 'echo-reply', { icmp: { type: 0, code: 0, id: pkt.icmp.id, seq: pkt.icmp.seq }, payload: pkt.payload }) };
  }
  const owner = k.s.sockets.get(socketKey(netns, pkt.proto, pkt.dport));
  if (pkt.proto === 'udp') {
    if (owner) {
      k.log.add(pkt, { netns: w, device: 'socket', action: 'deliver', note: `UDP ${pkt.dport}: delivered to the listening process` });
      return { kind: 'app', owner, netns, pkt };
    }
    k.log.add(pkt, { netns: w, device: 'socket', action: 'no socket', note: `nothing listens on UDP ${pkt.dport}: ICMP port unreachable` });
    return { kind: 'send', netns, pkt: answer(pkt, 'ICMP port unreachable', { proto: 'icmp', sport: 0, dport: 0, icmp: { type: 3, code: 3, id: 0, seq: 0 }, related: { src: pkt.src, dst: pkt.dst, sport: pkt.sport, dport: pkt.dport, proto: 'udp' } }) };
  }
  return tcpServer(k, netns, pkt, owner);
}

function tcpServer(k: Kernel, netns: string, pkt: Packet, owner: SocketOwner | undefined): L4Out {
  const w = where(k, netns);
  if (pkt.flags?.includes('RST')) {
    // A reset for a connection already gone (its client gave up before the answer came): never answered, never a request (RFC 793).
    k.log.add(pkt, { netns: w, device: 'socket', action: 'drop', note: 'RST for a connection that is gone: the kernel drops it' });
    return { kind: 'none' };
  }
  if (!owner) {
    k.log.add(pkt, { netns: w, device: 'socket', action: 'no socket', note: `nothing listens on TCP ${pkt.dport} here: the kernel answers RST (Connection refused)` });
    return { kind: 'send', netns, pkt: answer(pkt, 'RST', { flags: 'RST,ACK' }) };
  }
  if (pkt.flags === 'SYN') {
    k.log.add(pkt, { netns: w, device: 'socket', action: 'listen', note: `a socket listens on TCP ${pkt.dport}: the kernel completes the handshake` });
    return { kind: 'send', netns, pkt: answer(pkt, 'SYN-ACK', { flags: 'SYN,ACK' }) };
  }
  k.log.add(pkt, { netns: w, device: 'socket', action: 'deliver', note: `the request goes to the process that listens on TCP ${pkt.dport}` });
  return { kind: 'app', owner, netns, pkt };
}

function clientReceive(k: Kernel, conn: ClientConn, netns: string, pkt: Packet): L4Out {
  const w = where(k, netns);
  const from = pkt.src;
  if (pkt.icmp?.type === 3) {
    // Code 1 (host unreachable) becomes EHOSTUNREACH for the socket; code 3 (port) ECONNREFUSED.
    const hostGone = pkt.icmp.code === 1;
    k.log.add(pkt, { netns: w, device: 'socket', action: 'error', note: `ICMP destination unreachable for this connection: ${hostGone ? 'No route to host' : 'Connection refused'}` });
    return { kind: 'done', conn, result: { ok: false, error: hostGone ? 'EHOSTUNREACH' : 'ECONNREFUSED', ip: conn.remote.ip } };
  }
  if (pkt.flags?.includes('RST')) {
    k.log.add(pkt, { netns: w, device: 'socket', action: 'reset', note: 'RST: Connection refused' });
    return { kind: 'done', conn, result: { ok: false, error: 'ECONNREFUSED', ip: conn.remote.ip } };
  }
  if (pkt.flags === 'SYN,ACK' && conn.state === 'syn-sent') {
    conn.state = 'requested';
    k.log.add(pkt, { netns: w, device: 'socket', action: 'connected', note: 'handshake done: the client sends its request' });
    const req: Packet = { ...answer(pkt, 'request', { flags: 'PSH,ACK', payload: conn.request }), src: conn.local.ip, sport: conn.local.port, dst: conn.remote.ip, dport: conn.remote.port };
    return { kind: 'send', netns, pkt: req };
  }
  k.log.add(pkt, { netns: w, device: 'socket', action: 'receive', note: 'the answer reaches the client process' });
  return { kind: 'done', conn, result: resultOf(conn, pkt, from) };
}

function resultOf(conn: ClientConn, pkt: Packet, from: string): ConnResult {
  const p = pkt.payload;
  if (p.kind === 'http-response') return { ok: true, kind: 'http', status: p.status, headers: p.headers, body: p.body, ...(p.statusLine ? { statusLine: p.statusLine } : {}), ip: conn.remote.ip };
  if (p.kind === 'dns-answer') return { ok: true, kind: 'dns', rcode: p.rcode, ips: p.ips, name: p.name, server: conn.remote.ip };
  if (pkt.icmp?.type === 0) return { ok: true, kind: 'ping', ttl: pkt.ttl, from };
  // The server closed the connection without a byte of answer (kubectl port-forward when the Pod refused it).
  if (p.kind === 'none' && pkt.flags?.includes('FIN')) return { ok: false, error: 'EEMPTY', ip: conn.remote.ip };
  return { ok: false, error: 'ECONNRESET', ip: conn.remote.ip };
}
