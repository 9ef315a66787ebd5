import type { KubeObject } from '../api/objects';
import type { ApiRequest } from '../api/protocol';
import { groupOf, resourceForName, type ResourceInfo } from '../api/resources';
import {
  applyDefaults,
  badRequestStatus,
  decodeError,
  decodesStrictly,
  dropFields,
  invalidStatus,
  objectWarnings,
  strictDecodingStatus,
  unknownFields,
  validateDefaulted,
} from '../manifest';
import { admitNew, generatedName } from './admission';
import { fieldValidationOf } from './fieldValidation';
import { cached } from './cache';
import { fail, statuses } from './respond';
import { allocateServiceAddresses } from './services';
import type { ApiServerContext } from './types';
import { submitWrite, type WriteIntent } from './write';

/**
 * POST: strict decoding, defaulting, validation, namespace lifecycle, admission, then the
 * write to etcd — in kube-apiserver's order, with its error for each stage.
 */
export function handleCreate(ctx: ApiServerContext, req: ApiRequest, info: ResourceInfo): void {
  const body = req.body as KubeObject;
  const [group, version] = splitGroupVersion(body.apiVersion);
  const clean = req.typed === true || decodesStrictly(body as Record<string, unknown>);
  const typeError = clean ? undefined : decodeError(body as Record<string, unknown>);
  if (typeError) return fail(ctx, req, badRequestStatus(body.kind, version, typeError));
  const unknown = clean ? [] : unknownFields(body);
  const validation = fieldValidationOf(req.query);
  if (unknown.length > 0 && validation === 'Strict') return fail(ctx, req, strictDecodingStatus(body.kind, version, unknown));
  const decoded = unknown.length > 0 ? dropFields(body, unknown) : body;
  const unknownWarnings = validation === 'Warn' ? unknown.map((f) => `unknown field "${f}"`) : [];
  if (group !== groupOf(info)) return fail(ctx, req, statuses.badRequest(`the API version in the data (${body.apiVersion}) does not match the expected API version (${info.groupVersion})`));
  const namespace = info.namespaced ? (body.metadata?.namespace ?? req.namespace ?? 'default') : undefined;
  if (info.namespaced && req.namespace !== undefined && body.metadata?.namespace !== undefined && body.metadata.namespace !== req.namespace) {
    return fail(ctx, req, statuses.badRequest('the namespace of the provided object does not match the namespace sent on the request'));
  }
  const meta: NonNullable<KubeObject['metadata']> = Object.assign({}, decoded.metadata);
  if (namespace !== undefined) meta.namespace = namespace;
  if (!meta.name && meta.generateName) meta.name = generatedName(ctx, meta.generateName);
  let obj = applyDefaults({ ...decoded, metadata: meta });
  const errors = req.typed ? [] : validateDefaulted(obj);
  if (errors.length > 0) return fail(ctx, req, invalidStatus(body.kind, meta.name ?? '', errors));
  const nsProblem = namespace !== undefined ? namespaceProblem(ctx, info, namespace, meta.name ?? '') : undefined;
  if (nsProblem) return fail(ctx, req, nsProblem);
  const warnings = [...unknownWarnings, ...objectWarnings(obj)];
  if (info.resource === 'services') {
    const allocated = allocateServiceAddresses(ctx, obj);
    if ('status' in allocated) return fail(ctx, req, allocated.status);
    obj = allocated.object;
  }
  const admitted = admitNew(ctx, info.resource, obj);
  const name = meta.name ?? '';
  submitWrite(ctx, {
    resource: info.resource,
    namespace,
    name,
    request: req,
    step: req.step,
    plan: createUnlessExists(info, name, admitted, warnings),
    ...(info.resource === 'services' ? { then: releaseUnlessStored(obj) } : {}),
  });
}

// The plans are made by functions rather than written inline in the intent: a function
// written as an object property gets its name set at run time under `tsx` (keepNames),
// which every create would pay for.

/** A create stores the object unless its key is taken (AlreadyExists). */
function createUnlessExists(info: ResourceInfo, name: string, admitted: KubeObject, warnings: string[]): WriteIntent['plan'] {
  return (current) =>
    current
      ? { op: 'error', status: statuses.alreadyExists(info, name) }
      : warnings.length > 0
        ? { op: 'put', object: admitted, code: 201, warnings }
        : { op: 'put', object: admitted, code: 201 };
}

/** A Service that was not stored gives its ClusterIP and node ports back. */
function releaseUnlessStored(obj: KubeObject): WriteIntent['then'] {
  return (c, stored) => {
    if (!stored) releaseServiceAddresses(c, obj);
  };
}

/** The NamespaceLifecycle admission plugin: no new objects in a missing or terminating namespace. */
function namespaceProblem(ctx: ApiServerContext, info: ResourceInfo, namespace: string, name: string) {
  const ns = cached(ctx, 'namespaces', undefined, namespace);
  if (!ns) return statuses.notFound('namespaces', namespace);
  if (ns.metadata?.deletionTimestamp && info.resource !== 'events') {
    return statuses.forbidden(
      info.resource,
      name,
      `unable to create new content in namespace ${namespace} because it is being terminated`,
    );
  }
  return undefined;
}

function releaseServiceAddresses(ctx: ApiServerContext, obj: KubeObject): void {
  const spec = obj.spec as { clusterIP?: string; ports?: { nodePort?: number }[] } | undefined;
  if (spec?.clusterIP) ctx.allocators.clusterIPs.delete(spec.clusterIP);
  for (const p of spec?.ports ?? []) if (p.nodePort) ctx.allocators.nodePorts.delete(p.nodePort);
}

export function splitGroupVersion(apiVersion: string): [string, string] {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? ['', apiVersion] : [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
}

export function resourceInfo(resource: string): ResourceInfo | undefined {
  const info = resourceForName(resource);
  return info && info.resource === resource ? info : undefined;
}
