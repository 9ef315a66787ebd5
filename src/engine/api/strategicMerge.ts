/**
 * The merge kubectl's client-side apply relies on: maps merge key by key, `null` deletes
 * a key, and the lists Kubernetes merges by a key (containers and volumes by name, ports
 * by containerPort or port) merge item by item; other lists are replaced (strategic
 * merge patch, simplified to the patch strategies those fields declare). A patch made by
 * CreateTwoWayMergePatch (`kubectl edit`) lists only the items that changed, with a
 * `$setElementOrder/FIELD` directive giving the whole list's order and `{"$patch":"delete"}`
 * items for those removed.
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

export const SET_ELEMENT_ORDER = '$setElementOrder/';

/** The key a list field merges its items by (`ports`: containerPort for a container's, port for a Service's), if it merges. */
export function mergeKeyOf(field: string, items: unknown[]): string | undefined {
  return field === 'ports' ? portKey(items) : MERGE_KEYS[field];
}

export function strategicMerge(live: unknown, patch: unknown, field = ''): unknown {
  if (patch === null) return undefined;
  if (Array.isArray(patch)) return mergeList(live, patch, field);
  if (!isObject(patch) || !isObject(live)) return patch;
  const out: Record<string, unknown> = { ...live };
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith(SET_ELEMENT_ORDER)) {
      const f = k.slice(SET_ELEMENT_ORDER.length);
      if (!(f in patch) && Array.isArray(v)) out[f] = ordered(live[f], [], f, v);
      continue;
    }
    const order = patch[SET_ELEMENT_ORDER + k];
    const merged = Array.isArray(v) && Array.isArray(order) ? ordered(live[k], v, k, order) : strategicMerge(live[k], v, k);
    if (merged === undefined) delete out[k];
    else out[k] = merged;
  }
  return out;
}

function mergeList(live: unknown, patch: unknown[], field: string): unknown {
  const key = mergeKeyOf(field, patch);
  if (!key || !Array.isArray(live)) return patch;
  const byKey = new Map<unknown, unknown>();
  for (const item of live) if (isObject(item)) byKey.set(item[key], item);
  return patch.map((item) => (isObject(item) && byKey.has(item[key]) ? strategicMerge(byKey.get(item[key]), item) : item));
}

/** A list patched with `$setElementOrder`: the items in that order, changed ones merged, deleted ones gone. */
function ordered(live: unknown, patch: unknown[], field: string, order: unknown[]): unknown[] {
  const liveItems = Array.isArray(live) ? live : [];
  const key = mergeKeyOf(field, [...patch, ...order, ...liveItems]);
  if (!key) return patch;
  const from = (items: unknown[]) => new Map(items.filter(isObject).map((i) => [i[key], i] as const));
  const was = from(liveItems);
  const changed = from(patch);
  const out: unknown[] = [];
  const placed = new Set<unknown>();
  for (const o of order.filter(isObject)) {
    const k = o[key];
    const p = changed.get(k);
    placed.add(k);
    if (p && p.$patch === 'delete') continue;
    const item = p ? (was.has(k) ? strategicMerge(was.get(k), p) : p) : was.get(k);
    if (item !== undefined) out.push(item);
  }
  for (const [k, item] of was) if (!placed.has(k) && changed.get(k)?.$patch !== 'delete') out.push(item);
  return out;
}

/** The patch without its directives (`$setElementOrder/…`, `$patch`): what the decoder checks for unknown fields. */
export function withoutDirectives(patch: unknown): unknown {
  if (Array.isArray(patch)) return patch.map(withoutDirectives);
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) if (!k.startsWith('$')) out[k] = withoutDirectives(v);
  return out;
}

function portKey(items: unknown[]): string {
  return items.some((p) => isObject(p) && 'containerPort' in p) ? 'containerPort' : 'port';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
