// Turning a process's network effects into connections and the results back into the
// answers the process expects — shared by containers (via the runtime) and node-shell.
import type { HttpAnswer } from '../../images/effects';
import { isIpLiteral, parseUrl } from '../../images/shell/commands/url';
import type { ConnectRequest, NetResult } from '../events';
import type { PingAnswer } from './view';

/** Linux gives up a TCP connect after tcp_syn_retries = 6 retransmissions: about 127 s. */
export const CONNECT_TIMEOUT_MS = 127_000;
/** resolv.conf's default `timeout:5`. */
export const DNS_TIMEOUT_MS = 5_000;

export interface HttpTarget {
  host: string;
  port: number;
  path: string;
}

export function httpTarget(url: string): HttpTarget | undefined {
  const u = parseUrl(url);
  if (!u) return undefined;
  return { host: u.host.replace(/^\[|\]$/g, ''), port: u.port, path: u.path };
}

export function needsResolving(host: string): boolean {
  return host !== 'localhost' && !isIpLiteral(host);
}

export function httpConnect(t: HttpTarget, ip: string, method: string, headers: Record<string, string>): ConnectRequest {
  return { kind: 'http', dst: ip, port: t.port, request: { method, path: t.path, headers } };
}

export function httpAnswer(r: NetResult): HttpAnswer {
  const res = r.result;
  const elapsedMs = Math.max(1, Math.round(r.elapsedMs));
  if (res.ok && res.kind === 'http') return { ok: true, status: res.status, body: res.body, headers: res.headers, ...(res.statusLine ? { statusLine: res.statusLine } : {}), ip: res.ip, elapsedMs };
  return { ok: false, error: res.ok ? 'ECONNRESET' : res.error, ip: res.ok ? '' : res.ip, elapsedMs };
}

export function pingAnswer(r: NetResult): PingAnswer {
  const res = r.result;
  if (res.ok && res.kind === 'ping') return { ok: true, ttl: res.ttl, timeMs: r.rttMs, from: res.from };
  return { ok: false, error: res.ok ? 'EIO' : res.error };
}
