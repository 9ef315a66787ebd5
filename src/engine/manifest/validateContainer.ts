// One container, as validateContainerCommon checks it: name, image, ports, env, volume
// mounts, pull policy, resources; and the probes and lifecycle hooks it may carry.
import { duplicate, invalid, notFound, notSupported, required } from './fieldErrors';
import { asList, asObj, num, str, type Obj } from './meta';
import { inclusiveRange, isConfigMapKey, isDNS1123Label, isDNS1123Subdomain, isValidPortName, isValidPortNum } from './names';
import type { FieldError } from './types';
import { validateResourceRequirements } from './validateResources';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const ENV_FIELD_PATHS = [
  'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName',
  'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
];

function validatePorts(ports: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  asList(ports).forEach((raw, i) => {
    const port = asObj(raw);
    const p = `${path}[${i}]`;
    const name = str(port.name);
    if (name) {
      const msgs = isValidPortName(name);
      if (msgs.length) msgs.forEach((m) => errs.push(invalid(`${p}.name`, name, m)));
      else if (names.has(name)) errs.push(duplicate(`${p}.name`, name));
      else names.add(name);
    }
    const cp = num(port.containerPort);
    if (cp === 0) errs.push(required(`${p}.containerPort`));
    else isValidPortNum(cp).forEach((m) => errs.push(invalid(`${p}.containerPort`, cp, m)));
    const hp = num(port.hostPort);
    if (hp !== 0) isValidPortNum(hp).forEach((m) => errs.push(invalid(`${p}.hostPort`, hp, m)));
    const proto = str(port.protocol);
    if (!proto) errs.push(required(`${p}.protocol`));
    else if (!PROTOCOLS.includes(proto)) errs.push(notSupported(`${p}.protocol`, proto, PROTOCOLS));
  });
  return errs;
}

function validateKeySelector(sel: Obj, path: string): FieldError[] {
  const errs = isDNS1123Subdomain(str(sel.name)).map((m) => invalid(`${path}.name`, str(sel.name), m));
  const key = str(sel.key);
  if (!key) errs.push(required(`${path}.key`));
  else isConfigMapKey(key).forEach((m) => errs.push(invalid(`${path}.key`, key, m)));
  return errs;
}

function validateValueFrom(ev: Obj, path: string): FieldError[] {
  if (ev.valueFrom === undefined || ev.valueFrom === null) return [];
  const from = asObj(ev.valueFrom);
  const errs: FieldError[] = [];
  let sources = 0;
  if (from.fieldRef) {
    sources++;
    const ref = asObj(from.fieldRef);
    const fp = str(ref.fieldPath);
    if (!str(ref.apiVersion)) errs.push(required(`${path}.fieldRef.apiVersion`));
    else if (!fp) errs.push(required(`${path}.fieldRef.fieldPath`));
    else if (!/^metadata\.(labels|annotations)\['.+'\]$/.test(fp) && !ENV_FIELD_PATHS.includes(fp)) {
      errs.push(notSupported(`${path}.fieldRef.fieldPath`, fp, ENV_FIELD_PATHS));
    }
  }
  if (from.resourceFieldRef) {
    sources++;
    if (!str(asObj(from.resourceFieldRef).resource)) errs.push(required(`${path}.resourceFieldRef.resource`));
  }
  if (from.configMapKeyRef) {
    sources++;
    errs.push(...validateKeySelector(asObj(from.configMapKeyRef), `${path}.configMapKeyRef`));
  }
  if (from.secretKeyRef) {
    sources++;
    errs.push(...validateKeySelector(asObj(from.secretKeyRef), `${path}.secretKeyRef`));
  }
  if (sources === 0) errs.push(invalid(path, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
  else if (str(ev.value)) errs.push(invalid(path, '', 'may not be specified when `value` is not empty'));
  else if (sources > 1) errs.push(invalid(path, '', 'may not have more than one field specified at a time'));
  return errs;
}

const RELAXED_ENV_NAME = "a valid environment variable name must consist only of printable ASCII characters other than '='";

function validateEnv(env: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  asList(env).forEach((raw, i) => {
    const ev = asObj(raw);
    const p = `${path}[${i}]`;
    const name = str(ev.name);
    if (!name) errs.push(required(`${p}.name`));
    else if (/[^\x20-\x7e]|=/.test(name)) errs.push(invalid(`${p}.name`, name, RELAXED_ENV_NAME));
    errs.push(...validateValueFrom(ev, `${p}.valueFrom`));
  });
  return errs;
}

function validateEnvFrom(envFrom: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  asList(envFrom).forEach((raw, i) => {
    const src = asObj(raw);
    const p = `${path}[${i}]`;
    const prefix = str(src.prefix);
    if (prefix && /[^\x20-\x7e]|=/.test(prefix)) errs.push(invalid(`${p}.prefix`, prefix, RELAXED_ENV_NAME));
    const refs = (['configMapRef', 'secretRef'] as const).filter((k) => src[k]);
    for (const k of refs) {
      const name = str(asObj(src[k]).name);
      if (!name) errs.push(required(`${p}.${k}.name`));
      else isDNS1123Subdomain(name).forEach((m) => errs.push(invalid(`${p}.${k}.name`, name, m)));
    }
    if (refs.length === 0) errs.push(invalid(path, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (refs.length > 1) errs.push(invalid(path, '', 'may not have more than one field specified at a time'));
  });
  return errs;
}

function validateMounts(mounts: unknown, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  asList(mounts).forEach((raw, i) => {
    const m = asObj(raw);
    const p = `${path}[${i}]`;
    const name = str(m.name);
    const mountPath = str(m.mountPath);
    if (!name) errs.push(required(`${p}.name`));
    if (!volumes.has(name)) errs.push(notFound(`${p}.name`, name));
    if (!mountPath) errs.push(required(`${p}.mountPath`));
    if (seen.has(mountPath)) errs.push(invalid(`${p}.mountPath`, mountPath, 'must be unique'));
    seen.add(mountPath);
    const sub = str(m.subPath);
    // Go names this `volumeMounts.subPath`, without the index.
    if (sub.startsWith('/')) errs.push(invalid(`${path}.subPath`, sub, 'must be a relative path'));
    if (sub.split('/').includes('..')) errs.push(invalid(`${path}.subPath`, sub, "must not contain '..'"));
  });
  return errs;
}

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const MESSAGE_POLICIES = ['File', 'FallbackToLogsOnError'];

/** validateContainerCommon: what every container (regular, init) must satisfy. */
export function validateContainerCommon(c: Obj, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const name = str(c.name);
  if (!name) errs.push(required(`${path}.name`));
  else isDNS1123Label(name).forEach((m) => errs.push(invalid(`${path}.name`, name, m)));
  if (!str(c.image)) errs.push(required(`${path}.image`));
  const tmp = str(c.terminationMessagePolicy);
  if (!tmp) errs.push(required(`${path}.terminationMessagePolicy`));
  else if (!MESSAGE_POLICIES.includes(tmp)) errs.push(notSupported(`${path}.terminationMessagePolicy`, tmp, MESSAGE_POLICIES));
  errs.push(...validatePorts(c.ports, `${path}.ports`));
  errs.push(...validateEnv(c.env, `${path}.env`));
  errs.push(...validateEnvFrom(c.envFrom, `${path}.envFrom`));
  errs.push(...validateMounts(c.volumeMounts, volumes, `${path}.volumeMounts`));
  const pull = str(c.imagePullPolicy);
  if (!pull) errs.push(required(`${path}.imagePullPolicy`));
  else if (!PULL_POLICIES.includes(pull)) errs.push(notSupported(`${path}.imagePullPolicy`, pull, PULL_POLICIES));
  errs.push(...validateResourceRequirements(c.resources, `${path}.resources`));
  errs.push(...validateSecurityContext(c.securityContext, `${path}.securityContext`));
  return errs;
}

function validateSecurityContext(sc: unknown, path: string): FieldError[] {
  const s = asObj(sc);
  const errs: FieldError[] = [];
  for (const k of ['runAsUser', 'runAsGroup'] as const) {
    const v = s[k];
    if (typeof v === 'number' && (v < 0 || v > 0xffffffff)) errs.push(invalid(`${path}.${k}`, v, inclusiveRange(0, 4294967295)));
  }
  if (s.allowPrivilegeEscalation === false && s.privileged === true) {
    errs.push(invalid(path, { $go: '&core.SecurityContext{...}' }, 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true'));
  }
  return errs;
}
