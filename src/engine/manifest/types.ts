// Shapes shared by the manifest layer: documents read from a file (with source positions
// for the editor), the outcomes kubectl's resource builder reaches, and the API server's
// field errors (k8s.io/apimachinery/pkg/util/validation/field).
import type { KubeObject } from '../api/objects';
import type { ResourceInfo } from '../api/resources';

/** 1-based line and column, as an editor shows them. */
export interface SourcePos {
  line: number;
  column: number;
}

export interface ManifestDoc {
  /** The decoded document (plain JSON data, YAML 1.1 scalars resolved as go-yaml v2 does). */
  object: Record<string, unknown>;
  /** File name as given; '-' means stdin (kubectl names it STDIN in messages). */
  source: string;
  /** 0-based document index in the file (items of a `kind: List` share their list's index). */
  index: number;
  /** 'spec.containers[0].imagee' → where that key (or value) sits in the file. */
  positionOf(path: string): SourcePos | undefined;
}

export type ParseOutcome =
  | { ok: true; docs: ManifestDoc[] }
  | {
      ok: false;
      message: string;
      position?: SourcePos;
      /** Documents before the broken one: kubectl still acts on them. */
      docs?: ManifestDoc[];
    };

export type DecodeOutcome =
  | { ok: true; object: KubeObject; resource: ResourceInfo }
  | {
      ok: false;
      message: string;
      position?: SourcePos;
      /**
       * True when kubectl stops reading the rest of this file (schema pre-validation
       * failed); false when it reports the error and reads on to the next YAML document in the file.
       */
      endsStream?: boolean;
    };

export type FieldErrorType =
  | 'Required'
  | 'Invalid'
  | 'Duplicate'
  | 'NotSupported'
  | 'Forbidden'
  | 'TooLong'
  | 'TooMany'
  | 'NotFound';

/**
 * One API-server validation failure. `badValue` prints as Go would (%q for strings, %v for
 * numbers); a value Go prints with %#v (maps, structs) is passed as a GoLiteral.
 * FieldErrors are plain data.
 */
export interface FieldError {
  type: FieldErrorType;
  field: string;
  badValue?: unknown;
  detail?: string;
}

/** A bad value already rendered the way Go's %#v prints it (`map[string]string{"app":"x"}`). */
export interface GoLiteral {
  $go: string;
}

export function goLiteral(text: string): GoLiteral {
  return { $go: text };
}

export function isGoLiteral(v: unknown): v is GoLiteral {
  return typeof v === 'object' && v !== null && typeof (v as GoLiteral).$go === 'string';
}
