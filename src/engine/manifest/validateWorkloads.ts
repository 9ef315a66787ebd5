// Controllers that stamp out pods from a template (apps/validation and the
// ReplicationController in core validation): a selector that matches the template's
// labels, a valid template, and restartPolicy Always.
import { forbidden, goStringMap, invalid, notSupported, required } from './fieldErrors';
import { asObj, num, selectorMatches, str, validateAnnotations, validateLabelSelector, validateLabels, validateObjectMeta, type Obj } from './meta';
import { nameIsDNSLabel, nameIsDNSSubdomain } from './names';
import { goLiteral, type FieldError } from './types';
import { validatePodSpec } from './validatePodSpec';

const NON_NEGATIVE = 'must be greater than or equal to 0';

export function nonNegative(v: unknown, path: string): FieldError[] {
  return typeof v === 'number' && v < 0 ? [invalid(path, v, NON_NEGATIVE)] : [];
}

/** %#v of a *metav1.LabelSelector, as a few messages print it. */
export function selectorLiteral(sel: unknown): string {
  const s = asObj(sel);
  const ml = s.matchLabels === undefined || s.matchLabels === null ? 'map[string]string(nil)' : goStringMap(asObj(s.matchLabels));
  const me = s.matchExpressions ? '[]v1.LabelSelectorRequirement{...}' : '[]v1.LabelSelectorRequirement(nil)';
  return `v1.LabelSelector{MatchLabels:${ml}, MatchExpressions:${me}}`;
}

const isEmptySelector = (sel: Obj): boolean =>
  Object.keys(asObj(sel.matchLabels)).length + (Array.isArray(sel.matchExpressions) ? sel.matchExpressions.length : 0) === 0;

/** ValidatePodTemplateSpec: labels, annotations and the pod spec of a template. */
export function validatePodTemplateSpec(template: unknown, path: string): FieldError[] {
  const t = asObj(template);
  const meta = asObj(t.metadata);
  const errs = [...validateLabels(meta.labels, `${path}.labels`), ...validateAnnotations(meta.annotations, `${path}.annotations`)];
  errs.push(...validatePodSpec(t.spec, `${path}.spec`));
  if (Array.isArray(asObj(t.spec).ephemeralContainers) && (asObj(t.spec).ephemeralContainers as unknown[]).length > 0) {
    errs.push(forbidden(`${path}.spec.ephemeralContainers`, 'ephemeral containers not allowed in pod template'));
  }
  return errs;
}

export function templateLabelsMismatch(selector: unknown, template: unknown, path: string): FieldError[] {
  const labels = asObj(template).metadata ? asObj(asObj(template).metadata).labels : undefined;
  if (selectorMatches(selector, labels)) return [];
  return [invalid(`${path}.metadata.labels`, goLiteral(goStringMap(labels as Obj | undefined)), '`selector` does not match template `labels`')];
}

/** The selector part shared by Deployment, ReplicaSet and StatefulSet. */
function validateSelector(spec: Obj, what: string): FieldError[] {
  if (spec.selector === undefined || spec.selector === null) return [required('spec.selector')];
  const errs = validateLabelSelector(spec.selector, 'spec.selector');
  if (isEmptySelector(asObj(spec.selector))) errs.push(invalid('spec.selector', goLiteral(selectorLiteral(spec.selector)), `empty selector is invalid for ${what}`));
  return errs;
}

/** ValidatePodTemplateSpecForReplicaSet, used by Deployments and ReplicaSets. */
function validateReplicaSetTemplate(spec: Obj, kind: string): FieldError[] {
  const errs: FieldError[] = [];
  const sel = spec.selector;
  if (!(sel && isEmptySelector(asObj(sel)))) errs.push(...templateLabelsMismatch(sel, spec.template, 'spec.template'));
  errs.push(...validatePodTemplateSpec(spec.template, 'spec.template'));
  errs.push(...alwaysRestart(spec, kind));
  return errs;
}

function alwaysRestart(spec: Obj, kind: string): FieldError[] {
  const podSpec = asObj(asObj(spec.template).spec);
  const errs: FieldError[] = [];
  if (podSpec.restartPolicy !== 'Always') errs.push(notSupported('spec.template.spec.restartPolicy', str(podSpec.restartPolicy), ['Always']));
  if (podSpec.activeDeadlineSeconds !== undefined && podSpec.activeDeadlineSeconds !== null) {
    errs.push(forbidden('spec.template.spec.activeDeadlineSeconds', `activeDeadlineSeconds in ${kind} is not Supported`));
  }
  return errs;
}

function validateDeploymentStrategy(strategy: unknown): FieldError[] {
  const s = asObj(strategy);
  const type = str(s.type);
  if (type === 'Recreate') return s.rollingUpdate ? [forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'")] : [];
  if (type === 'RollingUpdate') {
    if (!s.rollingUpdate) return [required('spec.strategy.rollingUpdate', 'this should be defaulted and never be nil')];
    const ru = asObj(s.rollingUpdate);
    const errs: FieldError[] = [];
    for (const f of ['maxUnavailable', 'maxSurge'] as const) {
      const v = ru[f];
      if (typeof v === 'string' && !/^[0-9]+%$/.test(v)) {
        errs.push(invalid(`spec.strategy.rollingUpdate.${f}`, v, "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"));
      } else errs.push(...nonNegative(v, `spec.strategy.rollingUpdate.${f}`));
    }
    const zero = (v: unknown): boolean => v === 0 || v === '0%';
    if (zero(ru.maxUnavailable) && zero(ru.maxSurge)) errs.push(invalid('spec.strategy.rollingUpdate.maxUnavailable', ru.maxUnavailable, 'may not be 0 when `maxSurge` is 0'));
    return errs;
  }
  return [notSupported('spec.strategy', goLiteral(`apps.DeploymentStrategy{Type:"${type}", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}`), ['Recreate', 'RollingUpdate'])];
}

export function validateDeployment(obj: Obj): FieldError[] {
  const spec = asObj(obj.spec);
  const errs = validateObjectMeta(obj.metadata, nameIsDNSSubdomain, true);
  errs.push(...nonNegative(spec.replicas, 'spec.replicas'));
  errs.push(...validateSelector(spec, 'deployment'));
  errs.push(...validateReplicaSetTemplate(spec, 'ReplicaSet'));
  errs.push(...validateDeploymentStrategy(spec.strategy));
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  const pds = spec.progressDeadlineSeconds;
  errs.push(...nonNegative(pds, 'spec.progressDeadlineSeconds'));
  if (typeof pds === 'number' && pds <= num(spec.minReadySeconds)) errs.push(invalid('spec.progressDeadlineSeconds', pds, 'must be greater than minReadySeconds'));
  return errs;
}

export function validateReplicaSet(obj: Obj): FieldError[] {
  const spec = asObj(obj.spec);
  const errs = validateObjectMeta(obj.metadata, nameIsDNSSubdomain, true);
  errs.push(...nonNegative(spec.replicas, 'spec.replicas'), ...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateSelector(spec, 'deployment'));
  errs.push(...validateReplicaSetTemplate(spec, 'ReplicaSet'));
  return errs;
}

export function validateDaemonSet(obj: Obj): FieldError[] {
  const spec = asObj(obj.spec);
  const errs = validateObjectMeta(obj.metadata, nameIsDNSSubdomain, true);
  errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  errs.push(...templateLabelsMismatch(spec.selector, spec.template, 'spec.template'));
  if (spec.selector && isEmptySelector(asObj(spec.selector))) {
    errs.push(invalid('spec.selector', goLiteral(selectorLiteral(spec.selector)), 'empty selector is invalid for daemonset'));
  }
  errs.push(...validatePodTemplateSpec(spec.template, 'spec.template'), ...alwaysRestart(spec, 'DaemonSet'));
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'), ...nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  const strategy = asObj(spec.updateStrategy);
  const type = str(strategy.type);
  if (type === 'RollingUpdate' && !strategy.rollingUpdate) errs.push(required('spec.updateStrategy.rollingUpdate'));
  else if (type !== 'RollingUpdate' && type !== 'OnDelete') {
    errs.push(notSupported('spec.updateStrategy', goLiteral(`apps.DaemonSetUpdateStrategy{Type:"${type}", RollingUpdate:(*apps.RollingUpdateDaemonSet)(nil)}`), ['RollingUpdate', 'OnDelete']));
  }
  return errs;
}

/** StatefulSet templates are checked for selector, labels and restart policy only (a Go TODO). */
export function validateStatefulSet(obj: Obj): FieldError[] {
  const spec = asObj(obj.spec);
  const errs = validateObjectMeta(obj.metadata, nameIsDNSLabel, true);
  const pmp = str(spec.podManagementPolicy);
  if (!pmp) errs.push(required('spec.podManagementPolicy'));
  else if (pmp !== 'OrderedReady' && pmp !== 'Parallel') errs.push(invalid('spec.podManagementPolicy', pmp, "must be 'OrderedReady' or 'Parallel'"));
  const us = str(asObj(spec.updateStrategy).type);
  if (!us) errs.push(required('spec.updateStrategy'));
  errs.push(...nonNegative(spec.replicas, 'spec.replicas'), ...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateSelector(spec, 'statefulset'));
  if (!(spec.selector && isEmptySelector(asObj(spec.selector)))) errs.push(...templateLabelsMismatch(spec.selector, spec.template, 'spec.template'));
  const meta = asObj(asObj(spec.template).metadata);
  errs.push(...validateLabels(meta.labels, 'spec.template.labels'), ...validateAnnotations(meta.annotations, 'spec.template.annotations'));
  errs.push(...alwaysRestart(spec, 'StatefulSet'));
  return errs;
}

export function validateReplicationController(obj: Obj): FieldError[] {
  const spec = asObj(obj.spec);
  const errs = validateObjectMeta(obj.metadata, nameIsDNSSubdomain, true);
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  const selector = asObj(spec.selector);
  if (Object.keys(selector).length === 0) errs.push(required('spec.selector'));
  errs.push(...nonNegative(spec.replicas, 'spec.replicas'));
  if (spec.template === undefined || spec.template === null) return [...errs, required('spec.template')];
  if (Object.keys(selector).length > 0) errs.push(...templateLabelsMismatch({ matchLabels: selector }, spec.template, 'spec.template'));
  errs.push(...validatePodTemplateSpec(spec.template, 'spec.template'), ...alwaysRestart(spec, 'ReplicationController'));
  return errs;
}
