// What `kubectl wait --for=…` waits for (kubectl cmd/wait): `delete`, `create`,
// `condition=Ready[=True]` (status.conditions, compared case-insensitively) and
// `jsonpath={.status.phase}=Running`. Each is a predicate over the object a watch
// delivers; `kubectl delete` reuses the deletion one to wait for what it deleted.
import type { KubeObject } from '../../api/objects';
import type { ResourceInfo } from '../../api/resources';
import { waitFor, type KubectlEffect } from '../program';

export type WaitCondition =
  | { kind: 'delete' }
  | { kind: 'create' }
  | { kind: 'condition'; name: string; status: string }
  | { kind: 'jsonpath'; path: (string | number)[]; value?: string };

/** conditionFuncFor: the condition `--for` names, or kubectl's error for it. */
export function parseWaitFor(text: string): WaitCondition | string {
  if (text.toLowerCase() === 'delete') return { kind: 'delete' };
  if (text.toLowerCase() === 'create') return { kind: 'create' };
  if (text.startsWith('condition=')) {
    const rest = text.slice('condition='.length);
    const eq = rest.indexOf('=');
    return eq < 0 ? { kind: 'condition', name: rest, status: 'true' } : { kind: 'condition', name: rest.slice(0, eq), status: rest.slice(eq + 1) };
  }
  if (text.startsWith('jsonpath=')) return parseJsonPathFor(text.slice('jsonpath='.length));
  return `error: unrecognized condition: ${JSON.stringify(text)}`;
}

function parseJsonPathFor(input: string): WaitCondition | string {
  const parts = input.split(/(?<!=)=(?!=)/);
  if (parts.length > 2) return "error: jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'";
  const expr = (parts[0] ?? '').replace(/^\{/, '').replace(/\}$/, '');
  if (expr === '') return 'error: jsonpath expression cannot be empty';
  const path = parsePath(expr);
  if (typeof path === 'string') return path;
  if (parts.length === 1) return { kind: 'jsonpath', path };
  const value = (parts[1] ?? '').replace(/^['"]+|['"]+$/g, '');
  if (value === '') return "error: jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3";
  return { kind: 'jsonpath', path, value };
}

/** `.status.containerStatuses[0].ready` → ['status', 'containerStatuses', 0, 'ready']. */
function parsePath(expr: string): (string | number)[] | string {
  const out: (string | number)[] = [];
  const re = /\.([A-Za-z0-9_-]+)|\[(\d+)\]/y;
  let i = 0;
  while (i < expr.length) {
    re.lastIndex = i;
    const m = re.exec(expr);
    if (!m) return `error: unrecognized character in action: U+${(expr.codePointAt(i) ?? 0).toString(16).toUpperCase().padStart(4, '0')} '${expr[i]}'`;
    out.push(m[1] !== undefined ? m[1] : Number(m[2]));
    i = re.lastIndex;
  }
  return out;
}

function lookup(obj: unknown, path: (string | number)[]): unknown {
  let cur: unknown = obj;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[p as string];
  }
  return cur;
}

/** Is the condition true of this object (not for `delete`, which is about absence)? */
export function conditionMet(cond: WaitCondition, obj: KubeObject): boolean {
  switch (cond.kind) {
    case 'delete':
      return false;
    case 'create':
      return true;
    case 'condition': {
      const generation = obj.metadata?.generation;
      const conditions = ((obj.status as { conditions?: { type?: string; status?: string; observedGeneration?: number }[] })?.conditions ?? []);
      return conditions.some(
        (c) =>
          (c.type ?? '').toLowerCase() === cond.name.toLowerCase() &&
          (c.status ?? '').toLowerCase() === cond.status.toLowerCase() &&
          !(generation !== undefined && c.observedGeneration !== undefined && c.observedGeneration < generation),
      );
    }
    case 'jsonpath': {
      const v = lookup(obj, cond.path);
      if (v === undefined) return false;
      if (cond.value === undefined) return true;
      return typeof v === 'object' ? JSON.stringify(v) === cond.value : String(v) === cond.value;
    }
  }
}

/** A week: what `kubectl delete` waits when `--timeout` is zero. */
export const WEEK_MS = 168 * 3600 * 1000;

/**
 * IsDeleted: watch the object until a DELETED event, or until the name belongs to an
 * object with another UID (it was deleted and made again). False on timeout.
 */
export function* waitDeleted(
  resource: ResourceInfo,
  namespace: string | undefined,
  name: string,
  uid: string | undefined,
  timeoutMs: number,
): Generator<KubectlEffect, boolean, unknown> {
  const result = yield* waitFor(
    { resource: resource.resource, groupVersion: resource.groupVersion, ...(resource.namespaced && namespace !== undefined ? { namespace } : {}), name },
    (obj, event) => event === 'DELETED' || event === 'BOOKMARK' || (obj !== undefined && uid !== undefined && obj.metadata?.uid !== uid),
    Math.max(0, timeoutMs),
  );
  return result.ok;
}
