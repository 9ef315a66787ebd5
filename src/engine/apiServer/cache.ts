import type { KubeObject } from '../api/objects';
import type { ApiServerContext } from './types';

/** `namespace/name` for namespaced objects, `name` for cluster-scoped ones. */
export function cacheKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

/**
 * The etcd key kube-apiserver uses. Nodes live under `minions` and Services under
 * `services/specs`: historical names the real apiserver still writes.
 */
export function etcdKey(resource: string, namespace: string | undefined, name: string): string {
  const prefix = resource === 'nodes' ? 'minions' : resource === 'services' ? 'services/specs' : resource;
  return namespace ? `/registry/${prefix}/${namespace}/${name}` : `/registry/${prefix}/${name}`;
}

export function cached(ctx: ApiServerContext, resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
  return ctx.cache.get(resource)?.get(cacheKey(namespace, name));
}

export function cachePut(ctx: ApiServerContext, resource: string, obj: KubeObject): void {
  let table = ctx.cache.get(resource);
  if (!table) {
    table = new Map();
    ctx.cache.set(resource, table);
  }
  table.set(cacheKey(obj.metadata?.namespace, obj.metadata?.name ?? ''), obj);
}

export function cacheDelete(ctx: ApiServerContext, resource: string, obj: KubeObject): void {
  ctx.cache.get(resource)?.delete(cacheKey(obj.metadata?.namespace, obj.metadata?.name ?? ''));
}

/** Every cached object of a resource, in one namespace or all, sorted by namespace then name as etcd's range returns them. */
export function cachedList(ctx: ApiServerContext, resource: string, namespace?: string): KubeObject[] {
  const table = ctx.cache.get(resource);
  if (!table) return [];
  const out: KubeObject[] = [];
  for (const obj of table.values()) {
    if (namespace === undefined || obj.metadata?.namespace === namespace) out.push(obj);
  }
  return out.sort(byNamespaceThenName);
}

function byNamespaceThenName(a: KubeObject, b: KubeObject): number {
  const an = a.metadata?.namespace ?? '';
  const bn = b.metadata?.namespace ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  const a2 = a.metadata?.name ?? '';
  const b2 = b.metadata?.name ?? '';
  return a2 < b2 ? -1 : a2 > b2 ? 1 : 0;
}
