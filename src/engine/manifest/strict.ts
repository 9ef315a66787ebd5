// Strict decoding (fieldValidation=Strict, kubectl's default): every JSON field the Go type
// does not have is reported, as `spec.containers[0].imagee`, in the order the decoder meets
// them (kubectl sends keys sorted).
import type { KubeObject } from '../api/objects';
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

/** Unknown fields of an object, e.g. ['metadata.lables', 'spec.containers[0].imagee']. */
export function unknownFields(obj: KubeObject): string[] {
  const typeName = rootTypeName(obj.apiVersion, obj.kind);
  if (!typeName) return [];
  const out: string[] = [];
  visitStruct(obj, typeName, '', out);
  return out;
}
