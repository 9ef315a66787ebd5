// A Pod's validation, split as the API server's own code splits it: the ObjectMeta checks
// (different for every Pod) and the PodSpec checks. A Deployment's Pods, or a thousand
// Pods applied from one file, share one spec; the spec's checks are a pure function of its
// JSON, so their result is kept per distinct spec and reused, error for error.
import type { KubeObject } from '../api/objects';
import { defaultedSpecKey } from './defaults';
import { validateObjectMeta, type Obj } from './meta';
import { nameIsDNSSubdomain } from './names';
import { podSpecSchemaErrors, podSchemaErrorsWithoutSpec } from './schemaErrors';
import type { FieldError } from './types';
import { validatePodOnly, validatePodSpec } from './validatePodSpec';

interface SpecErrors {
  /** The hand-written ValidatePodSpec rules (and the Pod-only ones). */
  rules: FieldError[];
  /** What the package schema adds under `spec`. */
  schema: FieldError[];
}

/** Distinct specs remembered; a full table is dropped whole (a simulation rarely has many). */
const MAX_SPECS = 256;
const bySpec = new Map<string, SpecErrors>();

function specErrors(pod: KubeObject): SpecErrors {
  // A spec applyDefaults made is known by the JSON it was made from (a different prefix, so
  // the two kinds of key never meet); any other is known by its own JSON.
  const key = defaultedSpecKey(pod.spec) ?? JSON.stringify(pod.spec);
  const hit = bySpec.get(key);
  if (hit) return hit;
  const computed = { rules: [...validatePodSpec(pod.spec, 'spec'), ...validatePodOnly(pod.spec)], schema: podSpecSchemaErrors(pod) };
  if (bySpec.size >= MAX_SPECS) bySpec.clear();
  bySpec.set(key, computed);
  return computed;
}

const copies = (errs: FieldError[]): FieldError[] => errs.map((e) => ({ ...e }));

/**
 * The kind's rules, then the schema's errors in the schema's order (apiVersion, kind,
 * metadata, spec, status) — the same lists an unsplit check gives.
 */
export function podErrorLists(pod: KubeObject): { rules: FieldError[]; schema: FieldError[] } {
  const spec = specErrors(pod);
  const rules = [...validateObjectMeta((pod as Obj).metadata, nameIsDNSSubdomain, true), ...copies(spec.rules)];
  const rest = podSchemaErrorsWithoutSpec(pod);
  return { rules, schema: [...rest.before, ...copies(spec.schema), ...rest.status] };
}
