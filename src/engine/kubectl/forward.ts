// kubectl's side of `kubectl port-forward`, in the kubectl actor: the laptop sockets it listens
// on (listen(2) through the laptop's kernel), the connections curl or a browser makes to them
// (handed over by that kernel as `net.deliver`), the answers it writes back (`net.served`),
// and the stream to the API server, which ends when the Pod goes. Everything is closed when
// the command ends or is stopped (Ctrl-C, kill).
import type { StreamClose, StreamEnd } from '../api/protocol';
import type { HttpRequestData, NetListening } from '../nodeNet/events';
import type { Payload } from '../nodeNet/types';
import type { ActorBase } from '../runtime/actor';

/** The laptop's kernel, as the lab network names it. */
export const LAPTOP_NET = 'laptop#net';

/** What a forward waits for next: a connection to one of its ports, or the loss of its stream. */
export type ForwardEvent = { kind: 'conn'; deliveryId: string; port: number; request: HttpRequestData } | { kind: 'lost' };

export interface ForwardState {
  /** The port-forward stream's request ID, once the API server has opened it. */
  stream?: string;
  /** Local ports listened on. */
  ports: number[];
  /** The listen call waiting for the kernel's answer. */
  listening?: string;
  queued: ForwardEvent[];
  /** The command waits in `accept`. */
  waiting: boolean;
}

export interface DeliverEvent {
  type: 'net.deliver';
  deliveryId: string;
  replyTo: string;
  containerId: string;
  request: HttpRequestData & { port?: number };
}

export type ForwardMessage = NetListening | DeliverEvent | StreamEnd;

type Ctx = ActorBase & { nextRequest: number; forward?: ForwardState };

function state(ctx: Ctx): ForwardState {
  return (ctx.forward ??= { ports: [], queued: [], waiting: false });
}

/** listen(2) on the laptop's loopback for the command (port 0: the kernel chooses); the learner is not root. */
export function listen(ctx: Ctx, port: number): void {
  const f = state(ctx);
  f.listening = `${ctx.self}:listen${ctx.nextRequest++}`;
  const event = { type: 'net.listen', requestId: f.listening, replyTo: ctx.self, netns: 'host', proto: 'tcp', port, owner: { runtime: ctx.self, containerId: ctx.self }, unprivileged: true };
  ctx.net.post(ctx.self, { to: LAPTOP_NET, event, kind: 'socket.listen', detail: { port }, latency: 0 });
}

/** The stream the forward's connections travel on, opened by the API server's answer. */
export function openStream(ctx: Ctx, id: string): void {
  state(ctx).stream = id;
}

/**
 * A message for the forward: the kernel's answer to listen (the command resumes with it),
 * a connection, or the stream's end. Returns what to resume the command with, if it waits.
 */
export function onForwardMessage(ctx: Ctx, e: ForwardMessage): { resume: unknown } | undefined {
  const f = ctx.forward;
  if (!f) {
    // A connection that reached the socket as it was being closed: the kernel resets it.
    if (e.type === 'net.deliver') ctx.net.post(ctx.self, { to: e.replyTo, event: { type: 'net.served', deliveryId: e.deliveryId }, kind: 'net.served', detail: { refused: true }, latency: 0 });
    return undefined;
  }
  if (e.type === 'net.listening') {
    if (e.requestId !== f.listening) return undefined;
    f.listening = undefined;
    if (!e.error) f.ports.push(e.port);
    return { resume: e.error ? { ok: false, error: e.error, port: e.port } : { ok: true, port: e.port } };
  }
  if (e.type === 'api.stream.end') {
    if (e.id !== f.stream) return undefined;
    f.stream = undefined;
    f.queued.push({ kind: 'lost' });
  } else f.queued.push({ kind: 'conn', deliveryId: e.deliveryId, port: e.request.port ?? 0, request: { method: e.request.method, path: e.request.path, headers: e.request.headers } });
  return f.waiting ? { resume: takeEvent(ctx) } : undefined;
}

/** The next forward event, if one is queued; else the command waits for one. */
export function takeEvent(ctx: Ctx): ForwardEvent | undefined {
  const f = state(ctx);
  const next = f.queued.shift();
  f.waiting = next === undefined;
  return next;
}

/** Write the answer back on the local connection (none: close it without a byte). */
export function answer(ctx: Ctx, deliveryId: string, payload: Payload | undefined): void {
  const event = { type: 'net.served', deliveryId, payload: payload ?? { kind: 'none' } };
  ctx.net.post(ctx.self, { to: LAPTOP_NET, event, kind: 'net.served', detail: payload?.kind === 'http-response' ? { status: payload.status } : { empty: true }, latency: 0 });
}

/** The command is over: close the local sockets and the stream (the API server tells the kubelet). */
export function closeForward(ctx: Ctx): void {
  const f = ctx.forward;
  if (!f) return;
  for (const port of f.ports) {
    // The laptop's own kernel: the socket is closed as the process lets go of it.
    ctx.net.post(ctx.self, { to: LAPTOP_NET, event: { type: 'net.unbind', netns: 'host', proto: 'tcp', port, containerId: ctx.self }, kind: 'socket.close', detail: { port }, latency: 0 });
  }
  if (f.stream) {
    const close: StreamClose = { type: 'api.stream.close', id: f.stream, replyTo: ctx.self };
    ctx.net.post(ctx.self, { to: 'apiServer', event: close, kind: 'pod.portforward.close' });
  }
  ctx.forward = undefined;
}
