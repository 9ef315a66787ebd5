import type { Pod } from '../api/objects';
import type { ApiRequest, LogStreamChunk, LogStreamClose, StreamClose, StreamEnd } from '../api/protocol';
import { cached } from './cache';
import { fail, reply, statuses } from './respond';
import type { ApiServerContext } from './types';

/** A kubelet's answer to a proxied call (logs, exec). */
export interface KubeletResult {
  type: 'kubelet.result';
  requestId: string;
  code: number;
  body?: string;
  message?: string;
  /** A followed log: more comes as KubeletLogChunk messages. */
  following?: boolean;
  /** A port-forward stream: it stays open until one side closes it. */
  streaming?: boolean;
}

/** The kubelet closed a stream it had open (the Pod's sandbox is gone). */
export interface KubeletStreamEnd {
  type: 'kubelet.stream.end';
  requestId: string;
}

/** What the kubelet calls each proxied subresource, as a message and in the trace. */
const KUBELET_CALLS: Record<string, { type: string; kind: string }> = {
  log: { type: 'kubelet.logs', kind: 'containerLogs' },
  attach: { type: 'kubelet.attach', kind: 'attach' },
  exec: { type: 'kubelet.exec', kind: 'exec' },
  portforward: { type: 'kubelet.portforward', kind: 'portForward' },
};

/** Lines a followed container wrote, or the end of its log, from the kubelet. */
export interface KubeletLogChunk {
  type: 'kubelet.logs.chunk';
  requestId: string;
  text: string;
  end?: boolean;
}

/**
 * GET pods/NAME/log and POST pods/NAME/exec: the API server checks the container name
 * (pkg/registry/core/pod/strategy.go LogLocation) and forwards the call to the kubelet
 * on the Pod's node, which reads the container's log or runs the command. POST
 * pods/NAME/portforward names no container: the stream reaches the Pod's network namespace.
 */
export function handlePodProxy(ctx: ApiServerContext, req: ApiRequest): void {
  const name = req.name ?? '';
  const pod = cached(ctx, 'pods', req.namespace, name) as Pod | undefined;
  if (!pod) return fail(ctx, req, statuses.notFound('pods', name));
  const chosen = req.subresource === 'portforward' ? { container: '' } : chooseContainer(pod, req.query?.container);
  if ('error' in chosen) return fail(ctx, req, statuses.badRequest(chosen.error));
  const node = pod.spec?.nodeName;
  if (!node) {
    if (req.subresource === 'log') return reply(ctx, req, 200, '');
    return fail(ctx, req, statuses.badRequest(`pod ${name} does not have a host assigned`));
  }
  const requestId = `p${ctx.nextId++}`;
  const uid = pod.metadata?.uid;
  ctx.proxied.set(requestId, { req, node, uid });
  const call = KUBELET_CALLS[req.subresource ?? 'exec'] ?? KUBELET_CALLS.exec!;
  ctx.net.post(ctx.self, {
    to: `kubelet/${node}`,
    event: {
      type: call.type,
      requestId,
      replyTo: ctx.self,
      namespace: req.namespace,
      name,
      uid,
      container: chosen.container,
      query: req.query ?? {},
      body: req.body,
      ...(req.frame ? { frame: req.frame } : {}),
    },
    kind: call.kind + (req.frame ? `.${req.frame}` : ''),
    ref: podRef(req),
    detail: chosen.container ? { container: chosen.container, node } : { node, ports: req.query?.ports ?? '' },
  });
}

export function onKubeletResult(ctx: ApiServerContext, result: KubeletResult): void {
  const call = ctx.proxied.get(result.requestId);
  if (!call) return;
  if (!result.following && !result.streaming) ctx.proxied.delete(result.requestId);
  if (result.code >= 400) return fail(ctx, call.req, { ...statuses.badRequest(result.message ?? ''), code: result.code });
  reply(ctx, call.req, result.code, result.body ?? '', { following: result.following });
}

/** A port-forward stream the kubelet closed: its client has lost it (`error: lost connection to pod`). */
export function onKubeletStreamEnd(ctx: ApiServerContext, end: KubeletStreamEnd): void {
  const call = ctx.proxied.get(end.requestId);
  if (!call) return;
  ctx.proxied.delete(end.requestId);
  const event: StreamEnd = { type: 'api.stream.end', id: call.req.id };
  ctx.net.post(ctx.self, { to: call.req.replyTo, event, kind: 'pod.portforward.end', ref: podRef(call.req) });
}

/** `kubectl logs -f`: the kubelet's next lines (or the log's end) stream on to the client. */
export function onKubeletLogChunk(ctx: ApiServerContext, chunk: KubeletLogChunk): void {
  const call = ctx.proxied.get(chunk.requestId);
  if (!call) return;
  if (chunk.end) ctx.proxied.delete(chunk.requestId);
  const event: LogStreamChunk = { type: 'api.logChunk', id: call.req.id, text: chunk.text };
  if (chunk.end) event.end = true;
  ctx.net.post(ctx.self, { to: call.req.replyTo, event, kind: 'pod.log.chunk', ref: podRef(call.req), detail: chunk.end ? { end: true } : { bytes: chunk.text.length } });
}

/** The client stopped reading a followed log or closed a port-forward (its connection closed): tell the kubelet to stop. */
export function onLogStreamClose(ctx: ApiServerContext, close: LogStreamClose | StreamClose): void {
  for (const [requestId, call] of ctx.proxied) {
    if (call.req.id !== close.id || call.req.replyTo !== close.replyTo) continue;
    ctx.proxied.delete(requestId);
    const forward = call.req.subresource === 'portforward';
    ctx.net.post(ctx.self, {
      to: `kubelet/${call.node}`,
      event: { type: forward ? 'kubelet.portforward.close' : 'kubelet.logs.close', requestId, uid: call.uid },
      kind: forward ? 'portForward.close' : 'containerLogs.close',
      ref: podRef(call.req),
    });
    return;
  }
}

function podRef(req: ApiRequest): { kind: string; namespace: string; name: string } {
  return { kind: 'Pod', namespace: req.namespace ?? 'default', name: req.name ?? '' };
}

function chooseContainer(pod: Pod, requested: string | undefined): { container: string } | { error: string } {
  const name = pod.metadata?.name ?? '';
  const containers = (pod.spec?.containers ?? []).map((c) => c.name);
  const inits = (pod.spec?.initContainers ?? []).map((c) => c.name);
  const ephemeral = (pod.spec?.ephemeralContainers ?? []).map((c) => c.name);
  if (requested) {
    if (containers.includes(requested) || inits.includes(requested) || ephemeral.includes(requested)) return { container: requested };
    return { error: `container ${requested} is not valid for pod ${name}` };
  }
  if (containers.length === 1) return { container: containers[0]! };
  let error = `a container name must be specified for pod ${name}, choose one of: [${containers.join(' ')}]`;
  if (inits.length > 0) error += ` or one of the init containers: [${inits.join(' ')}]`;
  if (ephemeral.length > 0) error += ` or one of the ephemeral containers: [${ephemeral.join(' ')}]`;
  return { error };
}
