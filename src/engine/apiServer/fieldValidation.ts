export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

/** The `fieldValidation` query parameter kubectl sends (Strict unless `--validate=warn|false`). */
export function fieldValidationOf(query: Record<string, string> | undefined): FieldValidation {
  const v = query?.fieldValidation;
  return v === 'Warn' || v === 'Ignore' ? v : 'Strict';
}
