// Jobs and CronJobs (batch/validation): pods that run to completion, so restartPolicy must
// be OnFailure or Never; a CronJob also needs a cron schedule.
import { goQuote, invalid, notSupported, required } from './fieldErrors';
import { asObj, str, validateLabelSelector, validateObjectMeta, type Obj } from './meta';
import { nameIsDNSSubdomain } from './names';
import { goLiteral, type FieldError } from './types';
import { nonNegative, selectorLiteral, templateLabelsMismatch, validatePodTemplateSpec } from './validateWorkloads';

/** validateJobSpec: counts, the template, and a restart policy a finished pod can live with. */
function validateJobSpecCommon(spec: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished']) {
    errs.push(...nonNegative(spec[f], `${path}.${f}`));
  }
  const mode = spec.completionMode;
  if (typeof mode === 'string' && mode !== 'NonIndexed' && mode !== 'Indexed') {
    errs.push(notSupported(`${path}.completionMode`, mode, ['NonIndexed', 'Indexed']));
  }
  if (mode === 'Indexed' && (spec.completions === undefined || spec.completions === null)) {
    errs.push(required(`${path}.completions`, 'when completion mode is Indexed'));
  }
  errs.push(...validatePodTemplateSpec(spec.template, `${path}.template`));
  const policy = str(asObj(asObj(spec.template).spec).restartPolicy);
  const rp = `${path}.template.spec.restartPolicy`;
  if (policy === 'Always' || policy === '') errs.push(required(rp, `valid values: ${goQuote('OnFailure')}, ${goQuote('Never')}`));
  else if (policy !== 'OnFailure' && policy !== 'Never') errs.push(notSupported(rp, policy, ['OnFailure', 'Never']));
  else if (spec.podFailurePolicy && policy !== 'Never') errs.push(invalid(rp, policy, 'only "Never" is supported when podFailurePolicy is specified'));
  return errs;
}

/**
 * A Job's selector and template labels are generated on create (see generateJobSelector);
 * one still missing then means the user asked for a manual selector without giving one.
 */
export function validateJob(obj: Obj): FieldError[] {
  const spec = asObj(obj.spec);
  const errs = validateObjectMeta(obj.metadata, nameIsDNSSubdomain, true);
  errs.push(...validateJobSpecCommon(spec, 'spec'));
  if (spec.selector === undefined || spec.selector === null) {
    if (spec.manualSelector === true) errs.push(required('spec.selector'));
  } else {
    errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
    errs.push(...templateLabelsMismatch(spec.selector, spec.template, 'spec.template'));
  }
  return errs;
}

const DESCRIPTORS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

/** robfig/cron ParseStandard, far enough to reject what learners mistype. */
function scheduleProblem(schedule: string): string | undefined {
  const s = schedule.trim();
  if (s.startsWith('@')) {
    if (DESCRIPTORS.includes(s) || /^@every \S+$/.test(s)) return undefined;
    return `unrecognized descriptor: ${s}`;
  }
  const fields = s.split(/\s+/).filter(Boolean);
  if (fields.length !== 5) return `expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`;
  const bad = fields.find((f) => !/^[0-9A-Za-z*?/,-]+$/.test(f));
  return bad === undefined ? undefined : `failed to parse int from ${bad}: strconv.Atoi: parsing ${goQuote(bad)}: invalid syntax`;
}

export function validateCronJob(obj: Obj): FieldError[] {
  const spec = asObj(obj.spec);
  const errs = validateObjectMeta(obj.metadata, nameIsDNSSubdomain, true);
  const schedule = str(spec.schedule);
  if (!schedule) errs.push(required('spec.schedule'));
  else {
    const problem = scheduleProblem(schedule);
    if (problem) errs.push(invalid('spec.schedule', schedule, problem));
  }
  errs.push(...nonNegative(spec.startingDeadlineSeconds, 'spec.startingDeadlineSeconds'));
  const cp = str(spec.concurrencyPolicy);
  if (!cp) errs.push(required('spec.concurrencyPolicy'));
  else if (!['Allow', 'Forbid', 'Replace'].includes(cp)) errs.push(notSupported('spec.concurrencyPolicy', cp, ['Allow', 'Forbid', 'Replace']));
  const jobSpec = asObj(asObj(spec.jobTemplate).spec);
  errs.push(...validateJobSpecCommon(jobSpec, 'spec.jobTemplate.spec'));
  if (jobSpec.selector !== undefined && jobSpec.selector !== null) {
    errs.push(invalid('spec.jobTemplate.spec.selector', goLiteral(`&${selectorLiteral(jobSpec.selector)}`), '`selector` will be auto-generated'));
  }
  errs.push(...nonNegative(spec.successfulJobsHistoryLimit, 'spec.successfulJobsHistoryLimit'));
  errs.push(...nonNegative(spec.failedJobsHistoryLimit, 'spec.failedJobsHistoryLimit'));
  const name = str(asObj(obj.metadata).name);
  if (name.length > 52) errs.push(invalid('metadata.name', name, 'must be no more than 52 characters'));
  return errs;
}

/**
 * The Job strategy's PrepareForCreate: unless the user manages the selector, it selects
 * the Job's own pods by its UID and labels the template to match.
 */
export function generateJobSelector(job: Obj, uid: string): Obj {
  const spec = asObj(job.spec);
  if (spec.manualSelector === true) return job;
  const name = str(asObj(job.metadata).name);
  const template = asObj(spec.template);
  const meta = asObj(template.metadata);
  // Labels the user set win; a conflict then fails validation, as in kube-apiserver.
  const labels = {
    'job-name': name,
    'batch.kubernetes.io/job-name': name,
    'controller-uid': uid,
    'batch.kubernetes.io/controller-uid': uid,
    ...asObj(meta.labels),
  };
  const selector = asObj(spec.selector);
  const matchLabels = { 'batch.kubernetes.io/controller-uid': uid, ...asObj(selector.matchLabels) };
  return {
    ...job,
    spec: { ...spec, selector: { ...selector, matchLabels }, template: { ...template, metadata: { ...meta, labels } } },
  };
}
