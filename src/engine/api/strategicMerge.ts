/**
 * The merge kubectl's client-side apply relies on: maps merge key by key, `null` deletes
 * a key, and the lists Kubernetes merges by a key (containers and volumes by name, ports
 * by containerPort or port) merge item by item; other lists are replaced (strategic
 * merge patch, simplified to the patch strategies those fields declare).
 */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  env: 'name',
  imagePullSecrets: 'name',
  tolerations: 'key',
  conditions: 'type',
};

export function strategicMerge(live: unknown, patch: unknown, field = ''): unknown {
  if (patch === null) return undefined;
  if (Array.isArray(patch)) return mergeList(live, patch, field);
  if (!isObject(patch) || !isObject(live)) return patch;
  const out: Record<string, unknown> = { ...live };
  for (const [k, v] of Object.entries(patch)) {
    const merged = strategicMerge(live[k], v, k);
    if (merged === undefined) delete out[k];
    else out[k] = merged;
  }
  return out;
}

function mergeList(live: unknown, patch: unknown[], field: string): unknown {
  const key = field === 'ports' ? portKey(patch) : MERGE_KEYS[field];
  if (!key || !Array.isArray(live)) return patch;
  const byKey = new Map<unknown, unknown>();
  for (const item of live) if (isObject(item)) byKey.set(item[key], item);
  return patch.map((item) => (isObject(item) && byKey.has(item[key]) ? strategicMerge(byKey.get(item[key]), item) : item));
}

function portKey(items: unknown[]): string {
  return items.some((p) => isObject(p) && 'containerPort' in p) ? 'containerPort' : 'port';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
