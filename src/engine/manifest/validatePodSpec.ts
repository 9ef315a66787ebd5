// ValidatePodSpec and the container lists it checks, in the order the API server reports
// them: grace period, volumes, containers, init containers, then the pod-level fields.
import { duplicate, forbidden, invalid, notSupported, required } from './fieldErrors';
import { asList, asObj, str, validateLabels, type Obj } from './meta';
import { inclusiveRange, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidIP, isValidLabelValue } from './names';
import type { FieldError } from './types';
import { validateContainerCommon } from './validateContainer';
import { validateProbesAndHooks } from './validateProbes';
import { validateVolumes } from './validateVolumes';

function hostPortConflicts(containers: Obj[], path: string): FieldError[] {
  const seen = new Set<string>();
  const errs: FieldError[] = [];
  containers.forEach((c, ci) => {
    asList(c.ports).forEach((raw, pi) => {
      const p = asObj(raw);
      if (typeof p.hostPort !== 'number' || p.hostPort === 0) return;
      const key = `${str(p.protocol)}/${str(p.hostIP)}/${p.hostPort}`;
      if (seen.has(key)) errs.push(duplicate(`${path}[${ci}].ports[${pi}].hostPort`, key));
      seen.add(key);
    });
  });
  return errs;
}

function validateContainers(list: Obj[], volumes: Set<string>, grace: number | undefined, path: string): FieldError[] {
  if (list.length === 0) return [required(path)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  list.forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, p));
    const name = str(c.name);
    if (names.has(name)) errs.push(duplicate(`${p}.name`, name));
    else names.add(name);
    errs.push(...validateProbesAndHooks(c, grace, p));
    if (c.restartPolicy !== undefined && c.restartPolicy !== null) errs.push(forbidden(`${p}.restartPolicy`, 'may not be set for non-init containers'));
  });
  return [...errs, ...hostPortConflicts(list, path)];
}

const NOT_FOR_INIT = 'may not be set for init containers without restartPolicy=Always';

/** Init containers; those with restartPolicy Always are sidecars and may carry probes. */
function validateInitContainers(list: Obj[], regular: Obj[], volumes: Set<string>, grace: number | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set(regular.map((c) => str(c.name)));
  list.forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, p));
    const policy = c.restartPolicy;
    if (policy !== undefined && policy !== null && policy !== 'Always') errs.push(notSupported(`${p}.restartPolicy`, str(policy), ['Always']));
    const name = str(c.name);
    if (names.has(name)) errs.push(duplicate(`${p}.name`, name));
    else if (name) names.add(name);
    errs.push(...hostPortConflicts([c], path));
    if (policy === 'Always') errs.push(...validateProbesAndHooks(c, grace, p));
    else {
      for (const f of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe']) {
        if (c[f] !== undefined && c[f] !== null) errs.push(forbidden(`${p}.${f}`, NOT_FOR_INIT));
      }
    }
  });
  return errs;
}

function enumField(v: unknown, path: string, valid: string[]): FieldError[] {
  const s = str(v);
  if (!s) return [required(path)];
  return valid.includes(s) ? [] : [notSupported(path, s, valid)];
}

function validateDNSConfig(spec: Obj, path: string): FieldError[] {
  const cfg = spec.dnsConfig;
  if (spec.dnsPolicy === 'None') {
    if (cfg === undefined || cfg === null) return [required(path, 'must provide `dnsConfig` when `dnsPolicy` is None')];
    if (asList(asObj(cfg).nameservers).length === 0) {
      return [required(`${path}.nameservers`, 'must provide at least one DNS nameserver when `dnsPolicy` is None')];
    }
  }
  const errs: FieldError[] = [];
  asList(asObj(cfg).searches).forEach((s, i) => {
    const search = str(s).replace(/\.$/, '');
    isDNS1123Subdomain(search).forEach((m) => errs.push(invalid(`${path}.searches[${i}]`, search, m)));
  });
  return errs;
}

function validateTolerations(tolerations: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  asList(tolerations).forEach((raw, i) => {
    const t = asObj(raw);
    const p = `${path}[${i}]`;
    const key = str(t.key);
    const op = str(t.operator);
    if (key) isQualifiedName(key).forEach((m) => errs.push(invalid(`${p}.key`, key, m)));
    if (!key && op !== 'Exists') {
      errs.push(invalid(`${p}.operator`, op, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (typeof t.tolerationSeconds === 'number' && t.effect !== 'NoExecute') {
      errs.push(invalid(`${p}.effect`, str(t.effect), "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    if (op === 'Equal' || op === '') {
      const msgs = isValidLabelValue(str(t.value));
      if (msgs.length) errs.push(invalid(`${p}.operator`, str(t.value), msgs.join(';')));
    } else if (op === 'Exists') {
      if (str(t.value)) errs.push(invalid(`${p}.operator`, str(t.value), "value must be empty when `operator` is 'Exists'"));
    } else errs.push(notSupported(`${p}.operator`, op, ['Equal', 'Exists']));
    const effect = str(t.effect);
    if (effect && !['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(effect)) {
      errs.push(notSupported(`${p}.effect`, effect, ['NoSchedule', 'PreferNoSchedule', 'NoExecute']));
    }
  });
  return errs;
}

function validateNames(spec: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const check = (field: string, fn: (v: string) => string[]): void => {
    const v = str(spec[field]);
    if (v) fn(v).forEach((m) => errs.push(invalid(`${path}.${field}`, v, m)));
  };
  check('serviceAccountName', isDNS1123Subdomain);
  check('nodeName', isDNS1123Subdomain);
  const ads = spec.activeDeadlineSeconds;
  if (typeof ads === 'number' && (ads < 1 || ads > 2147483647)) {
    errs.push(invalid(`${path}.activeDeadlineSeconds`, ads, inclusiveRange(1, 2147483647)));
  }
  check('hostname', isDNS1123Label);
  check('subdomain', isDNS1123Label);
  return errs;
}

/** ValidateHostAliases: every IP an IP address, every hostname a DNS subdomain. */
function validateHostAliases(aliases: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  asList(aliases).forEach((raw, i) => {
    const a = asObj(raw);
    const ip = str(a.ip);
    isValidIP(ip).forEach((m) => errs.push(invalid(`${path}[${i}].ip`, ip, m)));
    asList(a.hostnames).forEach((h, j) => isDNS1123Subdomain(str(h)).forEach((m) => errs.push(invalid(`${path}[${i}].hostnames[${j}]`, str(h), m))));
  });
  return errs;
}

/** ValidatePodSpec for a Pod or a pod template (`path` is `spec` or `spec.template.spec`). */
export function validatePodSpec(specRaw: unknown, path: string): FieldError[] {
  const spec = asObj(specRaw);
  const errs: FieldError[] = [];
  const tgps = spec.terminationGracePeriodSeconds;
  if (typeof tgps !== 'number') errs.push(required(`${path}.terminationGracePeriodSeconds`));
  const grace = typeof tgps === 'number' ? tgps : undefined;
  const vols = validateVolumes(spec.volumes, `${path}.volumes`);
  errs.push(...vols.errs);
  const containers = asList(spec.containers).map(asObj);
  errs.push(...validateContainers(containers, vols.names, grace, `${path}.containers`));
  errs.push(...validateInitContainers(asList(spec.initContainers).map(asObj), containers, vols.names, grace, `${path}.initContainers`));
  errs.push(...enumField(spec.restartPolicy, `${path}.restartPolicy`, ['Always', 'OnFailure', 'Never']));
  errs.push(...enumField(spec.dnsPolicy, `${path}.dnsPolicy`, ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None']));
  errs.push(...validateLabels(spec.nodeSelector, `${path}.nodeSelector`));
  errs.push(...validateDNSConfig(spec, `${path}.dnsConfig`));
  errs.push(...validateNames(spec, path));
  errs.push(...validateTolerations(spec.tolerations, `${path}.tolerations`));
  errs.push(...validateHostAliases(spec.hostAliases, `${path}.hostAliases`));
  if (spec.preemptionPolicy !== undefined && spec.preemptionPolicy !== null) {
    errs.push(...enumField(spec.preemptionPolicy, `${path}.preemptionPolicy`, ['PreemptLowerPriority', 'Never']));
  }
  return errs;
}

/** What only a Pod (not a template) is checked for: image whitespace, no ephemeral containers. */
export function validatePodOnly(specRaw: unknown): FieldError[] {
  const spec = asObj(specRaw);
  const errs: FieldError[] = [];
  for (const list of ['containers', 'initContainers'] as const) {
    asList(spec[list]).forEach((raw, i) => {
      const image = str(asObj(raw).image);
      if (image !== image.trim()) errs.push(invalid(`spec.${list}[${i}].image`, image, 'must not have leading or trailing whitespace'));
    });
  }
  if (asList(spec.ephemeralContainers).length > 0) errs.push(forbidden('spec.ephemeralContainers', 'cannot be set on create'));
  return errs;
}
