// Driving packets through a node: each step of the kernel's path is computed here, its
// hops go to the trace as they happen, a frame that leaves on the wire becomes a message
// to the machine it is addressed to, and what reaches a socket is answered by the kernel
// or handed to the application (the container's process, or CoreDNS).
import type { ActorBase } from '../runtime/actor';
import { componentOf } from '../runtime/trace';
import type { ConnectRequest, NetResult, NodeNetEvent } from './events';
import { receive, type ClientConn, type ConnResult } from './l4';
import { close, lookup } from './conntrack';
import type { NodeNetState, Packet, Payload } from './types';
import { sendFromPod } from './walk/bridge';
import { addrOf, ARP_FAILED_MS, isLocal, sendFromHost, wireInput, type Step } from './walk/host';
import { hopDetail, type HopLog } from './walk/hops';
import type { Kernel } from './walk/kernel';
import { lookupRoute } from './walk/routes';
import { inCidr } from './addr';
import { proxyRequest } from './userspace';

/** One crossing of the lab network, virtual ms. */
export const WIRE_MS = 0.25;

export interface NodeNetContext extends ActorBase {
  s: NodeNetState;
  log: HopLog;
  conns: Map<string, ClientConn>;
  deliveries: Map<string, { pkt: Packet; netns: string }>;
  nextWalk: number;
  nextDelivery: number;
  timers: { id: string; ms: number; event: NodeNetEvent }[];
  cancels: string[];
}

export function kernel(ctx: NodeNetContext): Kernel {
  return { s: ctx.s, log: ctx.log, now: ctx.net.now(), rng: ctx.rng };
}

function flush(ctx: NodeNetContext): void {
  const component = componentOf(ctx.self);
  for (const detail of ctx.log.drain()) ctx.net.note(component, 'packet.hop', { detail });
}

/** A copy to put on the wire: the receiver rewrites headers, the sender keeps its own. */
export function clonePacket(p: Packet): Packet {
  const c: Packet = { ...p };
  if (p.icmp) c.icmp = { ...p.icmp };
  if (p.outer) c.outer = { ...p.outer };
  if (p.related) c.related = { ...p.related };
  return c;
}

export function sendFrom(k: Kernel, netns: string, pkt: Packet): Step {
  if (netns === 'host') return sendFromHost(k, pkt);
  const ns = k.s.netns.get(netns);
  return ns ? sendFromPod(k, ns, pkt) : { kind: 'dropped', pkt, reason: 'namespace gone' };
}

/** Follow a packet until it leaves the node, is dropped, or is answered. */
export function run(ctx: NodeNetContext, first: Step): void {
  const k = kernel(ctx);
  let step: Step | undefined = first;
  for (let guard = 0; step && guard < 64; guard++) step = next(ctx, k, step);
  flush(ctx);
}

function next(ctx: NodeNetContext, k: Kernel, step: Step): Step | undefined {
  switch (step.kind) {
    case 'wire':
      flush(ctx);
      sendWire(ctx, step.to.address, step.to.name, step.pkt);
      return undefined;
    case 'dropped':
      if (step.reason === 'ENETUNREACH' || step.reason === 'EHOSTUNREACH') connectFailed(ctx, step.pkt, step.reason);
      return undefined;
    case 'error':
      if (step.afterMs === undefined) return sendFrom(k, 'host', step.error);
      ctx.timers.push({ id: `icmp:${step.error.walk}`, ms: step.afterMs, event: { type: 'net.icmp', pkt: step.error } });
      return undefined;
    case 'local': {
      const out = receive(k, ctx.conns, step.netns, step.pkt);
      if (out.kind === 'send') return sendFrom(k, out.netns, out.pkt);
      if (out.kind === 'app') deliver(ctx, out.owner, out.netns, out.pkt);
      if (out.kind === 'done') finish(ctx, out.conn, out.result, out.conn.walk, step.pkt);
      return undefined;
    }
  }
}

/**
 * A socket of this machine whose first packet goes nowhere: with no route connect() fails
 * at once (Network is unreachable); when nobody answers ARP for the next hop it fails once
 * the neighbour entry does (No route to host).
 */
function connectFailed(ctx: NodeNetContext, pkt: Packet, error: 'ENETUNREACH' | 'EHOSTUNREACH'): void {
  const conn = ctx.conns.get(pkt.walk);
  if (conn?.state !== 'syn-sent' || conn.local.ip !== pkt.src) return;
  if (error === 'ENETUNREACH') finish(ctx, conn, { ok: false, error, ip: conn.remote.ip }, conn.walk, pkt);
  else ctx.timers.push({ id: `arp:${conn.walk}`, ms: ARP_FAILED_MS, event: { type: 'net.timeout', walk: conn.walk, error } });
}

function sendWire(ctx: NodeNetContext, address: string, name: string, pkt: Packet): void {
  pkt.hop += 1;
  pkt.wires += 1;
  const detail = hopDetail(ctx.s.node, pkt, { netns: 'wire', device: 'wire', action: 'transmit', note: `${ctx.s.node} → ${name} on 192.168.56.0/24` });
  ctx.net.post(ctx.self, { to: address, event: { type: 'net.frame', pkt: clonePacket(pkt) }, kind: 'packet.hop', detail, latency: WIRE_MS });
}

/** An ICMP error whose moment has come (the node waited for ARP to fail first). */
export function sendLate(ctx: NodeNetContext, pkt: Packet): void {
  const k = kernel(ctx);
  run(ctx, sendFrom(k, 'host', pkt));
}

/** A frame from the lab network. */
export function onFrame(ctx: NodeNetContext, pkt: Packet): void {
  run(ctx, wireInput(kernel(ctx), pkt));
}

function deliver(ctx: NodeNetContext, owner: { runtime: string; containerId: string; app?: string }, netns: string, pkt: Packet): void {
  flush(ctx);
  const deliveryId = `${ctx.s.node}/d${ctx.nextDelivery++}`;
  ctx.deliveries.set(deliveryId, { pkt: clonePacket(pkt), netns });
  const p = pkt.payload;
  if (owner.app === 'kube-proxy') return proxyRequest(ctx, deliveryId, pkt);
  if (owner.app === 'coredns' && p.kind === 'dns-query') {
    ctx.net.post(ctx.self, { to: 'coreDNS', event: { type: 'dns.query', deliveryId, replyTo: ctx.self, name: p.name }, kind: 'dns.query', detail: { walk: pkt.walk, name: p.name, client: pkt.src }, latency: 0 });
    return;
  }
  const headers = p.kind === 'http-request' ? p.headers : {};
  const request = { method: p.kind === 'http-request' ? p.method : 'GET', path: p.kind === 'http-request' ? p.path : '/', headers, remoteAddr: `${pkt.src}:${pkt.sport}`, port: pkt.dport };
  ctx.net.post(ctx.self, { to: owner.runtime, event: { type: 'net.deliver', deliveryId, replyTo: ctx.self, containerId: owner.containerId, request }, kind: 'net.deliver', detail: { walk: pkt.walk, request: `${request.method} ${request.path}`, from: request.remoteAddr }, latency: 0 });
}

/** The application answered a delivered request: its reply goes back the way it came. */
export function onAnswer(ctx: NodeNetContext, deliveryId: string, payload: Payload | undefined): void {
  const d = ctx.deliveries.get(deliveryId);
  if (!d) return;
  ctx.deliveries.delete(deliveryId);
  const req = d.pkt;
  const base = { walk: req.walk, hop: req.hop, ethSrc: '', ethDst: '', src: req.dst, dst: req.src, ttl: 64, proto: req.proto, sport: req.dport, dport: req.sport, mark: 0, wires: req.wires };
  let pkt: Packet;
  if (!payload) pkt = { ...base, segment: 'RST', flags: 'RST,ACK', payload: { kind: 'none' } };
  else if (req.proto === 'udp') pkt = { ...base, segment: 'answer', payload };
  else pkt = { ...base, segment: 'response', flags: 'FIN,PSH,ACK', payload };
  run(ctx, sendFrom(kernel(ctx), d.netns, pkt));
}

function firstPacket(walk: string, src: string, port: number, req: ConnectRequest): Packet {
  const base = { walk, hop: 0, ethSrc: '', ethDst: '', src, dst: req.dst, ttl: 64, mark: 0, wires: 0 };
  if (req.kind === 'http') return { ...base, segment: 'SYN', proto: 'tcp', sport: port, dport: req.port, flags: 'SYN', payload: { kind: 'none' } };
  if (req.kind === 'dns') return { ...base, segment: 'query', proto: 'udp', sport: port, dport: req.port, payload: { kind: 'dns-query', name: req.name } };
  return { ...base, segment: 'echo-request', proto: 'icmp', sport: 0, dport: 0, icmp: { type: 8, code: 0, id: req.id, seq: req.seq }, payload: { kind: 'echo', bytes: 56 } };
}

/** A process opens a connection (or sends a query, or a ping) from a namespace. */
export function connect(ctx: NodeNetContext, e: Extract<NodeNetEvent, { type: 'net.connect' }>): string {
  const k = kernel(ctx);
  const walk = `${ctx.s.node}/w${ctx.nextWalk++}`;
  const src = e.netns === 'host' ? hostSource(k, e.dst) : podSource(e.netns, e.dst);
  const port = e.kind === 'ping' ? e.id : 32768 + ctx.rng.int(60999 - 32768 + 1);
  const pkt = firstPacket(walk, src, port, e);
  const request: Payload = e.kind === 'http' ? { kind: 'http-request', ...e.request } : pkt.payload;
  const conn: ClientConn = {
    walk,
    kind: e.kind,
    netns: e.netns,
    proto: pkt.proto,
    local: { ip: src, port },
    remote: { ip: e.dst, port: e.kind === 'ping' ? 0 : e.port },
    replyTo: e.replyTo,
    requestId: e.requestId,
    request,
    state: 'syn-sent',
    startedAt: k.now,
    hops: 0,
  };
  ctx.conns.set(walk, conn);
  ctx.timers.push({ id: `timeout:${walk}`, ms: e.timeoutMs, event: { type: 'net.timeout', walk } });
  run(ctx, sendFrom(k, e.netns, pkt));
  return walk;
}

/** A Pod socket's source: its eth0 address, except towards loopback (route `local 127.0.0.0/8 dev lo src 127.0.0.1`). */
function podSource(podIP: string, dst: string): string {
  return inCidr(dst, '127.0.0.0/8') ? '127.0.0.1' : podIP;
}

/** The address a host socket gets when it connects: the route's source, or its device's. */
function hostSource(k: Kernel, dst: string): string {
  if (isLocal(k, dst)) return dst;
  const r = lookupRoute(k.s.routes, dst);
  return r?.src ?? addrOf(k, r?.dev ?? 'eth0');
}

export function finish(ctx: NodeNetContext, conn: ClientConn, result: ConnResult, walk: string, last?: Packet): void {
  if (conn.state === 'done') return;
  conn.state = 'done';
  ctx.conns.delete(walk);
  ctx.cancels.push(`timeout:${walk}`);
  flush(ctx);
  const now = ctx.net.now();
  const ct = lookup(ctx.s.conntrack, conn.proto, { src: conn.local.ip, dst: conn.remote.ip, sport: conn.local.port, dport: conn.remote.port }, now);
  if (ct && conn.proto === 'tcp') close(ct.entry, now);
  const hops = last?.hop ?? 0;
  const wires = last?.wires ?? 0;
  const rttMs = Math.round((hops * 0.006 + wires * 0.19) * 1000) / 1000;
  const event: NetResult = { type: 'net.result', requestId: conn.requestId, result, elapsedMs: now - conn.startedAt, rttMs };
  ctx.net.post(ctx.self, { to: conn.replyTo, event, kind: 'net.result', detail: { walk, ok: result.ok, ...(result.ok ? {} : { error: result.error }) }, latency: 0 });
}

export function onTimeout(ctx: NodeNetContext, walk: string, error: 'ETIMEDOUT' | 'EHOSTUNREACH' = 'ETIMEDOUT'): void {
  const conn = ctx.conns.get(walk);
  if (conn) finish(ctx, conn, { ok: false, error, ip: conn.remote.ip }, walk);
}
