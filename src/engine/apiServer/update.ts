import type { KubeObject, Pod } from '../api/objects';
import type { ApiRequest } from '../api/protocol';
import { resourceForName, type ResourceInfo } from '../api/resources';
import { applyDefaults, dropFields, invalidStatus, unknownFields, strictDecodingStatus, validateEphemeralUpdate, validateUpdate } from '../manifest';
import { timestamp } from '../runtime/time';
import { splitGroupVersion } from './create';
import { applyJsonPatch } from '../api/jsonPatch';
import { applyMergePatch, sameJson as jsonEqual } from '../api/mergePatch';
import { strategicMerge, withoutDirectives } from '../api/strategicMerge';
import { withGeneration } from '../api/podConditions';
import { fieldValidationOf } from './fieldValidation';
import { fail, statuses } from './respond';
import type { ApiServerContext } from './types';
import { podWrite, submitWrite, type WriteIntent, type WritePlan } from './write';

/** PUT and PATCH on an object, its `status` subresource, or a namespace's `finalize`. */
export function handleUpdate(ctx: ApiServerContext, req: ApiRequest, info: ResourceInfo): void {
  if (req.verb === 'patch' && req.patchType !== 'json' && !isMap(req.body)) {
    const what = Array.isArray(req.body) ? 'array' : req.body === null ? 'null' : typeof req.body;
    return fail(ctx, req, statuses.badRequest(`json: cannot unmarshal ${what} into Go value of type map[string]interface {}`));
  }
  if (req.verb === 'patch' && !req.subresource && req.patchType !== 'json') {
    const fields = req.patchType === 'strategic' ? withoutDirectives(req.body) : req.body;
    const unknown = unknownFields({ apiVersion: info.groupVersion, kind: info.kind, ...(fields as object) });
    if (unknown.length > 0) {
      if (fieldValidationOf(req.query) === 'Strict') return fail(ctx, req, strictDecodingStatus(info.kind, splitGroupVersion(info.groupVersion)[1], unknown));
      req = { ...req, body: dropFields({ apiVersion: info.groupVersion, kind: info.kind, ...(req.body as object) }, unknown) };
    }
  }
  const name = req.name ?? '';
  submitWrite(ctx, {
    resource: info.resource,
    namespace: info.namespaced ? req.namespace : undefined,
    name,
    request: req,
    step: req.step,
    plan: updatePlan(req, info, name),
  });
}

function isMap(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Made by a function, not written inline, for the reason given in create.ts. */
function updatePlan(req: ApiRequest, info: ResourceInfo, name: string): WriteIntent['plan'] {
  return (current) => {
    if (!current) return { op: 'error', status: statuses.notFound(info, name) };
    const next = nextObject(req, current);
    if ('status' in next && next.kind === 'Status') return { op: 'error', status: next as never };
    if (req.subresource === 'status') return planStatusUpdate(current, next as KubeObject);
    if (req.subresource === 'ephemeralcontainers') return planEphemeralUpdate(current, next as KubeObject);
    return planUpdate(info, current, next as KubeObject);
  };
}

function nextObject(req: ApiRequest, current: KubeObject): KubeObject | { kind: 'Status' } {
  const body = req.body as KubeObject;
  const sub = req.subresource;
  if (sub === 'status') {
    const patch = (body as { status?: unknown }).status;
    const merge = req.patchType === 'merge' ? applyMergePatch : strategicMerge;
    const status = req.verb === 'patch' ? merge(current.status, patch) : body.status;
    return { ...current, status };
  }
  if (sub === 'ephemeralcontainers') return withEphemeralFrom(current, nextObject({ ...req, subresource: undefined }, current), isStrategic(req));
  if (sub === 'finalize') return { ...current, spec: { ...(current.spec as object), finalizers: (body.spec as { finalizers?: string[] })?.finalizers ?? [] } };
  if (req.verb === 'update') {
    const rv = body.metadata?.resourceVersion;
    if (rv && rv !== current.metadata?.resourceVersion) return statuses.conflict(resourceForName(req.resource) ?? req.resource, req.name ?? '') as never;
    const next = applyDefaults(body);
    return preserveSystemFields(current, next.kind === 'Pod' ? podReplacementAdmitted(current, next) : next);
  }
  if (req.patchType === 'json') {
    const patched = applyJsonPatch(stripStatus(current), body);
    if (!patched.ok) return statuses.badRequest(patched.error) as never;
    return preserveSystemFields(current, applyDefaults(patched.value as KubeObject));
  }
  // kubectl label/annotate send RFC 7386 merge patches; apply sends strategic ones.
  const merge = req.patchType === 'merge' ? applyMergePatch : strategicMerge;
  const merged = merge(stripStatus(current), body) as KubeObject;
  return preserveSystemFields(current, applyDefaults(merged));
}

/**
 * A Pod replaced whole (PUT) meets admission as an update: the ServiceAccount plugin
 * mutates only creates, so a replacement that names no service account names none
 * (ValidatePodUpdate then shows `ServiceAccountName: "default"` going to `""`), and the
 * Priority plugin keeps the stored priority and preemption policy whatever the
 * replacement says. DefaultTolerationSeconds adds its tolerations again (defaulting did).
 */
function podReplacementAdmitted(current: KubeObject, next: KubeObject): KubeObject {
  const old = (current.spec ?? {}) as { priority?: number; preemptionPolicy?: string };
  const spec = { ...(next.spec as Record<string, unknown>) };
  for (const key of ['priority', 'preemptionPolicy'] as const) {
    if (old[key] === undefined) delete spec[key];
    else spec[key] = old[key];
  }
  return { ...next, spec };
}

/**
 * The ephemeralcontainers subresource changes the Pod's ephemeral containers and nothing
 * else (dropNonEphemeralContainerUpdates): whatever else the write said is dropped.
 */
function withEphemeralFrom(current: KubeObject, written: KubeObject | { kind: 'Status' }, strategic: boolean): KubeObject | { kind: 'Status' } {
  if (written.kind === 'Status') return written;
  type Named = { name?: string };
  let list = ((written as KubeObject).spec as { ephemeralContainers?: Named[] } | undefined)?.ephemeralContainers ?? [];
  // A strategic merge patch merges the list by name: containers it does not mention stay
  // (kubectl debug sends only the new one).
  if (strategic) {
    const live = (current.spec as { ephemeralContainers?: Named[] } | undefined)?.ephemeralContainers ?? [];
    list = [...live.filter((l) => !list.some((n) => n.name === l.name)), ...list];
  }
  return { ...current, spec: { ...(current.spec as object), ephemeralContainers: list } };
}

const isStrategic = (req: ApiRequest): boolean => req.verb === 'patch' && req.patchType !== 'merge' && req.patchType !== 'json';

/** uid, creationTimestamp, deletion fields and status are the server's, not the client's. */
function preserveSystemFields(current: KubeObject, next: KubeObject): KubeObject {
  const m = current.metadata ?? {};
  const metadata = { ...next.metadata, uid: m.uid, creationTimestamp: m.creationTimestamp, namespace: m.namespace, name: m.name };
  // PrepareForUpdate: a new spec is a new generation; metadata or status changes are not.
  if (m.generation !== undefined) metadata.generation = jsonEqual(current.spec, next.spec) ? m.generation : m.generation + 1;
  if (m.deletionTimestamp) Object.assign(metadata, { deletionTimestamp: m.deletionTimestamp, deletionGracePeriodSeconds: m.deletionGracePeriodSeconds });
  const out: KubeObject = { ...next, metadata };
  if (current.status !== undefined) out.status = current.status;
  return out;
}

function stripStatus(obj: KubeObject): KubeObject {
  const { status: _status, ...rest } = obj;
  return rest as KubeObject;
}

function planUpdate(info: ResourceInfo, current: KubeObject, next: KubeObject): WritePlan {
  const errors = validateUpdate(current, next);
  if (errors.length > 0) return { op: 'error', status: invalidStatus(info.kind, current.metadata?.name ?? '', errors) };
  if (jsonEqual(withoutVersion(current), withoutVersion(next))) return { op: 'none', object: current, code: 200 };
  if (current.metadata?.deletionTimestamp && finalizersDone(info, next)) return { op: 'delete', object: next, code: 200 };
  return { op: 'put', object: next, code: 200 };
}

/** An ephemeral container added: a new generation of the Pod's spec, which the kubelet will act on. */
function planEphemeralUpdate(current: KubeObject, next: KubeObject): WritePlan {
  const errors = validateEphemeralUpdate(current, next);
  if (errors.length > 0) return { op: 'error', status: invalidStatus('Pod', current.metadata?.name ?? '', errors) };
  if (jsonEqual(current.spec, next.spec)) return { op: 'none', object: current, code: 200 };
  const generation = current.metadata?.generation;
  return { op: 'put', object: generation === undefined ? next : { ...next, metadata: { ...next.metadata, generation: generation + 1 } }, code: 200 };
}

/**
 * A write to the status subresource (the kubelet's and the scheduler's PATCHes) changes
 * only `.status`; the API server validates that status, not the whole spec again.
 */
function planStatusUpdate(current: KubeObject, next: KubeObject): WritePlan {
  if (jsonEqual(current.status, next.status)) return { op: 'none', object: current, code: 200 };
  return { op: 'put', object: next, code: 200 };
}

function finalizersDone(info: ResourceInfo, obj: KubeObject): boolean {
  const meta = obj.metadata?.finalizers ?? [];
  const spec = info.resource === 'namespaces' ? ((obj.spec as { finalizers?: string[] })?.finalizers ?? []) : [];
  return meta.length === 0 && spec.length === 0;
}

function withoutVersion(obj: KubeObject): KubeObject {
  const { resourceVersion: _rv, ...metadata } = obj.metadata ?? {};
  return { ...obj, metadata };
}

/**
 * POST pods/NAME/binding: the scheduler's decision. The API server sets `spec.nodeName`
 * and the PodScheduled condition in one write (pkg/registry/core/pod/storage assignPod).
 */
export function handleBinding(ctx: ApiServerContext, req: ApiRequest): void {
  const name = req.name ?? '';
  const target = (req.body as { target?: { name?: string } })?.target?.name ?? '';
  submitWrite(ctx, podWrite(req, bindingPlan(ctx, name, target)));
}

/** Made by a function, not written inline, for the reason given in create.ts. */
function bindingPlan(ctx: ApiServerContext, name: string, target: string): WriteIntent['plan'] {
  return (current) => {
    if (!current) return { op: 'error', status: statuses.notFound('pods', name) };
    const pod = current as Pod;
    if (pod.metadata?.deletionTimestamp) return { op: 'error', status: statuses.badRequest(`pod ${name} is being deleted, cannot be assigned to a host`) };
    if (pod.spec?.nodeName) return { op: 'error', status: { ...statuses.conflict('pods', name), message: `pod ${name} is already assigned to node "${pod.spec.nodeName}"` } };
    const now = timestamp(ctx.epoch, ctx.net.now());
    const conditions = [
      ...(pod.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled'),
      withGeneration({ type: 'PodScheduled', status: 'True', lastProbeTime: null as unknown as string, lastTransitionTime: now }, pod.metadata?.generation),
    ];
    const bound: Pod = { ...pod, spec: Object.assign({}, pod.spec!, { nodeName: target }), status: Object.assign({}, pod.status, { conditions }) };
    return { op: 'put', object: bound as KubeObject, code: 201 };
  };
}
