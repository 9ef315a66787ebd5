// The generated field map, parsed on first use: which JSON fields each Go API type has and
// what they hold. Strict decoding (unknown fields) and JSON type errors walk it.
import { ROOT_TYPES, TYPES } from './generated/fieldMap';

export type Scalar = 's' | 'b' | 'i32' | 'i64' | 'f64' | 'q' | 'ios' | 't' | 'any';
export type TypeRef =
  | { k: 'scalar'; code: Scalar }
  | { k: 'list'; of: TypeRef }
  | { k: 'map'; of: TypeRef }
  | { k: 'struct'; name: string };

const SCALARS = new Set<string>(['s', 'b', 'i32', 'i64', 'f64', 'q', 'ios', 't', 'any']);
const parsed = new Map<string, Map<string, TypeRef>>();

function parseRef(code: string): TypeRef {
  if (code.startsWith('[]')) return { k: 'list', of: parseRef(code.slice(2)) };
  if (code.startsWith('{}')) return { k: 'map', of: parseRef(code.slice(2)) };
  if (SCALARS.has(code)) return { k: 'scalar', code: code as Scalar };
  return { k: 'struct', name: code };
}

/** Fields of a struct type, or undefined for a name the map does not know. */
export function fieldsOf(typeName: string): Map<string, TypeRef> | undefined {
  const cached = parsed.get(typeName);
  if (cached) return cached;
  const spec = TYPES[typeName];
  if (spec === undefined) return undefined;
  const fields = new Map<string, TypeRef>();
  for (const entry of spec ? spec.split(',') : []) {
    const colon = entry.indexOf(':');
    fields.set(entry.slice(0, colon), parseRef(entry.slice(colon + 1)));
  }
  parsed.set(typeName, fields);
  return fields;
}

/** The struct type of a top-level object, from its apiVersion and kind. */
export function rootTypeName(apiVersion: string, kind: string): string | undefined {
  return ROOT_TYPES[`${apiVersion}/${kind}`];
}

/** Go's name for a struct type (`Discovery.EndpointPort` → `EndpointPort`). */
export function goStructName(typeName: string): string {
  const dot = typeName.indexOf('.');
  return dot < 0 ? typeName : typeName.slice(dot + 1);
}

/** reflect.Type.String() of a field's Go type, as json.UnmarshalTypeError prints it. */
export function goTypeString(ref: TypeRef): string {
  switch (ref.k) {
    case 'list':
      return `[]${goTypeString(ref.of)}`;
    case 'map':
      // Resource lists (limits, requests, capacity) are the named type v1.ResourceList.
      return ref.of.k === 'scalar' && ref.of.code === 'q' ? 'v1.ResourceList' : `map[string]${goTypeString(ref.of)}`;
    case 'struct':
      return `v1.${goStructName(ref.name)}`;
    case 'scalar':
      return SCALAR_GO[ref.code];
  }
}

const SCALAR_GO: Record<Scalar, string> = {
  s: 'string',
  b: 'bool',
  i32: 'int32',
  i64: 'int64',
  f64: 'float64',
  q: 'resource.Quantity',
  ios: 'intstr.IntOrString',
  t: 'v1.Time',
  any: 'interface {}',
};
