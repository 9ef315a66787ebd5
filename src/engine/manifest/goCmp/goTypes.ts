// Go types as go-cmp sees them through reflection: a kind, the name reflect.Type.String()
// prints (core.PodSpec, []core.Container, *int64, map[string]string), and for a struct its
// fields in declaration order with the v1 JSON key each is decoded from. Built from the
// declarations copied out of types.go (coreTypes*.ts).
import { CONTAINER_TYPES } from './coreTypesContainer';
import { POD_TYPES } from './coreTypesPod';
import { VOLUME_TYPES } from './coreTypesVolume';

export type Kind = 'bool' | 'int' | 'string' | 'struct' | 'slice' | 'map' | 'ptr';

export interface GoField {
  name: string;
  type: GoType;
  /** The v1 JSON key; '' for an embedded struct, whose fields sit inline in the JSON. */
  json: string;
}

export interface GoType {
  kind: Kind;
  name: string;
  /** reflect.Type.Name() != "": unnamed pointer types print in parentheses when a type is shown. */
  named: boolean;
  elem?: GoType;
  key?: GoType;
  /** Absent on a struct this file has no declaration for: it is compared and printed from JSON. */
  fields?: GoField[];
  /** A String method on the value: go-cmp prints it as s"…" instead of its fields. */
  stringer?: boolean;
  /** An Equal method: go-cmp compares the value whole, as one leaf. */
  comparedWhole?: boolean;
}

/** Types whose methods change how go-cmp treats them (String, Equal). */
const STRINGERS = new Set(['core.ResourceName', '*inf.Dec']);
const EQUAL_METHODS = new Set(['resource.Quantity']);

const BASIC: Record<string, Kind> = { string: 'string', bool: 'bool', int: 'int', int32: 'int', int64: 'int' };

interface FieldDecl {
  name: string;
  type: string;
  json: string;
}

type Decl = { fields: FieldDecl[] } | { underlying: string };

const qualified = (name: string): string => (name.includes('.') ? name : `core.${name}`);

/** The key encoding/json reads a field from: its Go name with the leading capitals lowered. */
export function jsonKey(goName: string): string {
  const caps = /^[A-Z]*/.exec(goName)?.[0] ?? '';
  if (caps.length === goName.length) return goName.toLowerCase();
  if (caps.length <= 1) return goName.charAt(0).toLowerCase() + goName.slice(1);
  return caps.slice(0, -1).toLowerCase() + goName.slice(caps.length - 1);
}

/** `Name Type`, `Name Type json:key`, or an embedded `Type` (named after its type). */
function fieldDecl(line: string): FieldDecl {
  const [first = '', type, tag] = line.split(/\s+/);
  if (type === undefined) return { name: first.slice(first.lastIndexOf('.') + 1), type: first, json: '' };
  return { name: first, type, json: tag?.startsWith('json:') ? tag.slice('json:'.length) : jsonKey(first) };
}

function parseDecls(text: string, into: Map<string, Decl>): void {
  let fields: FieldDecl[] | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (fields) {
      if (line === '}') fields = undefined;
      else if (line) fields.push(fieldDecl(line));
      continue;
    }
    const m = /^type (\S+) (.+)$/.exec(line);
    if (!m?.[1] || !m[2]) continue;
    if (m[2] === 'struct {') into.set(qualified(m[1]), { fields: (fields = []) });
    else into.set(qualified(m[1]), { underlying: m[2] });
  }
}

const DECLS = new Map<string, Decl>();
for (const text of [POD_TYPES, CONTAINER_TYPES, VOLUME_TYPES]) parseDecls(text, DECLS);
const resolved = new Map<string, GoType>();

function withMethods(t: GoType): GoType {
  if (STRINGERS.has(t.name)) t.stringer = true;
  if (EQUAL_METHODS.has(t.name)) t.comparedWhole = true;
  return t;
}

function remember(name: string, t: GoType): GoType {
  resolved.set(name, t);
  return t;
}

function namedType(name: string): GoType {
  const known = resolved.get(name);
  if (known) return known;
  const decl = DECLS.get(name);
  if (!decl) return remember(name, { kind: 'struct', name, named: true, comparedWhole: true });
  if ('underlying' in decl) return remember(name, withMethods({ ...goType(decl.underlying), name, named: true }));
  const t = remember(name, withMethods({ kind: 'struct', name, named: true, fields: [] }));
  t.fields = decl.fields.map((f) => ({ name: f.name, json: f.json, type: goType(f.type) }));
  return t;
}

function buildType(expr: string): GoType {
  if (expr.startsWith('[]')) {
    const elem = goType(expr.slice(2));
    return { kind: 'slice', name: `[]${elem.name}`, named: false, elem };
  }
  if (expr.startsWith('*')) {
    const elem = goType(expr.slice(1));
    return withMethods({ kind: 'ptr', name: `*${elem.name}`, named: false, elem });
  }
  const map = /^map\[([^\]]+)\](.+)$/.exec(expr);
  if (map?.[1] && map[2]) {
    const key = goType(map[1]);
    const elem = goType(map[2]);
    return { kind: 'map', name: `map[${key.name}]${elem.name}`, named: false, key, elem };
  }
  const basic = BASIC[expr];
  return basic ? { kind: basic, name: expr, named: false } : namedType(qualified(expr));
}

/** The type a Go type expression names: `[]Container`, `*int64`, `v1.LabelSelector`, `PodSpec`. */
export function goType(expr: string): GoType {
  const known = resolved.get(expr);
  if (known) return known;
  return remember(expr, buildType(expr));
}

/** The element (or pointee) type of a slice, map or pointer type. */
export function elemOf(t: GoType): GoType {
  if (!t.elem) throw new Error(`${t.name} has no element type`);
  return t.elem;
}
