// JSON patch (RFC 6902, application/json-patch+json): a list of operations on paths
// written as JSON pointers (RFC 6901). kubectl sends one to roll a Deployment back:
// `replace /spec/template` and `replace /metadata/annotations`.
import { cloneJSON } from '../manifest/defaults';
import { sameJson } from './mergePatch';

export interface JsonPatchOp {
  op: 'add' | 'remove' | 'replace' | 'test';
  path: string;
  value?: unknown;
}

/** Apply the operations in order to a copy of `target`; an error names the failing path as the API server does. */
export function applyJsonPatch(target: unknown, ops: unknown): { ok: true; value: unknown } | { ok: false; error: string } {
  if (!Array.isArray(ops)) return { ok: false, error: 'json: cannot unmarshal object into Go value of type jsonpatch.Patch' };
  let doc = cloneJSON(target);
  for (const raw of ops as JsonPatchOp[]) {
    const tokens = pointer(raw.path);
    if (!tokens) return { ok: false, error: `doc is missing path: "${raw.path}": missing value` };
    const result = applyOp(doc, raw, tokens);
    if (!result.ok) return result;
    doc = result.value;
  }
  return { ok: true, value: doc };
}

/** "/metadata/annotations/a~1b" → ["metadata", "annotations", "a/b"]. */
function pointer(path: string): string[] | undefined {
  if (path === '') return [];
  if (!path.startsWith('/')) return undefined;
  return path
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function applyOp(doc: unknown, op: JsonPatchOp, tokens: string[]): { ok: true; value: unknown } | { ok: false; error: string } {
  if (tokens.length === 0) return op.op === 'remove' ? { ok: true, value: null } : { ok: true, value: op.value };
  const parent = walk(doc, tokens.slice(0, -1));
  const key = tokens[tokens.length - 1]!;
  const missing = { ok: false as const, error: `doc is missing path: "${op.path}": missing value` };
  if (parent === undefined || parent === null || typeof parent !== 'object') return missing;
  if (Array.isArray(parent)) return arrayOp(doc, parent, key, op, missing);
  const map = parent as Record<string, unknown>;
  if (op.op !== 'add' && !(key in map)) return missing;
  if (op.op === 'remove') delete map[key];
  else if (op.op === 'test') return sameJson(map[key], op.value) ? { ok: true, value: doc } : { ok: false, error: `testing value ${op.path} failed: test failed` };
  else map[key] = op.value;
  return { ok: true, value: doc };
}

function arrayOp(doc: unknown, list: unknown[], key: string, op: JsonPatchOp, missing: { ok: false; error: string }) {
  const index = key === '-' ? list.length : Number(key);
  if (!Number.isInteger(index) || index < 0 || index > list.length || (op.op !== 'add' && index === list.length)) return missing;
  if (op.op === 'add') list.splice(index, 0, op.value);
  else if (op.op === 'remove') list.splice(index, 1);
  else if (op.op === 'replace') list[index] = op.value;
  else if (!sameJson(list[index], op.value)) return { ok: false as const, error: `testing value ${op.path} failed: test failed` };
  return { ok: true as const, value: doc };
}

function walk(doc: unknown, tokens: string[]): unknown {
  let at = doc;
  for (const t of tokens) {
    if (at === null || typeof at !== 'object') return undefined;
    at = Array.isArray(at) ? at[Number(t)] : (at as Record<string, unknown>)[t];
  }
  return at;
}
