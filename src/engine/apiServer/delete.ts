import type { KubeObject, Pod } from '../api/objects';
import type { ApiRequest } from '../api/protocol';
import { deletionFinalizer } from '../api/ownership';
import type { ResourceInfo } from '../api/resources';
import { timestamp } from '../runtime/time';
import { cachedList } from './cache';
import { reply, statuses } from './respond';
import { afterServiceDelete } from './services';
import type { ApiServerContext } from './types';
import { submitWrite, type WritePlan } from './write';

/**
 * DELETE. A Pod on a node is not removed at once: the API server stamps
 * `deletionTimestamp` (now + grace period) and the kubelet stops the containers, then
 * deletes the Pod for good with grace 0. An unscheduled or finished Pod goes at once.
 * A namespace turns Terminating and its controller empties it first.
 */
export function handleDelete(ctx: ApiServerContext, req: ApiRequest, info: ResourceInfo): void {
  const name = req.name ?? '';
  submitWrite(ctx, {
    resource: info.resource,
    namespace: info.namespaced ? req.namespace : undefined,
    name,
    request: req,
    ...(req.step !== undefined ? { step: req.step } : {}),
    plan: (current) => (current ? planDelete(ctx, info, current, req.query ?? {}) : { op: 'error', status: statuses.notFound(info, name) }),
    ...(info.resource === 'services' ? { then: afterServiceDelete } : {}),
  });
}

/** DELETE on a collection: the namespace controller's way to empty a namespace. */
export function handleDeleteCollection(ctx: ApiServerContext, req: ApiRequest, info: ResourceInfo): void {
  const items = cachedList(ctx, info.resource, info.namespaced ? req.namespace : undefined);
  for (const item of items) {
    submitWrite(ctx, {
      resource: info.resource,
      namespace: item.metadata?.namespace,
      name: item.metadata?.name ?? '',
      plan: (current) => (current ? planDelete(ctx, info, current, req.query ?? {}) : { op: 'error', status: statuses.notFound(info, '') }),
      ...(info.resource === 'services' ? { then: afterServiceDelete } : {}),
    });
  }
  reply(ctx, req, 200, { apiVersion: info.groupVersion, kind: `${info.kind}List`, metadata: { resourceVersion: String(ctx.revision) }, items });
}

/** The NamespaceLifecycle admission plugin refuses to delete these. */
const PROTECTED_NAMESPACES = new Set(['default', 'kube-system', 'kube-public']);

export function planDelete(ctx: ApiServerContext, info: ResourceInfo, current: KubeObject, query: Record<string, string>): WritePlan {
  const uid = query['preconditions.uid'];
  if (uid && uid !== current.metadata?.uid) {
    return { op: 'error', status: { ...statuses.conflict(info, current.metadata?.name ?? ''), message: `Precondition failed: UID in precondition: ${uid}, UID in object meta: ${current.metadata?.uid}` } };
  }
  if (info.resource === 'pods') return planPodDelete(ctx, current as Pod, query);
  if (info.resource === 'namespaces') {
    const name = current.metadata?.name ?? '';
    if (PROTECTED_NAMESPACES.has(name)) return { op: 'error', status: statuses.forbidden('namespaces', name, 'this namespace may not be deleted') };
    return planNamespaceDelete(ctx, current);
  }
  if (current.metadata?.deletionTimestamp) return { op: 'none', object: current, code: 200 };
  // --cascade=orphan or foreground: the owner stays, marked, until the garbage collector
  // has let its dependents go or seen them gone, and removes the finalizer.
  const finalizer = deletionFinalizer(info.resource, query.propagationPolicy);
  const finalizers = [...(current.metadata?.finalizers ?? []), ...(finalizer ? [finalizer] : [])];
  if (finalizers.length > 0) return markDeleting(ctx, { ...current, metadata: { ...current.metadata, finalizers } }, 0);
  return { op: 'delete', object: current, code: 200 };
}

function planPodDelete(ctx: ApiServerContext, pod: Pod, query: Record<string, string>): WritePlan {
  const requested = query.gracePeriodSeconds !== undefined ? Number(query.gracePeriodSeconds) : undefined;
  let grace = requested ?? pod.spec?.terminationGracePeriodSeconds ?? 30;
  const phase = pod.status?.phase;
  if (!pod.spec?.nodeName || phase === 'Succeeded' || phase === 'Failed') grace = 0;
  if (grace === 0) return { op: 'delete', object: pod as KubeObject, code: 200 };
  const existing = pod.metadata?.deletionGracePeriodSeconds;
  if (pod.metadata?.deletionTimestamp && existing !== undefined && grace >= existing) {
    return { op: 'none', object: pod as KubeObject, code: 200 };
  }
  return markDeleting(ctx, pod as KubeObject, grace);
}

function planNamespaceDelete(ctx: ApiServerContext, ns: KubeObject): WritePlan {
  if (ns.metadata?.deletionTimestamp) return { op: 'none', object: ns, code: 200 };
  const marked = markDeleting(ctx, ns, 0);
  if (marked.op !== 'put') return marked;
  return { ...marked, object: { ...marked.object, status: { ...(ns.status as object), phase: 'Terminating' } } };
}

/** The deletion is recorded, not yet done; like a spec change, it is a new generation (markAsDeleting, BeforeDelete). */
function markDeleting(ctx: ApiServerContext, obj: KubeObject, graceSeconds: number): WritePlan {
  const at = timestamp(ctx.epoch, ctx.net.now() + graceSeconds * 1000);
  const generation = obj.metadata?.generation;
  const metadata = { ...obj.metadata, deletionTimestamp: at, deletionGracePeriodSeconds: graceSeconds, ...(generation !== undefined ? { generation: generation + 1 } : {}) };
  return { op: 'put', object: { ...obj, metadata }, code: 200 };
}
