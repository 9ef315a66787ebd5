// What a process's network calls do, as small coroutines over the node's network stack:
// name resolution the way glibc/musl do it (/etc/hosts first, then the search list and
// ndots:5 from the Pod's resolv.conf, one UDP query to the nameserver per candidate),
// an HTTP request (resolve if needed, then a TCP connection), one ping.
import type { HttpAnswer, ResolveAnswer } from '../images/effects';
import type { ConnectRequest, NetResult } from '../nodeNet/events';
import { CONNECT_TIMEOUT_MS, DNS_TIMEOUT_MS, httpAnswer, httpConnect, httpTarget, needsResolving, pingAnswer } from '../nodeNet/tools/client';
import type { PingAnswer } from '../nodeNet/tools/view';

export interface NetCall {
  req: ConnectRequest;
  timeoutMs: number;
}

export type NetTask<T> = Generator<NetCall, T, NetResult>;

export interface ResolvConf {
  nameservers: string[];
  search: string[];
  ndots: number;
  attempts: number;
}

export function parseResolvConf(lines: readonly string[]): ResolvConf {
  const conf: ResolvConf = { nameservers: [], search: [], ndots: 1, attempts: 2 };
  for (const line of lines) {
    const [key, ...rest] = line.trim().split(/\s+/);
    if (key === 'nameserver' && rest[0]) conf.nameservers.push(rest[0]);
    else if (key === 'search') conf.search = rest;
    else if (key === 'options') {
      for (const o of rest) {
        const [name, value] = o.split(':');
        if (name === 'ndots') conf.ndots = Number(value);
        if (name === 'attempts') conf.attempts = Number(value);
      }
    }
  }
  return conf;
}

/** res_search: names with fewer dots than ndots try the search list first. */
export function candidates(name: string, conf: ResolvConf): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)];
  const dots = name.split('.').length - 1;
  const searched = conf.search.map((d) => `${name}.${d}`);
  return dots >= conf.ndots ? [name, ...searched] : [...searched, name];
}

function* query(name: string, server: string, attempts: number): NetTask<NetResult['result'] | undefined> {
  let last: NetResult['result'] | undefined;
  for (let i = 0; i < Math.max(1, attempts); i++) {
    const r = yield { req: { kind: 'dns', dst: server, port: 53, name }, timeoutMs: DNS_TIMEOUT_MS };
    last = r.result;
    if (r.result.ok || r.result.error !== 'ETIMEDOUT') return last;
  }
  return last;
}

export function* resolveTask(name: string, conf: ResolvConf, hosts: ReadonlyMap<string, string>): NetTask<ResolveAnswer> {
  const fromHosts = hosts.get(name.toLowerCase());
  const server = conf.nameservers[0];
  if (fromHosts) return { ok: true, ips: [fromHosts], name, ...(server ? { server } : {}) };
  if (!server) return { ok: false, error: 'NXDOMAIN', name };
  let error = 'NXDOMAIN';
  for (const fqdn of candidates(name, conf)) {
    const r = yield* query(fqdn, server, conf.attempts);
    if (r?.ok && r.kind === 'dns') {
      if (r.rcode === 'NOERROR' && r.ips.length > 0) return { ok: true, ips: r.ips, name: fqdn, server };
      if (r.rcode === 'SERVFAIL') error = 'SERVFAIL';
      continue;
    }
    // No answer at all (timed out, refused): the resolver gives up on the name.
    return { ok: false, error: r && !r.ok && r.error === 'ECONNREFUSED' ? 'ECONNREFUSED' : 'ETIMEDOUT', name, server };
  }
  return { ok: false, error, name, server };
}

export function* httpTask(url: string, method: string, headers: Record<string, string>, timeoutMs: number | undefined, resolveName: (n: string) => NetTask<ResolveAnswer>): NetTask<HttpAnswer> {
  const t = httpTarget(url);
  if (!t) return { ok: false, error: 'EINVAL' };
  let ip = t.host === 'localhost' ? '127.0.0.1' : t.host;
  if (needsResolving(t.host)) {
    const r = yield* resolveName(t.host);
    if (!r.ok || !r.ips[0]) return { ok: false, error: 'ENOTFOUND' };
    ip = r.ips[0];
  }
  const r = yield { req: httpConnect(t, ip, method, headers), timeoutMs: timeoutMs ?? CONNECT_TIMEOUT_MS };
  return httpAnswer(r);
}

export function* pingTask(ip: string, id: number, seq: number, timeoutMs: number): NetTask<PingAnswer> {
  const r = yield { req: { kind: 'ping', dst: ip, id, seq }, timeoutMs };
  return pingAnswer(r);
}
