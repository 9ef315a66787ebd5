// What kubectl's resource builder does with each parsed document before any request:
// the schema pre-check (apiVersion and kind set and strings), the unstructured decode with
// its metadata check, and the REST mapping from apiVersion + kind to a served resource.
import type { KubeObject } from '../api/objects';
import { RESOURCES, resourceForKind, type ResourceInfo } from '../api/resources';
import { goQuote } from './fieldErrors';
import { metadataDecodeError } from './goDecode';
import { sourceName } from './parse';
import type { DecodeOutcome, ManifestDoc } from './types';

const STOP_VALIDATE = 'if you choose to ignore these errors, turn validation off with --validate=false';

/** encoding/json Marshal of decoded YAML: keys sorted, no spaces, <>& escaped. */
export function goJSON(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(goJSON).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${goJSON(k)}:${goJSON(o[k])}`)
      .join(',')}}`;
  }
  if (typeof v === 'string') {
    return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  return JSON.stringify(v) ?? 'null';
}

/** kubectl/pkg/util/openapi/validation GetObjectKind: what the pre-check complains about. */
function kindProblems(obj: unknown): string[] {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return ['invalid object to validate'];
  const o = obj as Record<string, unknown>;
  const errs: string[] = [];
  if (o.apiVersion === undefined || o.apiVersion === null) errs.push('apiVersion not set');
  else if (typeof o.apiVersion !== 'string') errs.push("apiVersion isn't string type");
  else if ((o.apiVersion.match(/\//g) ?? []).length > 1) errs.push(`unexpected GroupVersion string: ${o.apiVersion}`);
  if (o.kind === undefined || o.kind === null) errs.push('kind not set');
  else if (typeof o.kind !== 'string') errs.push("kind isn't string type");
  return errs;
}

function splitGroupVersion(apiVersion: string): { group: string; version: string } {
  if (apiVersion === '' || apiVersion === '/') return { group: '', version: '' };
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** The RESTMapper: exact group/version/kind, or the group's served version when none given. */
function mapping(apiVersion: string, kind: string): ResourceInfo | undefined {
  const { group, version } = splitGroupVersion(apiVersion);
  if (version) return resourceForKind(apiVersion, kind);
  return RESOURCES.find((r) => r.kind === kind && splitGroupVersion(r.groupVersion).group === group);
}

function metaString(obj: Record<string, unknown>, key: string): string {
  const meta = obj.metadata as Record<string, unknown> | undefined;
  const v = meta?.[key];
  return typeof v === 'string' ? v : '';
}

/** Decode one document as kubectl's builder does: the object and its resource, or kubectl's error. */
export function decodeDoc(doc: ManifestDoc): DecodeOutcome {
  const src = sourceName(doc.source);
  const problems = kindProblems(doc.object);
  if (problems.length) {
    const agg = problems.length === 1 ? problems[0] : `[${problems.join(', ')}]`;
    const at = doc.positionOf(problems[0]?.startsWith('kind') ? 'kind' : 'apiVersion') ?? doc.positionOf('');
    return {
      ok: false,
      message: `error: error validating ${goQuote(src)}: error validating data: ${agg}; ${STOP_VALIDATE}`,
      endsStream: true,
      ...(at ? { position: at } : {}),
    };
  }
  const obj = doc.object;
  const apiVersion = obj.apiVersion as string;
  const kind = obj.kind as string;
  if (kind === '') return fail(doc, `unable to decode ${goQuote(src)}: Object 'Kind' is missing in '${goJSON(obj)}'`, 'kind');
  const metaErr = metadataDecodeError(obj);
  if (metaErr) return fail(doc, `unable to decode ${goQuote(src)}: ${metaErr}`, 'metadata');
  const resource = mapping(apiVersion, kind);
  if (!resource) {
    const { group, version } = splitGroupVersion(apiVersion);
    const gv = group ? `${group}/${version}` : version;
    const who = `name: ${goQuote(metaString(obj, 'name'))} namespace: ${goQuote(metaString(obj, 'namespace'))}`;
    const msg = `resource mapping not found for ${who} from ${goQuote(src)}: no matches for kind ${goQuote(kind)} in version ${goQuote(gv)}\nensure CRDs are installed first`;
    return fail(doc, msg, 'apiVersion');
  }
  const object = { ...obj, apiVersion: resource.groupVersion, kind } as KubeObject;
  return { ok: true, object, resource };
}

function fail(doc: ManifestDoc, message: string, path: string): DecodeOutcome {
  const at = doc.positionOf(path);
  return { ok: false, message: `error: ${message}`, endsStream: false, ...(at ? { position: at } : {}) };
}
