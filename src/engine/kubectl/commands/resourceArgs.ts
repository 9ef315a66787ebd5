// The part of kubectl's resource builder (cli-runtime resource.Builder) that `delete`,
// `describe` and `wait` share: `TYPE NAME…`, `TYPE1,TYPE2 NAME…` or `TYPE/NAME…`
// arguments, and the objects they name — fetched by name or listed with `-l` / `--all`.
import type { KubeList, KubeObject } from '../../api/objects';
import type { ApiResponse } from '../../api/protocol';
import { resourceForName, type ResourceInfo } from '../../api/resources';
import { kubectlErrorText } from '../errors';
import { request, type KubectlEffect } from '../program';

/** One resource type and the names given for it (none: list them). */
export interface ResourceQuery {
  resource: ResourceInfo;
  names: string[];
}

export type ResourceArgs = { ok: true; queries: ResourceQuery[] } | { ok: false; error: string };

/** ResourceTypeOrNameArgs: the types and names the positional arguments name. */
export function parseResourceArgs(positional: string[]): ResourceArgs {
  if (positional.some((p) => p.includes('/'))) return slashForm(positional);
  const [types = '', ...names] = positional;
  const queries: ResourceQuery[] = [];
  for (const t of types.split(',').filter(Boolean)) {
    const resource = resourceForName(t);
    if (!resource) return { ok: false, error: unknownType(t) };
    queries.push({ resource, names: [...names] });
  }
  return { ok: true, queries };
}

function slashForm(positional: string[]): ResourceArgs {
  const queries: ResourceQuery[] = [];
  for (const p of positional) {
    const slash = p.indexOf('/');
    if (slash < 0) {
      return {
        ok: false,
        error: `error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`,
      };
    }
    const type = p.slice(0, slash);
    const name = p.slice(slash + 1);
    const resource = resourceForName(type);
    if (!resource) return { ok: false, error: unknownType(type) };
    if (name === '') return { ok: false, error: `error: arguments in resource/name form must have a single resource and name` };
    const existing = queries.find((q) => q.resource === resource);
    if (existing) existing.names.push(name);
    else queries.push({ resource, names: [name] });
  }
  return { ok: true, queries };
}

function unknownType(type: string): string {
  return `error: the server doesn't have a resource type "${type}"`;
}

/** Where a request for this resource goes: its namespace only when it has one. */
export function targetOf(resource: ResourceInfo, namespace: string | undefined): { resource: string; groupVersion: string; namespace?: string } {
  return {
    resource: resource.resource,
    groupVersion: resource.groupVersion,
    ...(resource.namespaced && namespace !== undefined ? { namespace } : {}),
  };
}

/** `pod`, `deployment.apps`: the kind as kubectl's messages name it (lower-case kind, then group). */
export function kindString(resource: ResourceInfo): string {
  const slash = resource.groupVersion.indexOf('/');
  const kind = resource.kind.toLowerCase();
  return slash < 0 ? kind : `${kind}.${resource.groupVersion.slice(0, slash)}`;
}

/** The text of a failed response, as kubectl prints it (no trailing newline). */
export function responseError(res: ApiResponse): string {
  const status = res.status ?? { apiVersion: 'v1', kind: 'Status', status: 'Failure', message: 'unknown error', reason: 'InternalError', code: res.code };
  return kubectlErrorText(status);
}

/** LIST one resource type, with a label selector; undefined namespace lists every namespace. */
export function* listObjects(
  resource: ResourceInfo,
  namespace: string | undefined,
  query: Record<string, string>,
): Generator<KubectlEffect, { items: KubeObject[] } | { error: string }, unknown> {
  const q = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
  const res = yield* request({ verb: 'list', ...targetOf(resource, namespace), ...(Object.keys(q).length > 0 ? { query: q } : {}) });
  if (res.code >= 300) return { error: responseError(res) };
  return { items: (res.body as KubeList).items };
}
