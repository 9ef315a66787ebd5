// go-cmp's comparison (compare.go) recorded as its report tree (report_value.go): one node
// per value compared, with the counts of equal and unequal leaves below it. A leaf is a
// basic value, a nil on either side of a pointer, list or map, a missing list element or
// map entry, or a value with an Equal method (resource.Quantity).
import { difference, type Result } from './editScript';
import { elemOf, type GoType } from './goTypes';
import type { BasicValue, GoValue, MapValue, PtrValue, SliceValue, StructValue } from './goValue';

export interface ReportRecord {
  /** A struct field's name, a map entry's key; none for a list element. */
  key?: string | BasicValue;
  node: ValueNode;
}

export interface ValueNode {
  type: GoType;
  /** Either side is undefined for an element or entry only the other side has. */
  x: GoValue | undefined;
  y: GoValue | undefined;
  numSame: number;
  numDiff: number;
  /** Leaves compared by an Equal method. */
  numCompared: number;
  numChildren: number;
  maxDepth: number;
  records: ReportRecord[];
  /** The value a pointer points to. */
  value?: ValueNode;
}

const node = (type: GoType, x: GoValue | undefined, y: GoValue | undefined): ValueNode => ({
  type,
  x,
  y,
  numSame: 0,
  numDiff: 0,
  numCompared: 0,
  numChildren: 0,
  maxDepth: 0,
  records: [],
});

function leaf(n: ValueNode, equal: boolean, byMethod = false): ValueNode {
  if (equal) n.numSame = 1;
  else n.numDiff = 1;
  n.numCompared = byMethod ? 1 : 0;
  return n;
}

/** PopStep: a child's counts added to its parent's. */
function adopt(parent: ValueNode, child: ValueNode): ValueNode {
  parent.numSame += child.numSame;
  parent.numDiff += child.numDiff;
  parent.numCompared += child.numCompared;
  parent.numChildren += child.numChildren + 1;
  parent.maxDepth = Math.max(parent.maxDepth, child.maxDepth + 1);
  return child;
}

function compareStruct(n: ValueNode, x: StructValue, y: StructValue): ValueNode {
  (n.type.fields ?? []).forEach((f, i) => {
    const child = compareValues(f.type, x.fields[i]?.value, y.fields[i]?.value);
    n.records.push({ key: f.name, node: adopt(n, child) });
  });
  return n;
}

/** Lists are compared along their edit script, so an inserted element shows as inserted. */
function compareSlice(n: ValueNode, x: SliceValue, y: SliceValue): ValueNode {
  if (!x.items || !y.items) return leaf(n, !x.items && !y.items);
  const [xs, ys, elem] = [x.items, y.items, elemOf(n.type)];
  const results = new Map<string, Result>();
  const equal = (ix: number, iy: number): Result => {
    const known = results.get(`${ix},${iy}`);
    if (known) return known;
    const r = compareValues(elem, xs[ix], ys[iy]);
    const result = { same: r.numSame, diff: r.numDiff };
    results.set(`${ix},${iy}`, result);
    return result;
  };
  let ix = 0;
  let iy = 0;
  for (const e of difference(xs.length, ys.length, equal)) {
    const vx = e === 'uniqueY' ? undefined : xs[ix++];
    const vy = e === 'uniqueX' ? undefined : ys[iy++];
    n.records.push({ node: adopt(n, compareValues(elem, vx, vy)) });
  }
  return n;
}

function compareMap(n: ValueNode, x: MapValue, y: MapValue): ValueNode {
  if (!x.entries || !y.entries) return leaf(n, !x.entries && !y.entries);
  const xs = new Map(x.entries.map((e) => [e.key.v as string, e]));
  const ys = new Map(y.entries.map((e) => [e.key.v as string, e]));
  const keys = [...new Set([...xs.keys(), ...ys.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const k of keys) {
    const ex = xs.get(k);
    const ey = ys.get(k);
    const key = ex?.key ?? ey?.key;
    n.records.push({ key, node: adopt(n, compareValues(elemOf(n.type), ex?.value, ey?.value)) });
  }
  return n;
}

function comparePtr(n: ValueNode, x: PtrValue, y: PtrValue): ValueNode {
  if (!x.elem || !y.elem) return leaf(n, !x.elem && !y.elem);
  n.value = adopt(n, compareValues(elemOf(n.type), x.elem, y.elem));
  return n;
}

/** compareAny: x and y, values of `type`, compared as cmp.Equal does with no options. */
export function compareValues(type: GoType, x: GoValue | undefined, y: GoValue | undefined): ValueNode {
  const n = node(type, x, y);
  if (!x || !y) return leaf(n, false);
  if (type.comparedWhole) return leaf(n, (x as StructValue).identity === (y as StructValue).identity, true);
  switch (x.kind) {
    case 'basic':
      return leaf(n, x.v === (y as BasicValue).v);
    case 'struct':
      return compareStruct(n, x, y as StructValue);
    case 'slice':
      return compareSlice(n, x, y as SliceValue);
    case 'map':
      return compareMap(n, x, y as MapValue);
    case 'ptr':
      return comparePtr(n, x, y as PtrValue);
  }
}
