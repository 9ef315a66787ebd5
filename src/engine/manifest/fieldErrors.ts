// Field errors as the API server builds and prints them (apimachinery util/validation/field
// and api/errors.NewInvalid), and the 400/422 Status objects it answers with.
import type { ApiStatus, StatusCause } from '../api/objects';
import { RESOURCES } from '../api/resources';
import { isGoLiteral, type FieldError, type FieldErrorType } from './types';

const TYPE_TEXT: Record<FieldErrorType, string> = {
  Required: 'Required value',
  Invalid: 'Invalid value',
  Duplicate: 'Duplicate value',
  NotSupported: 'Unsupported value',
  Forbidden: 'Forbidden',
  TooLong: 'Too long',
  TooMany: 'Too many',
  NotFound: 'Not found',
};

const CAUSE_TYPE: Record<FieldErrorType, string> = {
  Required: 'FieldValueRequired',
  Invalid: 'FieldValueInvalid',
  Duplicate: 'FieldValueDuplicate',
  NotSupported: 'FieldValueNotSupported',
  Forbidden: 'FieldValueForbidden',
  TooLong: 'FieldValueTooLong',
  TooMany: 'FieldValueTooMany',
  NotFound: 'FieldValueNotFound',
};

/** Go's strconv.Quote for the strings users type: escapes quotes, backslashes, controls. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Go's %#v of a map[string]string: keys sorted, `map[string]string{"a":"b", "c":"d"}`. */
export function goStringMap(m: Record<string, unknown> | undefined | null): string {
  if (m === undefined || m === null) return 'map[string]string(nil)';
  const keys = Object.keys(m).sort();
  return `map[string]string{${keys.map((k) => `${goQuote(k)}:${goQuote(String(m[k]))}`).join(', ')}}`;
}

function valueText(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (isGoLiteral(v)) return v.$go;
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** ErrorBody: `Required value`, `Invalid value: "x": detail`, `Unsupported value: …`. */
export function fieldErrorBody(e: FieldError): string {
  const showsValue = !['Required', 'Forbidden', 'TooLong'].includes(e.type);
  let s = TYPE_TEXT[e.type];
  if (showsValue) s += `: ${valueText(e.badValue)}`;
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

/** `spec.containers[0].image: Required value` */
export function fieldErrorText(e: FieldError): string {
  return `${e.field}: ${fieldErrorBody(e)}`;
}

// --- constructors named after field.Required, field.Invalid, … -----------------------------

export const required = (field: string, detail = ''): FieldError => ({ type: 'Required', field, detail });
export const invalid = (field: string, badValue: unknown, detail: string): FieldError => ({
  type: 'Invalid',
  field,
  badValue,
  detail,
});
export const duplicate = (field: string, badValue: unknown): FieldError => ({ type: 'Duplicate', field, badValue });
export const forbidden = (field: string, detail: string): FieldError => ({ type: 'Forbidden', field, detail });
export const notFound = (field: string, badValue: unknown): FieldError => ({ type: 'NotFound', field, badValue });
export function notSupported(field: string, badValue: unknown, valid: readonly string[]): FieldError {
  const detail = valid.length ? `supported values: ${valid.map(goQuote).join(', ')}` : '';
  return { type: 'NotSupported', field, badValue, detail };
}

// --- Status objects --------------------------------------------------------------------------

function groupOf(kind: string): string {
  const gv = RESOURCES.find((r) => r.kind === kind)?.groupVersion ?? 'v1';
  return gv.includes('/') ? (gv.split('/')[0] ?? '') : '';
}

/** utilerrors.Aggregate: one error prints bare, several as `[a, b]`; repeats dropped. */
function aggregate(messages: string[]): string {
  const unique = [...new Set(messages)];
  return unique.length === 1 ? (unique[0] ?? '') : `[${unique.join(', ')}]`;
}

/** 422 Invalid, as apierrors.NewInvalid builds it (message uses the qualified kind). */
export function invalidStatus(kind: string, name: string, errors: FieldError[]): ApiStatus {
  const group = groupOf(kind);
  const qualified = group ? `${kind}.${group}` : kind;
  const causes: StatusCause[] = errors.map((e) => ({ reason: CAUSE_TYPE[e.type], message: fieldErrorBody(e), field: e.field }));
  const message = errors.length
    ? `${qualified} ${goQuote(name)} is invalid: ${aggregate(errors.map(fieldErrorText))}`
    : `${qualified} ${goQuote(name)} is invalid`;
  return {
    apiVersion: 'v1',
    kind: 'Status',
    status: 'Failure',
    message,
    reason: 'Invalid',
    code: 422,
    details: { name, ...(group ? { group } : {}), kind, causes },
  };
}

/** 400 BadRequest for a body the decoder rejects (transformDecodeError in the handlers). */
export function badRequestStatus(kind: string, version: string, err: string): ApiStatus {
  return {
    apiVersion: 'v1',
    kind: 'Status',
    status: 'Failure',
    message: `${kind} in version ${goQuote(version)} cannot be handled as a ${kind}: ${err}`,
    reason: 'BadRequest',
    code: 400,
  };
}

/** fieldValidation=Strict (kubectl's default): unknown fields reject the whole request. */
export function strictDecodingStatus(kind: string, version: string, fields: string[]): ApiStatus {
  const list = fields.map((f) => `unknown field ${goQuote(f)}`).join(', ');
  return badRequestStatus(kind, version, `strict decoding error: ${list}`);
}
