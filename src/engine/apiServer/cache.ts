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

/**
 * Every cached object of a resource, in one namespace or all, in the order etcd's range
 * returns them: by key, `namespace/name` compared character by character (so `dev-team`
 * comes before `dev`, as '-' sorts before '/'). Each key is built once, not in every
 * comparison: a cluster with a hundred pods stores several hundred Events.
 */
export function cachedList(ctx: Pick<ApiServerContext, 'cache'>, resource: string, namespace?: string): KubeObject[] {
  const table = ctx.cache.get(resource);
  const keyed: [string, KubeObject][] = [];
  for (const [ns, names] of table ?? []) {
    if (namespace !== undefined && ns !== namespace) continue;
    for (const [name, obj] of names) keyed.push([`${ns}/${name}`, obj]);
  }
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, obj]) => obj);
}
