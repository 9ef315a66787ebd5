import type { Pod } from '../api/objects';
import type { ApiRequest } from '../api/protocol';
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
}

/**
 * GET pods/NAME/log and POST pods/NAME/exec: the API server checks the container name
 * (pkg/registry/core/pod/strategy.go LogLocation) and forwards the call to the kubelet
 * on the Pod's node, which reads the container's log or runs the command.
 */
export function handlePodProxy(ctx: ApiServerContext, req: ApiRequest): void {
  const name = req.name ?? '';
  const pod = cached(ctx, 'pods', req.namespace, name) as Pod | undefined;
  if (!pod) return fail(ctx, req, statuses.notFound('pods', name));
  const chosen = chooseContainer(pod, req.query?.container);
  if ('error' in chosen) return fail(ctx, req, statuses.badRequest(chosen.error));
  const node = pod.spec?.nodeName;
  if (!node) {
    if (req.subresource === 'log') return reply(ctx, req, 200, '');
    return fail(ctx, req, statuses.badRequest(`pod ${name} does not have a host assigned`));
  }
  const requestId = `p${ctx.nextId++}`;
  ctx.proxied.set(requestId, req);
  ctx.net.post(ctx.self, {
    to: `kubelet/${node}`,
    event: {
      type: req.subresource === 'log' ? 'kubelet.logs' : req.subresource === 'attach' ? 'kubelet.attach' : 'kubelet.exec',
      requestId,
      replyTo: ctx.self,
      namespace: req.namespace,
      name,
      uid: pod.metadata?.uid,
      container: chosen.container,
      query: req.query ?? {},
      body: req.body,
    },
    kind: req.subresource === 'log' ? 'containerLogs' : req.subresource === 'attach' ? 'attach' : 'exec',
    ref: { kind: 'Pod', namespace: req.namespace ?? 'default', name },
    detail: { container: chosen.container, node },
  });
}

export function onKubeletResult(ctx: ApiServerContext, result: KubeletResult): void {
  const req = ctx.proxied.get(result.requestId);
  if (!req) return;
  ctx.proxied.delete(result.requestId);
  if (result.code >= 400) return fail(ctx, req, { ...statuses.badRequest(result.message ?? ''), code: result.code });
  reply(ctx, req, result.code, result.body ?? '');
}

function chooseContainer(pod: Pod, requested: string | undefined): { container: string } | { error: string } {
  const name = pod.metadata?.name ?? '';
  const containers = (pod.spec?.containers ?? []).map((c) => c.name);
  const inits = (pod.spec?.initContainers ?? []).map((c) => c.name);
  if (requested) {
    if (containers.includes(requested) || inits.includes(requested)) return { container: requested };
    return { error: `container ${requested} is not valid for pod ${name}` };
  }
  if (containers.length === 1) return { container: containers[0]! };
  let error = `a container name must be specified for pod ${name}, choose one of: [${containers.join(' ')}]`;
  if (inits.length > 0) error += ` or one of the init containers: [${inits.join(' ')}]`;
  return { error };
}
