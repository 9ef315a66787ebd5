// `kubectl get --sort-by=FIELD` (kubectl/pkg/cmd/get/sorter.go): each object's first value
// at the JSONPath, compared as kubectl compares it — numbers by value, strings that both
// parse as quantities by amount, other strings in natural order ("web-2" before
// "web-10") — and sorted with Go's own sort.Sort. An object without the field sorts first.
import type { KubeObject } from '../api/objects';
import { parseQuantity } from '../api/quantity';
import { goSort } from './goSort';
import { evaluate } from './jsonpath';

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/** RelaxedJSONPathExpression: `.a.b`, `a.b`, `{a.b}` and `{.a.b}` all mean `{.a.b}`. */
export function relaxedJsonPath(expression: string): { path: string } | { error: string } {
  const m = RELAXED.exec(expression);
  if (!m) return { error: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'" };
  return { path: `.${m[1] ?? m[2]}` };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** sortorder.NaturalLess: runs of digits compare as numbers, everything else bytewise. */
export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const c1 = a.charCodeAt(i);
    const c2 = b.charCodeAt(j);
    const d1 = isDigit(c1);
    const d2 = isDigit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (c1 !== c2) return c1 < c2;
      i++;
      j++;
      continue;
    }
    while (i < a.length && a[i] === '0') i++;
    while (j < b.length && b[j] === '0') j++;
    const nz1 = i;
    const nz2 = j;
    while (i < a.length && isDigit(a.charCodeAt(i))) i++;
    while (j < b.length && isDigit(b.charCodeAt(j))) j++;
    if (i - nz1 !== j - nz2) return i - nz1 < j - nz2;
    const n1 = a.slice(nz1, i);
    const n2 = b.slice(nz2, j);
    if (n1 !== n2) return n1 < n2;
    if (nz1 !== nz2) return nz1 < nz2;
  }
  return a.length < b.length;
}

function typeName(v: unknown): string {
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** isLess for the values an unstructured object holds. */
function isLess(a: unknown, b: unknown): boolean | { unsortable: string } {
  if (typeof a === 'number') return typeof b === 'number' && a < b;
  if (typeof a === 'string') {
    if (typeof b !== 'string') return false;
    const qa = parseQuantity(a);
    const qb = qa === undefined ? undefined : parseQuantity(b);
    return qa !== undefined && qb !== undefined ? qa < qb : naturalLess(a, b);
  }
  return { unsortable: typeName(a) };
}

/**
 * Sort one resource type's objects by `expression`. A table (the default and wide
 * printers) sorts even when no object has the field; the other printers refuse, as
 * kubectl's SortObjects does.
 */
export function sortObjects(objs: KubeObject[], expression: string, table: boolean): { objs: KubeObject[] } | { error: string } {
  const relaxed = relaxedJsonPath(expression);
  if ('error' in relaxed) return relaxed;
  const keys = objs.map((o) => evaluate(relaxed.path, o).find((v) => v !== null));
  if (!table && objs.length > 0 && keys.every((k) => k === undefined)) return { error: `couldn't find any field with path "{${relaxed.path}}" in the list of objects` };
  const order = objs.map((_, i) => i);
  let unsortable: string | undefined;
  goSort(
    order.length,
    (i, j) => {
      const a = keys[order[i]!];
      const b = keys[order[j]!];
      if (a === undefined) return true;
      if (b === undefined) return false;
      const less = isLess(a, b);
      if (typeof less === 'boolean') return less;
      unsortable ??= less.unsortable;
      return false;
    },
    (i, j) => {
      [order[i], order[j]] = [order[j]!, order[i]!];
    },
  );
  if (unsortable) return { error: `Field {${relaxed.path}} is an unsortable type: interface, err: unsortable type: ${unsortable}` };
  return { objs: order.map((i) => objs[i]!) };
}
