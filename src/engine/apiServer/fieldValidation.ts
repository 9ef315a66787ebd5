import type { KubeObject } from '../api/objects';
import { cloneJSON } from '../manifest/defaults';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

/** The `fieldValidation` query parameter kubectl sends (Strict unless `--validate=warn|false`). */
export function fieldValidationOf(query: Record<string, string> | undefined): FieldValidation {
  const v = query?.fieldValidation;
  return v === 'Warn' || v === 'Ignore' ? v : 'Strict';
}

/**
 * Drop unknown fields (`spec.containers[0].imagee`) from an object, as the API server's
 * decoder does under fieldValidation=Ignore or Warn. Returns a copy.
 */
export function dropFields(obj: KubeObject, paths: string[]): KubeObject {
  const copy = cloneJSON(obj);
  for (const path of paths) {
    const parts = path.match(/[^.[\]]+/g) ?? [];
    let cur: unknown = copy;
    for (const p of parts.slice(0, -1)) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[p] : undefined;
    const last = parts[parts.length - 1];
    if (cur && typeof cur === 'object' && last !== undefined) delete (cur as Record<string, unknown>)[last];
  }
  return copy;
}
