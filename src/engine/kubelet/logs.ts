import type { ContainerStatus } from '../api/objects';
import type { CriResponse, LogChunk } from '../containerRuntime/cri';
import { criCall, statusOf } from './podActions';
import type { LogRequest, LogsClose, PodWorkerContext } from './podTypes';

/**
 * The kubelet's container log endpoint: find which container instance the request means
 * (validateContainerLogStatus: the running one, the last terminated one, or `--previous`),
 * or say why there is none, in the kubelet's words.
 */
export function readLogs(ctx: PodWorkerContext, req: LogRequest): void {
  const status = statusOf(ctx, req.container);
  const podName = ctx.pod.metadata?.name ?? '';
  const hasInit = (ctx.pod.spec?.initContainers ?? []).length > 0;
  const found = containerForLogs(status, req.container, podName, req.query.previous === 'true', hasInit);
  if ('error' in found) {
    reply(ctx, req, 400, undefined, found.error);
    return;
  }
  const id = criCall(
    ctx,
    {
      type: 'cri.ReadLogs',
      containerId: found.id,
      ...(req.query.tailLines ? { tailLines: Number(req.query.tailLines) } : {}),
      ...(req.query.timestamps === 'true' ? { timestamps: true } : {}),
      ...sinceOf(ctx, req.query),
      ...(req.query.follow === 'true' ? { follow: true } : {}),
    },
    false,
  );
  (ctx.logReads ??= new Map()).set(id, req);
  if (req.query.follow === 'true') (ctx.follows ??= new Map()).set(req.requestId, { criRequest: id, containerId: found.id });
}

/** sinceSeconds (back from now) or sinceTime (RFC 3339), as the virtual time the runtime's log lines carry. */
function sinceOf(ctx: PodWorkerContext, query: Record<string, string>): { since?: number } {
  if (query.sinceSeconds) return { since: ctx.net.now() - Number(query.sinceSeconds) * 1000 };
  if (query.sinceTime) return { since: Date.parse(query.sinceTime) - ctx.epoch };
  return {};
}

export function onLogRead(ctx: PodWorkerContext, res: CriResponse): void {
  const req = ctx.logReads?.get(res.requestId);
  if (!req) return;
  // A followed log keeps its request: the lines written next come as chunks for it.
  if (!res.following) forget(ctx, res.requestId, req);
  if (!res.ok) reply(ctx, req, 500, undefined, res.error ?? '');
  else reply(ctx, req, 200, res.logs ?? '', undefined, res.following);
}

/** `kubectl logs -f`: lines the container just wrote (or the end of its log) go on to the caller. */
export function onLogChunk(ctx: PodWorkerContext, chunk: LogChunk): void {
  const req = ctx.logReads?.get(chunk.requestId);
  if (!req) return;
  if (chunk.end) forget(ctx, chunk.requestId, req);
  ctx.net.post(ctx.self, {
    to: req.replyTo,
    event: Object.assign({ type: 'kubelet.logs.chunk' as const, requestId: req.requestId, text: chunk.text }, chunk.end ? { end: true } : {}),
    kind: 'containerLogs.chunk',
    detail: chunk.end ? { end: true } : { bytes: chunk.text.length },
  });
}

/** The caller stopped reading a followed log: the runtime stops sending it. */
export function onLogsClose(ctx: PodWorkerContext, close: LogsClose): void {
  const follow = ctx.follows?.get(close.requestId);
  if (!follow) return;
  forget(ctx, follow.criRequest, ctx.logReads?.get(follow.criRequest));
  criCall(ctx, { type: 'cri.ReadLogs', containerId: follow.containerId, unfollow: follow.criRequest }, false, { detail: { follow: 'stop' } });
}

function forget(ctx: PodWorkerContext, criRequest: string, req: LogRequest | undefined): void {
  ctx.logReads?.delete(criRequest);
  if (req) ctx.follows?.delete(req.requestId);
}

function containerForLogs(status: ContainerStatus | undefined, container: string, pod: string, previous: boolean, hasInit: boolean): { id: string } | { error: string } {
  const who = `container "${container}" in pod "${pod}"`;
  if (!status) return { error: `${who} is waiting to start: ${hasInit ? 'PodInitializing' : 'ContainerCreating'}` };
  const state = status.state ?? {};
  const last = status.lastState?.terminated;
  if (previous) {
    if (!last?.containerID) return { error: `previous terminated ${who} not found` };
    return { id: stripScheme(last.containerID) };
  }
  if (state.running) return { id: stripScheme(status.containerID ?? '') };
  if (state.terminated) {
    if (!state.terminated.containerID) return { error: `${who} is terminated` };
    return { id: stripScheme(state.terminated.containerID) };
  }
  if (last?.containerID) return { id: stripScheme(last.containerID) };
  const reason = state.waiting?.reason ?? 'ContainerCreating';
  if (reason === 'ErrImagePull') return { error: `${who} is waiting to start: image can't be pulled` };
  if (reason === 'ImagePullBackOff') return { error: `${who} is waiting to start: trying and failing to pull image` };
  return { error: `${who} is waiting to start: ${reason}` };
}

function stripScheme(id: string): string {
  return id.replace(/^containerd:\/\//, '');
}

function reply(ctx: PodWorkerContext, req: LogRequest, code: number, body?: string, message?: string, following?: boolean): void {
  ctx.net.post(ctx.self, {
    to: req.replyTo,
    event: { type: 'kubelet.result', requestId: req.requestId, code, ...(body !== undefined ? { body } : {}), ...(message ? { message } : {}), ...(following ? { following } : {}) },
    kind: 'containerLogs.response',
    detail: { code },
  });
}
