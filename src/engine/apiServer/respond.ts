import type { ApiStatus, KubeList, KubeObject } from '../api/objects';
import { requestKind, requestLine, type ApiRequest, type ApiResponse } from '../api/protocol';
import { resourceForName, type ResourceInfo } from '../api/resources';
import { kindName, type ObjectRef } from '../runtime/trace';
import type { ApiServerContext } from './types';

/** Which object a message is about; built whole, as it stays in the trace (see traceEvent). */
export function refOf(obj: KubeObject): ObjectRef {
  const m = obj.metadata ?? {};
  const kind = obj.kind;
  const name = m.name ?? '';
  const { namespace, uid } = m;
  if (namespace) return uid ? { kind, name, namespace, uid } : { kind, name, namespace };
  return uid ? { kind, name, uid } : { kind, name };
}

export function singularOf(resource: string): string {
  return resourceForName(resource)?.singular ?? resource;
}

/** Answer a client request: the REST response travels back over the network, traced. */
export function reply(
  ctx: ApiServerContext,
  req: ApiRequest,
  code: number,
  body?: KubeObject | KubeList | string,
  extra: { status?: ApiStatus; warnings?: string[]; ref?: ObjectRef; following?: boolean } = {},
): void {
  const response: ApiResponse = { type: 'api.response', id: req.id, code };
  if (body !== undefined) response.body = body;
  if (extra.following) response.following = true;
  if (extra.status) response.status = extra.status;
  const deprecated = deprecationWarnings(req);
  if (extra.warnings?.length || deprecated.length > 0) response.warnings = [...(extra.warnings ?? []), ...deprecated];
  const ref = extra.ref ?? (body && typeof body === 'object' && 'metadata' in body && (body as KubeObject).kind ? refOf(body as KubeObject) : undefined);
  ctx.net.post(ctx.self, {
    to: req.replyTo,
    event: response,
    kind: kindName(requestKind(req, singularOf(req.resource)), 'response'),
    step: req.step,
    ref,
    detail: { code, request: req.line ?? requestLine(req) },
  });
}

/** The deprecated-API warning kube-apiserver adds to every request for v1 Endpoints since v1.33. */
function deprecationWarnings(req: ApiRequest): readonly string[] {
  return req.resource === 'endpoints' ? ENDPOINTS_DEPRECATED : NONE;
}

const ENDPOINTS_DEPRECATED = ['v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice'];
const NONE: readonly string[] = [];

export function fail(ctx: ApiServerContext, req: ApiRequest, status: ApiStatus): void {
  reply(ctx, req, status.code, undefined, { status });
}

function status(code: number, reason: string, message: string, details?: ApiStatus['details']): ApiStatus {
  const s: ApiStatus = { apiVersion: 'v1', kind: 'Status', status: 'Failure', message, reason, code };
  if (details) s.details = details;
  return s;
}

/**
 * How the API server names a resource in a Status: `pods` for the core group, qualified
 * with its group elsewhere (`deployments.apps "web" not found`), as apierrors does.
 */
function named(r: string | ResourceInfo): { text: string; details: { kind: string; group?: string } } {
  if (typeof r === 'string') return { text: r, details: { kind: r } };
  const group = r.groupVersion.includes('/') ? r.groupVersion.split('/')[0]! : '';
  return group ? { text: `${r.resource}.${group}`, details: { kind: r.resource, group } } : { text: r.resource, details: { kind: r.resource } };
}

type Res = string | ResourceInfo;

export const statuses = {
  notFound: (resource: Res, name: string) => {
    const r = named(resource);
    return status(404, 'NotFound', `${r.text} "${name}" not found`, { name, ...r.details });
  },
  alreadyExists: (resource: Res, name: string) => {
    const r = named(resource);
    return status(409, 'AlreadyExists', `${r.text} "${name}" already exists`, { name, ...r.details });
  },
  conflict: (resource: Res, name: string) => {
    const r = named(resource);
    return status(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${r.text} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
      { name, ...r.details },
    );
  },
  badRequest: (message: string) => status(400, 'BadRequest', message),
  forbidden: (resource: Res, name: string, why: string) => {
    const r = named(resource);
    return status(403, 'Forbidden', `${r.text} "${name}" is forbidden: ${why}`, { name, ...r.details });
  },
  notServed: () => status(404, 'NotFound', 'the server could not find the requested resource'),
  methodNotAllowed: () => status(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource'),
};
