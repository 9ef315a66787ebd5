import type { KubeObject } from '../api/objects';
import type { ApiServerContext } from './types';

/**
 * The etcd key kube-apiserver uses. Nodes live under `minions` and Services under
 * `services/specs`: historical names the real apiserver still writes.
 */
export function etcdKey(resource: string, namespace: string | undefined, name: string): string {
  const prefix = resource === 'nodes' ? 'minions' : resource === 'services' ? 'services/specs' : resource;
  return namespace ? `/registry/${prefix}/${namespace}/${name}` : `/registry/${prefix}/${name}`;
}

/**
 * The watch cache's table for one resource: namespace ('' for cluster-scoped objects) →
 * name → object. Two lookups by strings the request already holds, rather than one by a
 * `namespace/name` key built (and hashed) anew for every read and write.
 */
export type CacheTable = Map<string, Map<string, KubeObject>>;

export function cached(ctx: ApiServerContext, resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
  return ctx.cache.get(resource)?.get(namespace ?? '')?.get(name);
}

export function cachePut(ctx: ApiServerContext, resource: string, obj: KubeObject): void {
  let table = ctx.cache.get(resource);
  if (!table) {
    table = new Map();
    ctx.cache.set(resource, table);
  }
  const namespace = obj.metadata?.namespace ?? '';
  let names = table.get(namespace);
  if (!names) {
    names = new Map();
    table.set(namespace, names);
  }
  names.set(obj.metadata?.name ?? '', obj);
}

export function cacheDelete(ctx: ApiServerContext, resource: string, obj: KubeObject): void {
  ctx.cache.get(resource)?.get(obj.metadata?.namespace ?? '')?.delete(obj.metadata?.name ?? '');
}

/** Every cached object of a resource, in no particular order. */
export function cachedObjects(ctx: Pick<ApiServerContext, 'cache'>, resource: string): KubeObject[] {
  const out: KubeObject[] = [];
  for (const names of ctx.cache.get(resource)?.values() ?? []) for (const obj of names.values()) out.push(obj);
  return out;
}

/** Every cached object of a resource, in one namespace or all, sorted by namespace then name as etcd's range returns them. */
export function cachedList(ctx: ApiServerContext, resource: string, namespace?: string): KubeObject[] {
  if (namespace === undefined) return cachedObjects(ctx, resource).sort(byNamespaceThenName);
  return [...(ctx.cache.get(resource)?.get(namespace)?.values() ?? [])].sort(byNamespaceThenName);
}

function byNamespaceThenName(a: KubeObject, b: KubeObject): number {
  const an = a.metadata?.namespace ?? '';
  const bn = b.metadata?.namespace ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  const a2 = a.metadata?.name ?? '';
  const b2 = b.metadata?.name ?? '';
  return a2 < b2 ? -1 : a2 > b2 ? 1 : 0;
}
