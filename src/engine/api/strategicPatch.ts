/**
 * apimachinery's strategicpatch.CreateTwoWayMergePatch, as `kubectl edit` computes it from
 * the object it read and the one the learner saved: changed keys, `null` for removed ones,
 * and for lists merged by a key only the items that changed (with their key), a
 * `{"$patch":"delete"}` item for each one removed and `$setElementOrder/FIELD` with the
 * whole list's keys in order. Other lists are replaced whole.
 */
import { sameJson } from './mergePatch';
import { mergeKeyOf, SET_ELEMENT_ORDER } from './strategicMerge';

export function twoWayMergePatch(original: unknown, modified: unknown): Record<string, unknown> {
  return diffMaps(isMap(original) ? original : {}, isMap(modified) ? modified : {});
}

function diffMaps(o: Record<string, unknown>, m: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const k of Object.keys(o)) if (!(k in m)) patch[k] = null;
  for (const [k, mv] of Object.entries(m)) {
    const ov = o[k];
    if (!(k in o)) patch[k] = mv;
    else if (sameJson(ov, mv)) continue;
    else if (isMap(ov) && isMap(mv)) {
      const sub = diffMaps(ov, mv);
      if (Object.keys(sub).length > 0) patch[k] = sub;
    } else if (Array.isArray(ov) && Array.isArray(mv) && keyedList(patch, k, ov, mv)) continue;
    else patch[k] = mv;
  }
  return patch;
}

/** The patch of a list merged by a key; false when it is not one (then it is replaced). */
function keyedList(patch: Record<string, unknown>, field: string, o: unknown[], m: unknown[]): boolean {
  const key = mergeKeyOf(field, [...o, ...m]);
  if (!key || !o.every(isMap) || !m.every(isMap)) return false;
  const before = new Map(o.map((i) => [i[key], i] as const));
  const kept = new Set(m.map((i) => i[key]));
  const items: unknown[] = [];
  for (const item of m) {
    const was = before.get(item[key]);
    if (!was) items.push(item);
    else {
      const d = diffMaps(was, item);
      if (Object.keys(d).length > 0) items.push({ ...d, [key]: item[key] });
    }
  }
  for (const item of o) if (!kept.has(item[key])) items.push({ $patch: 'delete', [key]: item[key] });
  patch[SET_ELEMENT_ORDER + field] = m.map((i) => ({ [key]: i[key] }));
  if (items.length > 0) patch[field] = items;
  return true;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
