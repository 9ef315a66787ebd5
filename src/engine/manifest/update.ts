// validateUpdate: what may change on an existing object. Names never do; a Pod's spec is
// fixed but for images, activeDeadlineSeconds and added tolerations; controllers keep
// their selectors; Jobs their template; immutable ConfigMaps and Secrets their data.
import type { KubeObject } from '../api/objects';
import { applyDefaults } from './defaults';
import { forbidden, invalid } from './fieldErrors';
import { podSpecDiff } from './goCmp';
import { asList, asObj, str, type Obj } from './meta';
import { goLiteral, type FieldError } from './types';
import { validateObject } from './validate';
import { selectorLiteral } from './validateWorkloads';

const IMMUTABLE = 'field is immutable';

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as Obj).filter((k) => (a as Obj)[k] !== undefined);
  const kb = Object.keys(b as Obj).filter((k) => (b as Obj)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Obj)[k], (b as Obj)[k]));
}

function metaUpdate(oldObj: Obj, obj: Obj): FieldError[] {
  const errs: FieldError[] = [];
  const o = asObj(oldObj.metadata);
  const n = asObj(obj.metadata);
  for (const f of ['name', 'namespace', 'uid']) {
    if (str(n[f]) !== str(o[f])) errs.push(invalid(`metadata.${f}`, str(n[f]), IMMUTABLE));
  }
  return errs;
}

const UPDATABLE =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

function podUpdate(oldPod: Obj, pod: Obj): FieldError[] {
  const o = asObj(oldPod.spec);
  const n = asObj(pod.spec);
  const errs: FieldError[] = [];
  for (const list of ['containers', 'initContainers']) {
    if (asList(n[list]).length !== asList(o[list]).length) return [forbidden(`spec.${list}`, 'pod updates may not add or remove containers')];
  }
  const deadline = deadlineUpdate(o.activeDeadlineSeconds, n.activeDeadlineSeconds);
  if (deadline) return [deadline];
  const oldTolerations = asList(o.tolerations);
  const kept = oldTolerations.every((t) => asList(n.tolerations).some((x) => same({ ...asObj(x), tolerationSeconds: 0 }, { ...asObj(t), tolerationSeconds: 0 })));
  if (!kept) errs.push(forbidden('spec.tolerations', 'existing toleration can not be modified except its tolerationSeconds'));
  const munged: Obj = { ...n };
  for (const list of ['containers', 'initContainers']) {
    if (n[list] !== undefined) munged[list] = asList(n[list]).map((c, i) => ({ ...asObj(c), image: asObj(asList(o[list])[i]).image }));
  }
  munged.activeDeadlineSeconds = o.activeDeadlineSeconds;
  munged.tolerations = o.tolerations;
  const diff = podSpecDiff(o, munged);
  if (diff) errs.push(forbidden('spec', `${UPDATABLE}\n${diff}`));
  return errs;
}

/** activeDeadlineSeconds may be set, or shortened, but not raised or removed. */
function deadlineUpdate(before: unknown, after: unknown): FieldError | undefined {
  const field = 'spec.activeDeadlineSeconds';
  if (typeof after === 'number') {
    if (after < 0 || after > 2147483647) return invalid(field, after, 'must be between 0 and 2147483647, inclusive');
    if (typeof before === 'number' && before < after) return invalid(field, after, 'must be less than or equal to previous value');
    return undefined;
  }
  if (typeof before === 'number') return invalid(field, null, 'must not update from a positive integer to nil value');
  return undefined;
}

function selectorUpdate(oldObj: Obj, obj: Obj): FieldError[] {
  const sel = asObj(obj.spec).selector;
  if (same(sel, asObj(oldObj.spec).selector)) return [];
  return [invalid('spec.selector', goLiteral(selectorLiteral(sel)), IMMUTABLE)];
}

function jobUpdate(oldObj: Obj, obj: Obj): FieldError[] {
  const errs = selectorUpdate(oldObj, obj);
  if (!same(asObj(obj.spec).template, asObj(oldObj.spec).template)) {
    errs.push(invalid('spec.template', goLiteral('core.PodTemplateSpec{...}'), IMMUTABLE));
  }
  return errs;
}

function immutableData(oldObj: Obj, obj: Obj, fields: string[]): FieldError[] {
  if (oldObj.immutable !== true) return [];
  const errs: FieldError[] = [];
  if (obj.immutable !== true) errs.push(forbidden('immutable', 'field is immutable when `immutable` is set'));
  for (const f of fields) if (!same(obj[f], oldObj[f])) errs.push(forbidden(f, 'field is immutable when `immutable` is set'));
  return errs;
}

const BY_KIND: Record<string, (oldObj: Obj, obj: Obj) => FieldError[]> = {
  Pod: podUpdate,
  Deployment: selectorUpdate,
  ReplicaSet: selectorUpdate,
  DaemonSet: selectorUpdate,
  StatefulSet: selectorUpdate,
  Job: jobUpdate,
  ConfigMap: (o, n) => immutableData(o, n, ['data', 'binaryData']),
  Secret: (o, n) => [
    ...(str(n.type) !== str(o.type) ? [invalid('type', str(n.type), IMMUTABLE)] : []),
    ...immutableData(o, n, ['data']),
  ],
};

/**
 * Ephemeral containers may not be set when a Pod is created, but a Pod that has them
 * (added through its `ephemeralcontainers` subresource) is updated like any other.
 */
function withoutEphemeral(obj: KubeObject): KubeObject {
  if (obj.kind !== 'Pod' || !asObj(obj.spec).ephemeralContainers) return obj;
  const { ephemeralContainers: _ec, ...spec } = asObj(obj.spec);
  return { ...obj, spec };
}

/** Validation of an update (the stored object and its replacement), as the API server reports it. */
export function validateUpdate(oldObj: KubeObject, obj: KubeObject): FieldError[] {
  const o = applyDefaults(oldObj) as Obj;
  const n = applyDefaults(obj) as Obj;
  const errs = [...metaUpdate(o, n), ...validateObject(withoutEphemeral(obj))];
  errs.push(...(BY_KIND[obj.kind]?.(o, n) ?? []));
  return errs;
}
