// cmp.Diff (github.com/google/go-cmp) of internal API types, as the API server prints it
// in its errors: ValidatePodUpdate's `cmp.Diff(oldPod.Spec, mungedPodSpec)`.
import { asObj, type Obj } from '../meta';
import { compareValues } from './compare';
import { formatDiff } from './formatDiff';
import { ROOT_OPTIONS } from './formatValue';
import { goType, type GoType } from './goTypes';
import { goValue } from './goValue';
import { renderText } from './textNode';

/** cmp.Diff(x, y) of two values of `type` given as v1 JSON: '' when they are equal. */
export function cmpDiff(type: GoType, x: unknown, y: unknown): string {
  const root = compareValues(type, goValue(type, x), goValue(type, y));
  if (root.numDiff === 0) return '';
  const text = formatDiff(root, ROOT_OPTIONS);
  return text ? renderText(text) : '';
}

/**
 * Convert_v1_PodSpec_To_core_PodSpec: the host namespace fields move into the (always set)
 * internal SecurityContext, and the deprecated serviceAccount stands in for an empty
 * serviceAccountName.
 */
function internalPodSpec(spec: Obj): Obj {
  const { hostNetwork, hostPID, hostIPC, shareProcessNamespace, hostUsers, serviceAccount, ...rest } = spec;
  const securityContext = { ...asObj(spec.securityContext), hostNetwork, hostPID, hostIPC, shareProcessNamespace, hostUsers };
  return { ...rest, serviceAccountName: rest.serviceAccountName || serviceAccount, securityContext };
}

/** cmp.Diff of two Pod specs (v1 JSON) as the internal core.PodSpec they convert to. */
export function podSpecDiff(oldSpec: Obj, newSpec: Obj): string {
  return cmpDiff(goType('PodSpec'), internalPodSpec(oldSpec), internalPodSpec(newSpec));
}
