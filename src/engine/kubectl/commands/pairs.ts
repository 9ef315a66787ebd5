// The KEY=VALUE and KEY- arguments of `kubectl label` and `kubectl annotate`
// (cmdutil.GetResourcesAndPairs, label's parseLabels, cmdutil.ParsePairs).
import { isValidLabelValue } from '../../manifest/names';

export interface Pairs {
  set: Map<string, string>;
  remove: string[];
}

/** Resources come first, then the pairs; a resource word after a pair is an error. */
export function resourcesAndPairs(args: string[], pairType: string): { resources: string[]; pairs: string[] } | string {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    const isPair = (s.includes('=') && !s.startsWith('=')) || (s.endsWith('-') && s !== '-');
    if (isPair) pairs.push(s);
    else if (pairs.length > 0) return `error: all resources must be specified before ${pairType} changes: ${s}`;
    else resources.push(s);
  }
  return { resources, pairs };
}

/** label's parseLabels: one `=` per pair, the value checked as a label value. */
export function parseLabelPairs(specs: string[]): Pairs | string {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const spec of specs) {
    if (spec.includes('=')) {
      const parts = spec.split('=');
      if (parts.length !== 2) return `error: invalid label spec: ${spec}`;
      const errs = isValidLabelValue(parts[1]!);
      if (errs.length > 0) return `error: invalid label value: ${JSON.stringify(spec)}: ${errs.join(';')}`;
      set.set(parts[0]!, parts[1]!);
    } else if (spec.endsWith('-')) remove.push(spec.slice(0, -1));
    else return `error: unknown label spec: ${spec}`;
  }
  if (remove.some((k) => set.has(k))) return 'error: can not both modify and remove a label in the same command';
  return { set, remove };
}

/** cmdutil.ParsePairs for annotations: the value is everything after the first `=`, and may be empty. */
export function parseAnnotationPairs(specs: string[]): Pairs | string {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (eq > 0) set.set(spec.slice(0, eq), spec.slice(eq + 1));
    else if (spec.endsWith('-')) remove.push(spec.slice(0, -1));
    else return `error: invalid annotation format: ${spec}`;
  }
  const both = remove.filter((k) => set.has(k));
  if (both.length > 0) return `error: can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`;
  return { set, remove };
}

/** The keys `set` would change that already have a value, with that value. */
export function conflicts(current: Record<string, string> | undefined, pairs: Pairs): [string, string][] {
  const out: [string, string][] = [];
  for (const key of pairs.set.keys()) {
    const value = current?.[key];
    if (value !== undefined) out.push([key, value]);
  }
  return out;
}

/** The map after the change; undefined when it ends up empty (omitempty drops it from the JSON). */
export function applyPairs(current: Record<string, string> | undefined, pairs: Pairs): Record<string, string> | undefined {
  const next = { ...(current ?? {}) };
  for (const [k, v] of pairs.set) next[k] = v;
  for (const k of pairs.remove) delete next[k];
  return Object.keys(next).length > 0 ? next : undefined;
}
