// Go values of the internal types, built from an object's v1 JSON the way the API server
// decodes and converts it: absent fields are zero values, absent lists, maps and pointers
// nil. Lists and maps are nil when empty too: the stored side comes back from etcd through
// protobuf, which keeps no empty list.
import { asList, asObj, sortedKeys, type Obj } from '../meta';
import { elemOf, type GoType } from './goTypes';
import { quantityAmount, quantityFields } from './quantityFields';

export interface BasicValue {
  kind: 'basic';
  type: GoType;
  v: string | bigint | boolean;
}

export interface StructValue {
  kind: 'struct';
  type: GoType;
  fields: { name: string; value: GoValue }[];
  /** What a value compared whole is compared by (a Quantity's amount, a JSON text). */
  identity?: string;
}

export interface SliceValue {
  kind: 'slice';
  type: GoType;
  items: GoValue[] | null;
}

export interface MapValue {
  kind: 'map';
  type: GoType;
  entries: { key: BasicValue; value: GoValue }[] | null;
}

export interface PtrValue {
  kind: 'ptr';
  type: GoType;
  elem: GoValue | null;
}

export type GoValue = BasicValue | StructValue | SliceValue | MapValue | PtrValue;

/** The types of values inside a struct this package has no declaration for. */
const ANY: Record<'string' | 'int' | 'bool' | 'struct' | 'slice' | 'ptr', GoType> = {
  string: { kind: 'string', name: 'string', named: false },
  int: { kind: 'int', name: 'int64', named: false },
  bool: { kind: 'bool', name: 'bool', named: false },
  struct: { kind: 'struct', name: '', named: false, comparedWhole: true },
  slice: { kind: 'slice', name: '', named: false },
  ptr: { kind: 'ptr', name: '', named: false },
};

const basic = (type: GoType, v: string | bigint | boolean): BasicValue => ({ kind: 'basic', type, v });
const int = (json: unknown): bigint => BigInt(Math.trunc(Number(json ?? 0) || 0));
const isEmpty = (json: unknown): boolean => json === undefined || json === null || Object.keys(json).length === 0;
const field = (name: string, value: GoValue): StructValue['fields'][number] => ({ name, value });

/** JSON with its keys sorted, so equal objects give equal text. */
function stableText(json: unknown): string {
  if (Array.isArray(json)) return `[${json.map(stableText).join(',')}]`;
  if (typeof json === 'object' && json !== null) {
    return `{${sortedKeys(json as Obj).map((k) => `${JSON.stringify(k)}:${stableText((json as Obj)[k])}`).join(',')}}`;
  }
  return JSON.stringify(json) ?? 'null';
}

function anyValue(json: unknown): GoValue {
  if (typeof json === 'string') return basic(ANY.string, json);
  if (typeof json === 'number') return basic(ANY.int, int(json));
  if (typeof json === 'boolean') return basic(ANY.bool, json);
  if (Array.isArray(json)) return { kind: 'slice', type: ANY.slice, items: json.map(anyValue) };
  if (typeof json === 'object' && json !== null) return undeclaredStruct(ANY.struct, json as Obj);
  return { kind: 'ptr', type: ANY.ptr, elem: null };
}

/** A struct not copied from types.go: its JSON fields, capitalised, compared as one value. */
function undeclaredStruct(type: GoType, obj: Obj): StructValue {
  const fields = Object.keys(obj).map((k) => field(k.charAt(0).toUpperCase() + k.slice(1), anyValue(obj[k])));
  return { kind: 'struct', type, fields, identity: stableText(obj) };
}

/** resource.Quantity from its JSON string (or number), as ParseQuantity leaves it. */
function quantityValue(type: GoType, json: unknown): StructValue {
  const text = json === undefined || json === null ? '' : String(json);
  const q = quantityFields(text);
  const [i, d, s, format] = type.fields ?? [];
  if (!i || !d || !s || !format) throw new Error('resource.Quantity is declared with i, d, s and Format');
  const amount = { value: q.value, scale: q.scale };
  const dec = q.dec === '' ? null : q.dec;
  return {
    kind: 'struct',
    type,
    identity: quantityAmount(text),
    fields: [
      field('i', goValue(i.type, amount)),
      field('d', goValue(d.type, { dec })),
      field('s', basic(s.type, q.cached)),
      field('Format', basic(format.type, q.format)),
    ],
  };
}

/** intstr.IntOrString: Type 0 with IntVal for a JSON number, Type 1 with StrVal for a string. */
function intOrStringValue(type: GoType, json: unknown): StructValue {
  const [kind, intVal, strVal] = type.fields ?? [];
  if (!kind || !intVal || !strVal) throw new Error('intstr.IntOrString is declared with Type, IntVal and StrVal');
  const isString = typeof json === 'string';
  return {
    kind: 'struct',
    type,
    fields: [
      field('Type', basic(kind.type, isString ? 1n : 0n)),
      field('IntVal', basic(intVal.type, isString ? 0n : int(json))),
      field('StrVal', basic(strVal.type, isString ? json : '')),
    ],
  };
}

function structValue(type: GoType, json: unknown): StructValue {
  if (type.name === 'resource.Quantity') return quantityValue(type, json);
  if (type.name === 'intstr.IntOrString') return intOrStringValue(type, json);
  const obj = asObj(json);
  if (!type.fields) return undeclaredStruct(type, obj);
  return { kind: 'struct', type, fields: type.fields.map((f) => field(f.name, goValue(f.type, f.json ? obj[f.json] : obj))) };
}

function mapValue(type: GoType, json: unknown): MapValue {
  if (isEmpty(json)) return { kind: 'map', type, entries: null };
  const obj = asObj(json);
  const keyType = type.key ?? ANY.string;
  return { kind: 'map', type, entries: sortedKeys(obj).map((k) => ({ key: basic(keyType, k), value: goValue(elemOf(type), obj[k]) })) };
}

/** The internal Go value of `type` that v1 JSON decodes to. */
export function goValue(type: GoType, json: unknown): GoValue {
  switch (type.kind) {
    case 'string':
      return basic(type, typeof json === 'string' ? json : json === undefined || json === null ? '' : String(json));
    case 'int':
      return basic(type, typeof json === 'bigint' ? json : int(json));
    case 'bool':
      return basic(type, json === true);
    case 'ptr':
      return { kind: 'ptr', type, elem: json === undefined || json === null ? null : goValue(elemOf(type), json) };
    case 'slice':
      return { kind: 'slice', type, items: isEmpty(json) ? null : asList(json).map((j) => goValue(elemOf(type), j)) };
    case 'map':
      return mapValue(type, json);
    case 'struct':
      return structValue(type, json);
  }
}

/** value.IsZero: false, 0, "", nil, or a struct of zero fields. */
export function isZero(v: GoValue): boolean {
  switch (v.kind) {
    case 'basic':
      return v.v === '' || v.v === 0n || v.v === false;
    case 'struct':
      return v.fields.every((f) => isZero(f.value));
    case 'slice':
      return v.items === null;
    case 'map':
      return v.entries === null;
    case 'ptr':
      return v.elem === null;
  }
}
