// The kubelet's port-forward endpoint (the API server proxies `pods/NAME/portforward` to it):
// CRI PortForward asks the runtime for the Pod's sandbox stream (the streaming server then
// enters the sandbox's network namespace), so each forwarded connection reaches whatever
// listens on that port in the Pod — any of its containers, as they share the pause
// container's netns. The stream stays open until kubectl closes it or the sandbox goes
// (then kubectl reads `lost connection to pod`).
import type { CriResponse } from '../containerRuntime/cri';
import type { HttpRequestData } from '../nodeNet/events';
import { criCall } from './podActions';
import type { PodWorkerContext } from './podTypes';

export interface PortForwardRequest {
  type: 'kubelet.portforward';
  requestId: string;
  replyTo: string;
  query: Record<string, string>;
  body?: unknown;
  /** One forwarded connection on a stream an earlier call opened. */
  frame?: 'data';
}

export interface PortForwardClose {
  type: 'kubelet.portforward.close';
  requestId: string;
}

/** What kubectl writes on a data frame: the port in the Pod and the connection's request. */
export interface ForwardFrame {
  port: number;
  request: HttpRequestData;
}

function reply(ctx: PodWorkerContext, req: PortForwardRequest, code: number, extra: { body?: string; message?: string; streaming?: boolean }): void {
  ctx.net.post(ctx.self, {
    to: req.replyTo,
    event: Object.assign({ type: 'kubelet.result', requestId: req.requestId, code }, extra),
    kind: req.frame ? 'portForward.data.response' : 'portForward.response',
    detail: { code },
  });
}

export function portForward(ctx: PodWorkerContext, req: PortForwardRequest): void {
  const sandboxId = ctx.sandboxId;
  if (!sandboxId || !ctx.sandboxReady) return reply(ctx, req, 500, { message: `unable to upgrade connection: pod does not exist` });
  const frame = req.body as ForwardFrame | undefined;
  const requestId = req.frame
    ? criCall(ctx, { type: 'cri.PortForward', podSandboxId: sandboxId, port: frame?.port ?? 0, frame: 'data', request: frame!.request }, false, { kind: 'PortForward.data', detail: { port: frame?.port ?? 0 } })
    : criCall(ctx, { type: 'cri.PortForward', podSandboxId: sandboxId, port: Number(req.query.ports ?? 0) }, false);
  (ctx.forwardCalls ??= new Map()).set(requestId, req);
}

/** The runtime's answer: the stream is open (kept until closed), or one connection's answer, or its error. */
export function onPortForwardResult(ctx: PodWorkerContext, res: CriResponse): void {
  const req = ctx.forwardCalls?.get(res.requestId);
  if (!req) return;
  ctx.forwardCalls!.delete(res.requestId);
  if (!res.ok) return reply(ctx, req, 500, { message: res.error ?? '' });
  if (req.frame) return reply(ctx, req, 200, { body: res.stdout ?? '' });
  (ctx.forwards ??= new Set()).add(req.requestId);
  reply(ctx, req, 200, { streaming: true });
}

export function onPortForwardClose(ctx: PodWorkerContext, close: PortForwardClose): void {
  ctx.forwards?.delete(close.requestId);
}

/** The sandbox is going: every stream into it ends, and the API server tells the clients. */
export function endPortForwards(ctx: PodWorkerContext): void {
  for (const requestId of ctx.forwards ?? []) {
    ctx.net.post(ctx.self, { to: 'apiServer', event: { type: 'kubelet.stream.end', requestId }, kind: 'portForward.end' });
  }
  ctx.forwards = undefined;
}
