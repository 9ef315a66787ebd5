// The errors Go's JSON decoder (sigs.k8s.io/json, a fork of encoding/json) raises while
// decoding a request body into the typed API object: `json: cannot unmarshal string into Go
// struct field ContainerPort.spec.containers.ports.containerPort of type int32`, or the
// message of a custom decoder (Quantity, IntOrString, Time). kubectl marshals objects from
// maps, so keys arrive sorted; the first type error wins, but a custom decoder's error
// aborts decoding and wins over an earlier type error.
import { fieldsOf, goStructName, goTypeString, rootTypeName, type TypeRef } from './fieldMap';
import { parseQuantity, quantityText } from './quantity';

interface Walk {
  typeError?: string;
  abort?: string;
  /**
   * A quick first pass: keys in any order and no messages, only "is anything wrong".
   * Almost every body decodes cleanly; only one that does not is walked again in the
   * decoder's order to find the error it reports first.
   */
  probe?: boolean;
  /** In a probe, a field the Go type lacks is dirty too (strict decoding's question, asked in the same walk). */
  strict?: boolean;
  dirty?: boolean;
}

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  return typeof v; // string, number, object
}

function typeError(w: Walk, value: string, struct: string, path: string[], ref: TypeRef | string): void {
  if (w.probe) {
    w.dirty = true;
    return;
  }
  if (w.typeError) return;
  const type = typeof ref === 'string' ? ref : goTypeString(ref);
  w.typeError = `json: cannot unmarshal ${value} into Go struct field ${struct}.${path.join('.')} of type ${type}`;
}

const INT_RANGE = { i32: 2 ** 31, i64: 2 ** 63 } as const;

function checkInt(w: Walk, v: unknown, code: 'i32' | 'i64', struct: string, path: string[]): void {
  if (typeof v !== 'number') return typeError(w, jsonKind(v), struct, path, code === 'i32' ? 'int32' : 'int64');
  const limit = INT_RANGE[code];
  if (!Number.isInteger(v) || v >= limit || v < -limit) {
    typeError(w, `number ${v}`, struct, path, code === 'i32' ? 'int32' : 'int64');
  }
}

/** IntOrString.UnmarshalJSON: a string, or json.Unmarshal into an int32 (a fresh "Go value"). */
function checkIntOrString(v: unknown): string | undefined {
  if (typeof v === 'string') return undefined;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v < 2 ** 31 && v >= -(2 ** 31)) return undefined;
    return `json: cannot unmarshal number ${v} into Go value of type int32`;
  }
  return `json: cannot unmarshal ${jsonKind(v)} into Go value of type int32`;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function checkTime(v: unknown): string | undefined {
  if (typeof v !== 'string') return `json: cannot unmarshal ${jsonKind(v)} into Go value of type string`;
  if (RFC3339.test(v)) return undefined;
  return `parsing time ${JSON.stringify(v)} as "2006-01-02T15:04:05Z07:00": cannot parse ${JSON.stringify(v)} as "2006"`;
}

function checkScalar(w: Walk, v: unknown, ref: Extract<TypeRef, { k: 'scalar' }>, struct: string, path: string[]): void {
  switch (ref.code) {
    case 's':
      if (typeof v !== 'string') typeError(w, jsonKind(v), struct, path, ref);
      return;
    case 'b':
      if (typeof v !== 'boolean') typeError(w, jsonKind(v), struct, path, ref);
      return;
    case 'f64':
      if (typeof v !== 'number') typeError(w, jsonKind(v), struct, path, ref);
      return;
    case 'i32':
    case 'i64':
      return checkInt(w, v, ref.code, struct, path);
    case 'q': {
      const ok = typeof v === 'string' || typeof v === 'number';
      const parsed = parseQuantity(ok ? quantityText(v) : '!');
      if (typeof parsed === 'string') w.abort = parsed;
      return;
    }
    case 'ios':
      w.abort = checkIntOrString(v);
      return;
    case 't':
      w.abort = checkTime(v);
      return;
    case 'any':
      return;
  }
}

function walk(w: Walk, v: unknown, ref: TypeRef, struct: string, path: string[]): void {
  if (v === null || v === undefined || w.abort) return;
  if (ref.k === 'scalar') return checkScalar(w, v, ref, struct, path);
  if (ref.k === 'list') {
    if (!Array.isArray(v)) return typeError(w, jsonKind(v), struct, path, ref);
    for (const item of v) walk(w, item, ref.of, struct, path);
    return;
  }
  if (typeof v !== 'object' || Array.isArray(v)) return typeError(w, jsonKind(v), struct, path, ref);
  const obj = v as Record<string, unknown>;
  if (ref.k === 'map') {
    for (const key of keysOf(w, obj)) walk(w, obj[key], ref.of, struct, path);
    return;
  }
  walkStruct(w, obj, ref.name, path);
}

function walkStruct(w: Walk, obj: Record<string, unknown>, typeName: string, path: string[]): void {
  const fields = fieldsOf(typeName);
  if (!fields) return;
  const struct = goStructName(typeName);
  for (const key of keysOf(w, obj)) {
    const ref = fields.get(key);
    if (ref) walk(w, obj[key], ref, struct, w.probe ? path : [...path, key]);
    else if (w.strict) w.dirty = true;
    if (w.abort) return;
  }
}

const keysOf = (w: Walk, obj: Record<string, unknown>): string[] => (w.probe ? Object.keys(obj) : Object.keys(obj).sort());

/** Walk a value as the decoder does: a quick probe, and the exact walk only when it found something. */
function decode(start: (w: Walk) => void): string | undefined {
  const probe: Walk = { probe: true };
  start(probe);
  if (!probe.dirty && !probe.abort) return undefined;
  const w: Walk = {};
  start(w);
  return w.abort ?? w.typeError;
}

/**
 * The decode error the API server answers a body with (before strict unknown-field checks
 * and validation), or undefined when the object decodes into its Go type.
 */
export function decodeError(obj: Record<string, unknown>): string | undefined {
  const typeName = rootTypeName(String(obj.apiVersion), String(obj.kind));
  if (!typeName) return undefined;
  return decode((w) => walkStruct(w, obj, typeName, []));
}

/**
 * True when the body decodes into its Go type and has no field the type lacks — what
 * nearly every body does, found in one quick walk. Only a body that fails it needs
 * `decodeError` and `unknownFields` (strict.ts) to say what is wrong.
 */
export function decodesStrictly(obj: Record<string, unknown>): boolean {
  const typeName = rootTypeName(String(obj.apiVersion), String(obj.kind));
  if (!typeName) return true;
  const probe: Walk = { probe: true, strict: true };
  walkStruct(probe, obj, typeName, []);
  return !probe.dirty && !probe.abort;
}

/**
 * kubectl's metadataValidatingDecoder: before sending anything it decodes the document into
 * TypeMeta + ObjectMeta, so a malformed `metadata` fails on the client.
 */
export function metadataDecodeError(obj: Record<string, unknown>): string | undefined {
  const meta = obj.metadata;
  if (meta === undefined || meta === null) return undefined;
  return decode((w) => walk(w, meta, { k: 'struct', name: 'ObjectMeta' }, 'metadataOnlyObject', ['metadata']));
}
