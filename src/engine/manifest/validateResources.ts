// Container resource requirements (validateResourceRequirements in core validation):
// resource names, quantities, and requests never above limits.
import { invalid, required } from './fieldErrors';
import { asObj, sortedKeys, type Obj } from './meta';
import { isQualifiedName } from './names';
import { compareQuantity, formatQuantity, parseQuantity, quantityText, type Quantity } from './quantity';
import type { FieldError } from './types';

const STANDARD = new Set([
  'cpu', 'memory', 'ephemeral-storage', 'storage', 'pods', 'services', 'replicationcontrollers', 'resourcequotas',
  'secrets', 'configmaps', 'persistentvolumeclaims', 'services.nodeports', 'services.loadbalancers',
]);
const CONTAINER_STANDARD = new Set(['cpu', 'memory', 'ephemeral-storage']);

const isHugePages = (name: string): boolean => name.startsWith('hugepages-');
const isNative = (name: string): boolean => !name.includes('/') || name.includes('kubernetes.io/');
/** Hugepages and extended resources cannot be overcommitted: request must equal limit. */
const overcommitAllowed = (name: string): boolean => isNative(name) && !isHugePages(name);

function validateResourceName(name: string, path: string): FieldError[] {
  const errs = isQualifiedName(name).map((msg) => invalid(path, name, msg));
  if (errs.length) return errs;
  if (!name.includes('/')) {
    const standard = STANDARD.has(name) || isHugePages(name) || name.startsWith('requests.') || name.startsWith('limits.');
    if (!standard) return [invalid(path, name, 'must be a standard resource type or fully qualified')];
    if (!CONTAINER_STANDARD.has(name) && !isHugePages(name)) return [invalid(path, name, 'must be a standard resource for containers')];
  } else if (!isNative(name) && (name.startsWith('requests.') || name.includes('kubernetes.io/'))) {
    return [invalid(path, name, "doesn't follow extended resource name standard")];
  }
  return [];
}

function quantityOf(v: unknown): Quantity | undefined {
  const q = parseQuantity(quantityText(v));
  return typeof q === 'string' ? undefined : q;
}

function validateQuantity(name: string, q: Quantity, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (q.nanos < 0n) errs.push(invalid(path, formatQuantity(q), 'must be greater than or equal to 0'));
  if (name.includes('/') && q.nanos % 1_000_000_000n !== 0n) errs.push(invalid(path, { $go: formatQuantity(q) }, 'must be an integer'));
  return errs;
}

export function validateResourceRequirements(resources: unknown, path: string): FieldError[] {
  const r = asObj(resources);
  const limits: Obj = asObj(r.limits);
  const requests: Obj = asObj(r.requests);
  const limPath = `${path}.limits`;
  const reqPath = `${path}.requests`;
  const errs: FieldError[] = [];
  for (const name of sortedKeys(limits)) {
    const p = `${limPath}[${name}]`;
    errs.push(...validateResourceName(name, p));
    const q = quantityOf(limits[name]);
    if (q) errs.push(...validateQuantity(name, q, p));
  }
  for (const name of sortedKeys(requests)) {
    const p = `${reqPath}[${name}]`;
    errs.push(...validateResourceName(name, p));
    const q = quantityOf(requests[name]);
    if (!q) continue;
    errs.push(...validateQuantity(name, q, p));
    const lim = name in limits ? quantityOf(limits[name]) : undefined;
    if (lim) {
      const cmp = compareQuantity(q, lim);
      if (cmp !== 0 && !overcommitAllowed(name)) {
        errs.push(invalid(reqPath, formatQuantity(q), `must be equal to ${name} limit of ${formatQuantity(lim)}`));
      } else if (cmp > 0) {
        errs.push(invalid(reqPath, formatQuantity(q), `must be less than or equal to ${name} limit of ${formatQuantity(lim)}`));
      }
    } else if (!(name in limits) && !overcommitAllowed(name)) {
      errs.push(required(limPath, 'Limit must be set for non overcommitable resources'));
    }
  }
  return errs;
}
