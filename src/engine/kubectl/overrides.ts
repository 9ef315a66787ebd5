// kubectl run's --overrides and --override-type (cmdutil.Overrider): the generated object,
// as JSON, patched by an inline JSON fragment — an RFC 7396 merge patch by default, an
// RFC 6902 JSON patch, or a strategic merge patch — then decoded again, which drops the
// fields the API does not know (the decoder is not strict: they never reach the server).
import { applyJsonPatch } from '../api/jsonPatch';
import { applyMergePatch } from '../api/mergePatch';
import type { KubeObject } from '../api/objects';
import { strategicMerge } from '../api/strategicMerge';
import { dropFields, unknownFields } from '../manifest';

/** The patched object, or kubectl's error line. */
export function applyOverrides(obj: KubeObject, overrides: string, type: string): KubeObject | string {
  if (overrides === '') return obj;
  if (!['json', 'merge', 'strategic'].includes(type)) return `error: invalid override type: ${type}`;
  let fragment: unknown;
  try {
    fragment = JSON.parse(overrides);
  } catch {
    // evanphx/json-patch's MergePatch, strategicpatch, and encoding/json (DecodePatch).
    if (type === 'merge') return 'error: Invalid JSON Patch';
    if (type === 'strategic') return 'error: invalid JSON document';
    return `error: ${goSyntaxError(overrides)}`;
  }
  let patched: unknown;
  if (type === 'json') {
    const result = applyJsonPatch(obj, fragment);
    if (!result.ok) return `error: ${result.error}`;
    patched = result.value;
  } else {
    if (fragment === null || typeof fragment !== 'object' || Array.isArray(fragment)) return type === 'merge' ? 'error: Invalid JSON Patch' : 'error: invalid JSON document';
    patched = type === 'merge' ? applyMergePatch(obj, fragment) : strategicMerge(obj, fragment);
  }
  const out = patched as KubeObject;
  if (!out || typeof out !== 'object' || !out.kind) return `error: Object 'Kind' is missing in '${JSON.stringify(patched)}'`;
  return dropFields(out, unknownFields(out));
}

/** encoding/json's message for text that is not JSON, for its first wrong character. */
function goSyntaxError(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return 'unexpected end of JSON input';
  const c = trimmed[0]!;
  if (!'{["-0123456789tfn'.includes(c)) return `invalid character '${c}' looking for beginning of value`;
  return 'unexpected end of JSON input';
}
