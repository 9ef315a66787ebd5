// ObjectMeta, labels, annotations and label selectors, validated as apimachinery does
// (api/validation/objectmeta.go, apis/meta/v1/validation).
import { forbidden, invalid, required } from './fieldErrors';
import { isDNS1123Label, isQualifiedName, isValidLabelValue, type NameCheck } from './names';
import type { FieldError } from './types';

export type Obj = Record<string, unknown>;

export const asObj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
export const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
export const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
export const sortedKeys = (o: Obj): string[] => Object.keys(o).sort();

export function validateLabels(labels: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const m = asObj(labels);
  for (const k of sortedKeys(m)) {
    for (const msg of isQualifiedName(k)) errs.push(invalid(path, k, msg));
    for (const msg of isValidLabelValue(str(m[k]))) errs.push(invalid(path, str(m[k]), msg));
  }
  return errs;
}

export function validateAnnotations(annotations: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const m = asObj(annotations);
  let size = 0;
  for (const k of sortedKeys(m)) {
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(invalid(path, k, msg));
    size += k.length + str(m[k]).length;
  }
  if (size > 256 * 1024) errs.push({ type: 'TooLong', field: path, detail: `must have at most ${256 * 1024} bytes` });
  return errs;
}

const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

function validateFinalizers(finalizers: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  asList(finalizers).forEach((f, i) => {
    const name = str(f);
    for (const msg of isQualifiedName(name)) errs.push(invalid(path, name, msg));
    if (!name.includes('/') && !STANDARD_FINALIZERS.has(name)) {
      errs.push(invalid(`${path}[${i}]`, name, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
  });
  return errs;
}

/**
 * ValidateObjectMeta on create. The API server fills namespace from the request and the
 * name from generateName before validating; a name still missing is an error.
 */
export function validateObjectMeta(meta: unknown, nameFn: NameCheck, namespaced: boolean, path = 'metadata'): FieldError[] {
  const m = asObj(meta);
  const errs: FieldError[] = [];
  const generateName = str(m.generateName);
  const name = str(m.name);
  if (generateName) for (const msg of nameFn(generateName, true)) errs.push(invalid(`${path}.generateName`, generateName, msg));
  if (!name) {
    if (!generateName) errs.push(required(`${path}.name`, 'name or generateName is required'));
  } else {
    for (const msg of nameFn(name, false)) errs.push(invalid(`${path}.name`, name, msg));
  }
  const ns = str(m.namespace);
  if (namespaced && ns) for (const msg of isDNS1123Label(ns)) errs.push(invalid(`${path}.namespace`, ns, msg));
  if (!namespaced && ns) errs.push(forbidden(`${path}.namespace`, 'not allowed on this type'));
  if (num(m.generation) < 0) errs.push(invalid(`${path}.generation`, num(m.generation), 'must be greater than or equal to 0'));
  errs.push(...validateLabels(m.labels, `${path}.labels`));
  errs.push(...validateAnnotations(m.annotations, `${path}.annotations`));
  errs.push(...validateFinalizers(m.finalizers, `${path}.finalizers`));
  return errs;
}

// --- label selectors ------------------------------------------------------------------------

export function validateLabelSelector(selector: unknown, path: string): FieldError[] {
  if (selector === undefined || selector === null) return [];
  const s = asObj(selector);
  const errs = validateLabels(s.matchLabels, `${path}.matchLabels`);
  asList(s.matchExpressions).forEach((e, i) => {
    const expr = asObj(e);
    const p = `${path}.matchExpressions[${i}]`;
    const values = asList(expr.values);
    const op = str(expr.operator);
    if (op === 'In' || op === 'NotIn') {
      if (values.length === 0) errs.push(required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (op === 'Exists' || op === 'DoesNotExist') {
      if (values.length > 0) errs.push(forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else {
      errs.push(invalid(`${p}.operator`, op, 'not a valid selector operator'));
    }
    for (const msg of isQualifiedName(str(expr.key))) errs.push(invalid(`${p}.key`, str(expr.key), msg));
    values.forEach((v, j) => {
      for (const msg of isValidLabelValue(str(v))) errs.push(invalid(`${p}.values[${j}]`, str(v), msg));
    });
  });
  return errs;
}

/** labels.Selector semantics: nil selects nothing, {} selects everything. */
export function selectorMatches(selector: unknown, labels: unknown): boolean {
  if (selector === undefined || selector === null) return false;
  const s = asObj(selector);
  const l = asObj(labels);
  for (const [k, v] of Object.entries(asObj(s.matchLabels))) if (l[k] !== v) return false;
  for (const e of asList(s.matchExpressions)) {
    const expr = asObj(e);
    const key = str(expr.key);
    const has = Object.prototype.hasOwnProperty.call(l, key);
    const values = asList(expr.values).map(str);
    const op = str(expr.operator);
    if (op === 'In' && !(has && values.includes(str(l[key])))) return false;
    if (op === 'NotIn' && has && values.includes(str(l[key]))) return false;
    if (op === 'Exists' && !has) return false;
    if (op === 'DoesNotExist' && has) return false;
  }
  return true;
}
