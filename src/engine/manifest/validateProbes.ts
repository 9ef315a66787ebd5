// Probes and lifecycle hooks: exactly one handler each, sane periods and thresholds
// (validateProbe, validateHandler, validateLifecycle in core validation).
import { forbidden, invalid, notSupported, required } from './fieldErrors';
import { asList, asObj, str, type Obj } from './meta';
import { isValidPortName, isValidPortNum } from './names';
import type { FieldError } from './types';

const NON_NEGATIVE = 'must be greater than or equal to 0';

/** ValidatePortNumOrName: an IntOrString port is a number 1–65535 or an IANA_SVC_NAME. */
export function validatePortNumOrName(port: unknown, path: string): FieldError[] {
  if (typeof port === 'string') return isValidPortName(port).map((m) => invalid(path, port, m));
  const n = typeof port === 'number' ? port : 0;
  return isValidPortNum(n).map((m) => invalid(path, n, m));
}

function validateHTTPGet(h: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!str(h.path)) errs.push(required(`${path}.path`));
  errs.push(...validatePortNumOrName(h.port, `${path}.port`));
  const scheme = str(h.scheme);
  if (scheme !== 'HTTP' && scheme !== 'HTTPS') errs.push(notSupported(`${path}.scheme`, scheme, ['HTTP', 'HTTPS']));
  for (const header of asList(h.httpHeaders)) {
    const name = str(asObj(header).name);
    if (!/^[-A-Za-z0-9]+$/.test(name)) {
      errs.push(
        invalid(
          `${path}.httpHeaders`,
          name,
          "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')",
        ),
      );
    }
  }
  return errs;
}

type HandlerKind = 'exec' | 'httpGet' | 'tcpSocket' | 'grpc' | 'sleep';

function validateOneHandler(kind: HandlerKind, h: Obj, gracePeriod: number | undefined, path: string): FieldError[] {
  switch (kind) {
    case 'exec':
      return asList(h.command).length === 0 ? [required(`${path}.command`)] : [];
    case 'httpGet':
      return validateHTTPGet(h, path);
    case 'tcpSocket':
      return validatePortNumOrName(h.port, `${path}.port`);
    case 'grpc':
      return validatePortNumOrName(typeof h.port === 'number' ? h.port : 0, `${path}.port`);
    case 'sleep': {
      const s = typeof h.seconds === 'number' ? h.seconds : 0;
      if (gracePeriod === undefined || (s >= 0 && s <= gracePeriod)) return [];
      return [invalid(path, s, `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`)];
    }
  }
}

/** validateHandler: one handler type, no more. */
function validateHandler(h: Obj, kinds: readonly HandlerKind[], gracePeriod: number | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let count = 0;
  for (const kind of kinds) {
    if (h[kind] === undefined || h[kind] === null) continue;
    if (count > 0) {
      errs.push(forbidden(`${path}.${kind}`, 'may not specify more than 1 handler type'));
      continue;
    }
    count++;
    errs.push(...validateOneHandler(kind, asObj(h[kind]), gracePeriod, `${path}.${kind}`));
  }
  if (count === 0) errs.push(required(path, 'must specify a handler type'));
  return errs;
}

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;

export type ProbeKind = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

export function validateProbe(probe: unknown, kind: ProbeKind, gracePeriod: number | undefined, path: string): FieldError[] {
  if (probe === undefined || probe === null) return [];
  const p = asObj(probe);
  const errs = validateHandler(p, PROBE_HANDLERS, gracePeriod, path);
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
    const v = p[f];
    if (typeof v === 'number' && v < 0) errs.push(invalid(`${path}.${f}`, v, NON_NEGATIVE));
  }
  const tgps = p.terminationGracePeriodSeconds;
  if (typeof tgps === 'number' && tgps <= 0) errs.push(invalid(`${path}.terminationGracePeriodSeconds`, tgps, 'must be greater than 0'));
  if (kind === 'readinessProbe' && typeof tgps === 'number') {
    errs.push(invalid(`${path}.terminationGracePeriodSeconds`, tgps, 'must not be set for readinessProbes'));
  }
  const success = typeof p.successThreshold === 'number' ? p.successThreshold : 0;
  if (kind !== 'readinessProbe' && success !== 1) errs.push(invalid(`${path}.successThreshold`, success, 'must be 1'));
  return errs;
}

export function validateLifecycle(lifecycle: unknown, gracePeriod: number | undefined, path: string): FieldError[] {
  const l = asObj(lifecycle);
  const errs: FieldError[] = [];
  for (const hook of ['postStart', 'preStop'] as const) {
    if (l[hook] !== undefined && l[hook] !== null) errs.push(...validateHandler(asObj(l[hook]), LIFECYCLE_HANDLERS, gracePeriod, `${path}.${hook}`));
  }
  return errs;
}

/** Probes and hooks of a regular container or a sidecar (restartable init container). */
export function validateProbesAndHooks(c: Obj, gracePeriod: number | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (c.lifecycle !== undefined && c.lifecycle !== null) errs.push(...validateLifecycle(c.lifecycle, gracePeriod, `${path}.lifecycle`));
  for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
    errs.push(...validateProbe(c[kind], kind, gracePeriod, `${path}.${kind}`));
  }
  return errs;
}
