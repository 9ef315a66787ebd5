// The KEY=VALUE:EFFECT arguments of `kubectl taint` and what they do to a Node's taints
// (kubectl pkg/cmd/taint/utils.go: parseTaints, reorganizeTaints, checkIfTaintsAlreadyExists).
import { isQualifiedName, isValidLabelValue } from '../../manifest/names';

/** A Node's taint as JSON has it; a removal's effect may be empty (`key-`: every effect). */
export interface Taint {
  key: string;
  value?: string;
  effect: string;
  timeAdded?: string;
}

/** The taints to add (with an effect) and to remove (`key-`: by key alone; `key:Effect-`: by key and effect). */
export interface TaintChanges {
  add: Taint[];
  remove: Taint[];
}

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** What the NamePrinter says was done: `node/node-1 tainted`. */
export type TaintOperation = 'tainted' | 'untainted' | 'modified';

/**
 * parseTaints: `key=value:Effect` and `key:Effect` add, a trailing `-` removes. An added
 * taint needs an effect, and two with the same key and effect are refused.
 */
export function parseTaints(specs: string[]): TaintChanges | string {
  const add: Taint[] = [];
  const remove: Taint[] = [];
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const t = parseTaint(spec.slice(0, -1));
      if (typeof t === 'string') return t;
      remove.push({ key: t.key, effect: t.effect });
      continue;
    }
    const t = parseTaint(spec);
    if (typeof t === 'string') return t;
    if (!t.effect) return `invalid taint spec: ${spec}`;
    if (add.some((a) => a.key === t.key && a.effect === t.effect)) return `duplicated taints with the same key and effect: ${goValue(t)}`;
    add.push(t);
  }
  return { add, remove };
}

/** parseTaint: `<key>=<value>:<effect>`, `<key>:<effect>` or `<key>`; the key a qualified name, the value a label value. */
export function parseTaint(spec: string): Taint | string {
  const parts = spec.split(':');
  if (parts.length > 2) return `invalid taint spec: ${spec}`;
  let key = parts[0]!;
  let value = '';
  const effect = parts[1] ?? '';
  if (parts.length === 2) {
    if (!EFFECTS.includes(effect)) return `invalid taint effect: ${effect}, unsupported taint effect`;
    const kv = key.split('=');
    if (kv.length > 2) return `invalid taint spec: ${spec}`;
    key = kv[0]!;
    value = kv[1] ?? '';
    const errs = kv.length === 2 ? isValidLabelValue(value) : [];
    if (errs.length > 0) return `invalid taint spec: ${spec}, ${errs.join('; ')}`;
  }
  const errs = isQualifiedName(key);
  if (errs.length > 0) return `invalid taint spec: ${spec}, ${errs.join('; ')}`;
  return value ? { key, value, effect } : { key, effect };
}

/** Go's `%v` of a corev1.Taint value: `{dedicated foo NoSchedule <nil>}`. */
function goValue(t: Taint): string {
  return `{${t.key} ${t.value ?? ''} ${t.effect} ${t.timeAdded ?? '<nil>'}}`;
}

/** Taint.ToString: `key=value:Effect`, `key:Effect`, or the key alone. */
export function taintString(t: Taint): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key;
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

/** Validate: a key may not be both added and removed (for the same effect, or a removal by key alone). */
export function conflictingTaints(changes: TaintChanges): string | undefined {
  const conflicts: string[] = [];
  for (const a of changes.add) {
    for (const r of changes.remove) {
      if (a.key === r.key && (!r.effect || a.effect === r.effect)) conflicts.push(`{"${r.key}":"${r.effect}"}`);
    }
  }
  return conflicts.length > 0 ? `can not both modify and remove the following taint(s) in the same command: ${conflicts.join(', ')}` : undefined;
}

/** checkIfTaintsAlreadyExists: the keys of taints to add that the node has with the same effect, comma-joined. */
export function existingTaintKeys(current: Taint[], add: Taint[]): string {
  return add.flatMap((t) => current.filter((c) => c.key === t.key && c.effect === t.effect).map(() => t.key)).join(',');
}

/**
 * reorganizeTaints: the new taints first, then the node's others that none of them
 * replaces; then the removals, each of which must find something (`taint "k:NoSchedule"
 * not found`). Like kubectl, whether anything was deleted is what the last removal found.
 */
export function reorganizeTaints(current: Taint[], overwrite: boolean, changes: TaintChanges): { operation: TaintOperation; taints: Taint[]; errors: string[] } {
  let taints = [...changes.add];
  for (const old of current) if (!taints.some((t) => t.key === old.key && t.effect === old.effect)) taints.push(old);
  const added = current.length !== taints.length;
  const errors: string[] = [];
  let deleted = false;
  for (const r of changes.remove) {
    const kept = taints.filter((t) => !(t.key === r.key && (!r.effect || t.effect === r.effect)));
    deleted = kept.length !== taints.length;
    if (!deleted) errors.push(`taint ${JSON.stringify(taintString(r))} not found`);
    taints = kept;
  }
  const operation: TaintOperation = (added && deleted) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
  return { operation, taints, errors };
}
