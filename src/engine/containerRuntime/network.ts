// A container's network calls, asynchronous as they really are: the process blocks while
// its DNS queries, TCP connection or ping walk the node's network stack (nodeNet), and is
// resumed with the answer. Requests for the Pod's listening sockets come back the other
// way: the stack hands them to the process that bound the port, and its answer goes back.
import type { Effect, HttpRequest } from '../images/effects';
import type { NetResult } from '../nodeNet/events';
import { asNetlink, asPing } from '../nodeNet/tools/view';
import { NETLINK_MESSAGES } from '../nodeNet/show/dump';
import { appendLog } from './logs';
import { httpTask, parseResolvConf, pingTask, resolveTask, type NetCall, type NetTask } from './netTasks';
import type { ContainerRecord, NetTarget, RuntimeContext, Sandbox } from './types';

/** The answer will come later: the process waits. */
export const ASYNC = Symbol('async');

export function netnsOf(sandbox: Sandbox): string {
  return sandbox.config.hostNetwork ? 'host' : (sandbox.ip ?? 'host');
}

const hostsTables = new WeakMap<ContainerRecord, { text: string; table: Map<string, string> }>();

/** The container's /etc/hosts as the resolver reads it: the first address given for each name wins. */
function hostsOf(c: ContainerRecord): Map<string, string> {
  const text = c.files.get('/etc/hosts') ?? '';
  const known = hostsTables.get(c);
  if (known?.text === text) return known.table;
  const table = new Map([['localhost', '127.0.0.1']]);
  for (const line of text.split('\n')) {
    const [ip, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    // Only IPv4 addresses: the sandbox's network has no IPv6.
    if (!ip || ip.includes(':')) continue;
    for (const name of names) if (!table.has(name.toLowerCase())) table.set(name.toLowerCase(), ip);
  }
  hostsTables.set(c, { text, table });
  return table;
}

/** Whether the effect is one that needs the network. */
export function isNetworkEffect(e: Effect): boolean {
  return e.op === 'resolve' || e.op === 'http' || asPing(e) !== undefined || asNetlink(e) !== undefined;
}

/**
 * Start the network work an effect asks for. Returns the answer when no packet was
 * needed (a name from /etc/hosts, an IP literal), else ASYNC and the process waits.
 */
export function networkEffect(rt: RuntimeContext, target: NetTarget, c: ContainerRecord, e: Effect, cache: Map<string, string[]>): unknown {
  const sandbox = rt.sandboxes.get(c.sandboxId)!;
  const netlink = asNetlink(e);
  if (netlink) return askKernel(rt, target, sandbox, netlink);
  const conf = parseResolvConf(sandbox.config.resolvConf);
  const hosts = hostsOf(c);
  const resolveName = function* (name: string) {
    const cached = cache.get(name);
    if (cached) return { ok: true as const, ips: cached, name };
    const r = yield* resolveTask(name, conf, hosts);
    if (r.ok) cache.set(name, r.ips);
    return r;
  };
  const ping = asPing(e);
  let task: NetTask<unknown>;
  if (ping) task = pingTask(ping.host, ping.id, ping.seq, ping.timeoutMs);
  else if (e.op === 'resolve') task = resolveName(e.name);
  else if (e.op === 'http') task = httpTask(e.url, e.method, e.headers ?? {}, e.timeoutMs, resolveName);
  else return undefined;
  return drive(rt, target, sandbox, task, undefined, true);
}

function drive(rt: RuntimeContext, target: NetTarget, sandbox: Sandbox, task: NetTask<unknown>, input: NetResult | undefined, first: boolean): unknown {
  const r = first ? task.next() : task.next(input as NetResult);
  if (r.done) return r.value;
  const call = r.value as NetCall;
  const requestId = `${rt.self}:net${rt.nextNet++}`;
  rt.netTasks.set(requestId, { target, task: task as Generator<unknown, unknown, unknown> });
  rt.net.post(rt.self, {
    to: `nodeNet/${rt.node}`,
    event: { type: 'net.connect', requestId, replyTo: rt.self, netns: netnsOf(sandbox), timeoutMs: call.timeoutMs, ...call.req },
    kind: call.req.kind === 'dns' ? 'dns.lookup' : call.req.kind === 'http' ? 'connect' : 'ping',
    ref: { kind: 'Pod', namespace: sandbox.config.namespace, name: sandbox.config.name, uid: sandbox.config.uid },
    detail: { dst: `${call.req.dst}${call.req.kind === 'ping' ? '' : `:${call.req.port}`}`, ...(call.req.kind === 'dns' ? { name: call.req.name } : {}) },
    latency: 0,
  });
  return ASYNC;
}

/**
 * A host-network process dumps a table of the node's kernel (`ip addr`): the request goes
 * to the node's stack as the rtnetlink message it is, and the process waits for the text.
 */
function askKernel(rt: RuntimeContext, target: NetTarget, sandbox: Sandbox, e: NonNullable<ReturnType<typeof asNetlink>>): typeof ASYNC {
  const requestId = `${rt.self}:net${rt.nextNet++}`;
  const task = dumpAnswer();
  task.next();
  rt.netTasks.set(requestId, { target, task: task as Generator<unknown, unknown, unknown> });
  rt.net.post(rt.self, {
    to: `nodeNet/${rt.node}`,
    event: { type: 'net.dump', requestId, replyTo: rt.self, what: e.what, flavour: e.flavour },
    kind: 'netlink.dump',
    ref: { kind: 'Pod', namespace: sandbox.config.namespace, name: sandbox.config.name, uid: sandbox.config.uid },
    detail: { message: NETLINK_MESSAGES[e.what] },
    latency: 0,
  });
  return ASYNC;
}

function* dumpAnswer(): Generator<undefined, string | undefined, NetResult> {
  const r = yield undefined;
  return r.result.ok && r.result.kind === 'netlink' ? r.result.text : undefined;
}

/** The node's stack answered one call: continue the task, or resume its process. */
export function onNetResult(rt: RuntimeContext, e: NetResult, resume: (target: NetTarget, answer: unknown) => void): void {
  const entry = rt.netTasks.get(e.requestId);
  if (!entry) return;
  rt.netTasks.delete(e.requestId);
  const sandbox = sandboxOf(rt, entry.target);
  if (!sandbox) return;
  const out = drive(rt, entry.target, sandbox, entry.task as NetTask<unknown>, e, false);
  if (out !== ASYNC) resume(entry.target, out);
}

function sandboxOf(rt: RuntimeContext, target: NetTarget): Sandbox | undefined {
  const containerId = target.kind === 'container' ? target.containerId : rt.execs.get(target.execId)?.containerId;
  const c = containerId ? rt.containers.get(containerId) : undefined;
  return c ? rt.sandboxes.get(c.sandboxId) : undefined;
}

interface DeliverEvent {
  type: 'net.deliver';
  deliveryId: string;
  replyTo: string;
  containerId: string;
  request: HttpRequest;
}

/** A request reached a socket a process of this node listens on: the process answers it. */
export function onDeliver(rt: RuntimeContext, e: DeliverEvent): void {
  const c = rt.containers.get(e.containerId);
  const sandbox = c ? rt.sandboxes.get(c.sandboxId) : undefined;
  const holder = sandbox?.ports.get(`TCP/${e.request.port ?? 80}`);
  const owner = holder ? rt.containers.get(holder.containerId) : undefined;
  if (!holder || !owner?.process) {
    rt.net.post(rt.self, { to: e.replyTo, event: { type: 'net.served', deliveryId: e.deliveryId }, kind: 'net.served', detail: { refused: true }, latency: 0 });
    return;
  }
  const res = holder.serve.handle({ ...e.request, time: rt.epoch + rt.net.now() }, owner.process.ctx);
  for (const line of res.log ?? []) appendLog(rt, owner, 'stdout', line);
  for (const line of res.errorLog ?? []) appendLog(rt, owner, 'stderr', line);
  rt.net.post(rt.self, {
    to: e.replyTo,
    event: { type: 'net.served', deliveryId: e.deliveryId, payload: { kind: 'http-response', status: res.status, headers: res.headers ?? {}, body: res.body, ...(res.statusLine ? { statusLine: res.statusLine } : {}) } },
    kind: 'net.served',
    detail: { container: owner.config.name, status: res.status },
    latency: 0,
  });
}

/** Tell the node's stack a process now listens on a port of its namespace (or stopped). */
export function announceSocket(rt: RuntimeContext, c: ContainerRecord, sandbox: Sandbox, protocol: string, port: number, bound: boolean): void {
  const netns = netnsOf(sandbox);
  const proto = protocol.toLowerCase() as 'tcp' | 'udp';
  if (bound) {
    const app = c.image.behaviour === 'coredns' && port === 53 ? { app: 'coredns' as const } : {};
    rt.net.post(rt.self, { to: `nodeNet/${rt.node}`, event: { type: 'net.bind', netns, proto, port, owner: { runtime: rt.self, containerId: c.id, ...app } }, kind: 'bind', detail: { container: c.config.name, socket: `${proto} ${netns === 'host' ? '0.0.0.0' : netns}:${port}` }, latency: 0 });
  } else {
    rt.net.post(rt.self, { to: `nodeNet/${rt.node}`, event: { type: 'net.unbind', netns, proto, port, containerId: c.id }, kind: 'close', detail: { container: c.config.name, socket: `${proto} ${port}` }, latency: 0 });
  }
}
