// kube-proxy's userspace mode as the node sees it: kube-proxy (a hostNetwork process)
// listens on one port per Service port; iptables REDIRECTs ClusterIP traffic there;
// kube-proxy reads the request, opens its own connection to a backend it picks round
// robin — from the node's address, so the backend never sees the client — and relays
// the answer back.
import type { NodeNetEvent } from './events';
import type { ConnResult } from './l4';
import { connect, onAnswer, type NodeNetContext } from './stack';
import type { Packet, Payload } from './types';

export interface ProxiedPort {
  spn: string;
  proto: 'tcp' | 'udp';
  backends: { ip: string; port: number }[];
  next: number;
}

export type UserspaceContext = NodeNetContext & { userspace?: Map<number, ProxiedPort> };

export function userspaceSync(ctx: UserspaceContext, e: Extract<NodeNetEvent, { type: 'userspace.sync' }>): void {
  const old = ctx.userspace ?? new Map<number, ProxiedPort>();
  for (const port of old.keys()) for (const proto of ['tcp', 'udp']) ctx.s.sockets.delete(`host|${proto}|${port}`);
  const next = new Map<number, ProxiedPort>();
  for (const p of e.ports) {
    next.set(p.proxyPort, { spn: p.spn, proto: p.proto, backends: p.backends, next: old.get(p.proxyPort)?.next ?? 0 });
    ctx.s.sockets.set(`host|${p.proto}|${p.proxyPort}`, { runtime: ctx.self, containerId: 'kube-proxy', app: 'kube-proxy' });
  }
  ctx.userspace = next;
}

/** A request reached kube-proxy's port: relay it to a backend. */
export function proxyRequest(ctx: UserspaceContext, deliveryId: string, pkt: Packet): void {
  const entry = ctx.userspace?.get(pkt.dport);
  const backend = entry && entry.backends.length > 0 ? entry.backends[entry.next++ % entry.backends.length] : undefined;
  if (!entry || !backend) return onAnswer(ctx, deliveryId, undefined);
  const requestId = `proxy:${deliveryId}`;
  const base = { type: 'net.connect' as const, requestId, replyTo: ctx.self, netns: 'host', dst: backend.ip, port: backend.port };
  ctx.net.note(ctx.self, 'proxy.relay', { detail: { walk: pkt.walk, service: entry.spn, backend: `${backend.ip}:${backend.port}`, mode: 'userspace' } });
  const p = pkt.payload;
  if (p.kind === 'dns-query') connect(ctx, { ...base, kind: 'dns', name: p.name, timeoutMs: 5000 });
  else if (p.kind === 'http-request') connect(ctx, { ...base, kind: 'http', request: { method: p.method, path: p.path, headers: p.headers }, timeoutMs: 127_000 });
  else onAnswer(ctx, deliveryId, undefined);
}

/** The backend answered (or failed): relay the answer on the client's connection. */
export function proxyAnswered(ctx: UserspaceContext, requestId: string, result: ConnResult): void {
  const deliveryId = requestId.slice('proxy:'.length);
  let payload: Payload | undefined;
  if (result.ok && result.kind === 'http') payload = { kind: 'http-response', status: result.status, headers: result.headers, body: result.body, ...(result.statusLine ? { statusLine: result.statusLine } : {}) };
  else if (result.ok && result.kind === 'dns') payload = { kind: 'dns-answer', name: result.name, rcode: result.rcode as 'NOERROR', ips: result.ips };
  onAnswer(ctx, deliveryId, payload);
}
