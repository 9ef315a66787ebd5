import type { ApiStatus, KubeObject } from '../api/objects';
import type { ApiResponse } from '../api/protocol';
import type { ParsedArgs } from './cli';
import { kubectlErrorText } from './errors';
import type { ManifestObject } from './files';
import type { KubectlEffect, KubectlEnv } from './program';

/** The namespace a command works in: `-n` if given, else the context's (default). */
export function flagNamespace(env: KubectlEnv, args: ParsedArgs): string {
  const ns = args.flags.namespace;
  return typeof ns === 'string' && ns !== '' ? ns : env.namespace;
}

/**
 * Where an object from a file goes: its own metadata.namespace, unless `-n` says a
 * different one, which kubectl refuses rather than guess.
 */
export function objectNamespace(env: KubectlEnv, args: ParsedArgs, m: ManifestObject): { ns?: string; error?: string } {
  if (!m.resource.namespaced) return {};
  const fromFlag = flagNamespace(env, args);
  const own = m.object.metadata?.namespace;
  if (own && args.set.has('namespace') && own !== fromFlag) {
    return { error: `error: the namespace from the provided object "${own}" does not match the namespace "${fromFlag}". You must pass '--namespace=${own}' to perform this operation.` };
  }
  return { ns: own ?? fromFlag };
}

/**
 * The object as kubectl sends (or, under --dry-run=client, prints) it: the resource
 * builder writes the namespace it goes to into the object's metadata (SetNamespace).
 */
export function withNamespace(obj: KubeObject, ns: string | undefined): KubeObject {
  if (ns === undefined || obj.metadata?.namespace === ns) return obj;
  return { ...obj, metadata: { ...obj.metadata, namespace: ns } };
}

/** `Warning: …` lines the API server sent back, printed as kubectl prints them (stderr). */
export function* warnings(res: ApiResponse): Generator<KubectlEffect, void, unknown> {
  for (const w of res.warnings ?? []) yield { op: 'err', text: `Warning: ${w}\n` };
}

/**
 * An error from the server, in kubectl's words, plus an underline in the manifest where
 * the error names a field.
 */
export function* serverError(res: ApiResponse, verbing: 'creating' | 'applying' | 'patching' | 'replacing', m?: ManifestObject): Generator<KubectlEffect, void, unknown> {
  const status: ApiStatus = res.status ?? { apiVersion: 'v1', kind: 'Status', status: 'Failure', message: 'unknown error', reason: 'InternalError', code: res.code };
  if (m) {
    for (const cause of status.details?.causes ?? []) {
      const pos = cause.field ? m.doc.positionOf(cause.field) : undefined;
      if (pos) yield { op: 'diagnostic', diagnostic: { source: m.source, ...pos, message: `${cause.field}: ${cause.message}` } };
    }
  }
  const text = kubectlErrorText(status, m ? { verbing, source: m.source } : undefined);
  yield { op: 'err', text: text + '\n' };
}

export function nameOf(obj: KubeObject): string {
  return obj.metadata?.name ?? '';
}

/**
 * `--validate`: strict (true), warn, or ignore (false), sent to the API server as the
 * `fieldValidation` query parameter (Strict, Warn, Ignore).
 */
export function fieldValidation(args: ParsedArgs): { query: Record<string, string> } | { error: string } {
  const v = String(args.flags.validate ?? 'strict').toLowerCase();
  if (v === 'strict' || v === 'true') return { query: {} };
  if (v === 'warn') return { query: { fieldValidation: 'Warn' } };
  if (v === 'ignore' || v === 'false') return { query: { fieldValidation: 'Ignore' } };
  return { error: `error: invalid - validate option "${String(args.flags.validate)}"; must be one of: strict (or true), warn, ignore (or false)` };
}

/** Flags that are strings or string lists, as lists. */
export function stringList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string' && v !== '') return [v];
  return [];
}
