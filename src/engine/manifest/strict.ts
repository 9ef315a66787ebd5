// Strict decoding (fieldValidation=Strict, kubectl's default): every JSON field the Go type
// does not have is reported, as `spec.containers[0].imagee`, in the order the decoder meets
// them (kubectl sends keys sorted).
import type { KubeObject } from '../api/objects';
import { cloneJSON } from './defaults';
import { fieldsOf, rootTypeName, type TypeRef } from './fieldMap';

function visit(v: unknown, ref: TypeRef, path: string, out: string[]): void {
  if (v === null || typeof v !== 'object') return;
  if (ref.k === 'list') {
    if (Array.isArray(v)) v.forEach((item, i) => visit(item, ref.of, `${path}[${i}]`, out));
    return;
  }
  if (Array.isArray(v)) return;
  const obj = v as Record<string, unknown>;
  if (ref.k === 'map') {
    for (const key of Object.keys(obj).sort()) visit(obj[key], ref.of, `${path}[${key}]`, out);
  } else if (ref.k === 'struct') {
    visitStruct(obj, ref.name, path, out);
  }
}

function visitStruct(obj: Record<string, unknown>, typeName: string, path: string, out: string[]): void {
  const fields = fieldsOf(typeName);
  if (!fields) return;
  for (const key of Object.keys(obj).sort()) {
    const child = path ? `${path}.${key}` : key;
    const ref = fields.get(key);
    if (ref) visit(obj[key], ref, child, out);
    else out.push(child);
  }
}

/** Whether any field is unknown: no paths, no sorting (nearly every body has none). */
function hasUnknown(v: unknown, ref: TypeRef): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (ref.k === 'list') {
    if (Array.isArray(v)) for (const item of v) if (hasUnknown(item, ref.of)) return true;
    return false;
  }
  if (Array.isArray(v) || ref.k === 'scalar') return false;
  const obj = v as Record<string, unknown>;
  const fields = ref.k === 'struct' ? fieldsOf(ref.name) : undefined;
  if (ref.k === 'struct' && !fields) return false;
  for (const key of Object.keys(obj)) {
    const child = fields ? fields.get(key) : ref.k === 'map' ? ref.of : undefined;
    if (!child) return true;
    if (hasUnknown(obj[key], child)) return true;
  }
  return false;
}

/** Unknown fields of an object, e.g. ['metadata.lables', 'spec.containers[0].imagee']. */
export function unknownFields(obj: KubeObject): string[] {
  const typeName = rootTypeName(obj.apiVersion, obj.kind);
  if (!typeName) return [];
  if (!hasUnknown(obj, { k: 'struct', name: typeName })) return [];
  const out: string[] = [];
  visitStruct(obj, typeName, '', out);
  return out;
}

/**
 * Drop unknown fields (`spec.containers[0].imagee`) from an object, as the API server's
 * decoder does under fieldValidation=Ignore or Warn. Returns a copy.
 */
export function dropFields(obj: KubeObject, paths: string[]): KubeObject {
  const copy = cloneJSON(obj);
  for (const path of paths) {
    const parts = path.match(/[^.[\]]+/g) ?? [];
    let cur: unknown = copy;
    for (const p of parts.slice(0, -1)) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[p] : undefined;
    const last = parts[parts.length - 1];
    if (cur && typeof cur === 'object' && last !== undefined) delete (cur as Record<string, unknown>)[last];
  }
  return copy;
}
