import type { ApiStatus, KubeObject } from '../api/objects';
import type { ApiRequest } from '../api/protocol';
import type { EtcdResult } from '../etcd/types';
import type { ObjectRef, Step } from '../runtime/trace';
import { cached, cacheDelete, cachePut, etcdKey } from './cache';
import { fail, refOf, reply } from './respond';
import type { ApiServerContext } from './types';

/** What a write decides once it sees the object as currently stored. */
export type WritePlan =
  | { op: 'put'; object: KubeObject; code: number; warnings?: string[] }
  | { op: 'delete'; object: KubeObject; code: number }
  | { op: 'none'; object: KubeObject; code: number }
  | { op: 'error'; status: ApiStatus };

export interface WriteIntent {
  resource: string;
  namespace: string | undefined;
  name: string;
  request?: ApiRequest;
  step?: Step;
  /** Decide the write against the latest stored object (GuaranteedUpdate's tryUpdate). */
  plan(current: KubeObject | undefined): WritePlan;
  then?(ctx: ApiServerContext, stored: KubeObject | undefined): void;
  /** What the request is answered with when it is not the written object (an eviction's `Status`). */
  answer?: { code: number; body: KubeObject };
}

export interface InFlightWrite {
  key: string;
  intent: WriteIntent;
  plan: Extract<WritePlan, { op: 'put' | 'delete' }>;
  previous: KubeObject | undefined;
  /** The written object's ref, one object for the write's etcd message, its answer and its watch notifications. */
  ref: ObjectRef;
}

/** The write a client's request on a Pod asks for (its binding, its eviction), answered to that client. */
export function podWrite(req: ApiRequest, plan: WriteIntent['plan'], answer?: WriteIntent['answer']): WriteIntent {
  const intent: WriteIntent = { resource: 'pods', namespace: req.namespace, name: req.name ?? '', request: req, step: req.step, plan };
  if (answer) intent.answer = answer;
  return intent;
}

/**
 * Writes to one key go to etcd one at a time; a write that arrives while another to the
 * same key is in flight waits and is then planned against the newer object. This is how
 * kube-apiserver's GuaranteedUpdate retries internally, so PATCHes and deletes never
 * surface a conflict to their client.
 */
export function submitWrite(ctx: ApiServerContext, intent: WriteIntent): void {
  const key = etcdKey(intent.resource, intent.namespace, intent.name);
  const queue = ctx.keyQueues.get(key);
  if (queue !== undefined) {
    if (queue) queue.push(intent);
    else ctx.keyQueues.set(key, [intent]);
    return;
  }
  ctx.keyQueues.set(key, null);
  startWrite(ctx, key, intent);
}

function startWrite(ctx: ApiServerContext, key: string, intent: WriteIntent): void {
  const current = cached(ctx, intent.resource, intent.namespace, intent.name);
  const plan = intent.plan(current);
  if (plan.op === 'error' || plan.op === 'none') {
    if (plan.op === 'error') {
      if (intent.request) fail(ctx, intent.request, plan.status);
    } else answer(ctx, intent, plan.code, plan.object);
    intent.then?.(ctx, plan.op === 'none' ? plan.object : undefined);
    nextWrite(ctx, key);
    return;
  }
  if (intent.request && isDryRun(intent.request)) return answerDryRun(ctx, key, intent, intent.request, plan);
  const requestId = `w${ctx.nextId++}`;
  const ref = refOf(plan.object);
  ctx.inFlight.set(requestId, { key, intent, plan, previous: current, ref });
  const step = intent.step;
  ctx.net.post(ctx.self, {
    to: 'etcd',
    event:
      plan.op === 'put'
        ? { type: 'etcd.put', requestId, replyTo: ctx.self, key, value: plan.object, step }
        : { type: 'etcd.delete', requestId, replyTo: ctx.self, key, step },
    step: intent.step,
    ref,
    detail: { key },
  });
}

/** `?dryRun=All`: the request went through decoding, defaulting, validation and admission. */
function isDryRun(req: ApiRequest): boolean {
  return req.query?.dryRun === 'All';
}

/**
 * A server-side dry run (`kubectl … --dry-run=server`): kube-apiserver's dry-run storage
 * answers with the object as it would have been stored and writes nothing to etcd, so no
 * resourceVersion is stamped and no watcher hears of it. Whatever the write had reserved
 * (a Service's ClusterIP and node ports) is given back, as for a write that was not stored.
 */
function answerDryRun(ctx: ApiServerContext, key: string, intent: WriteIntent, request: ApiRequest, plan: Extract<WritePlan, { op: 'put' | 'delete' }>): void {
  const warnings = plan.op === 'put' ? plan.warnings : undefined;
  answer(ctx, { ...intent, request }, plan.code, plan.object, warnings ? { warnings } : {});
  intent.then?.(ctx, undefined);
  nextWrite(ctx, key);
}

/** Answer the write's request, if it has one: with the object, or with what the intent says instead. */
function answer(ctx: ApiServerContext, intent: WriteIntent, code: number, object: KubeObject, extra: Parameters<typeof reply>[4] = {}): void {
  if (!intent.request) return;
  if (intent.answer) reply(ctx, intent.request, intent.answer.code, intent.answer.body, { ref: extra.ref ?? refOf(object) });
  else reply(ctx, intent.request, code, object, extra);
}

function nextWrite(ctx: ApiServerContext, key: string): void {
  const queue = ctx.keyQueues.get(key);
  const next = queue?.shift();
  if (next) startWrite(ctx, key, next);
  else ctx.keyQueues.delete(key);
}

/** etcd confirmed: stamp the resourceVersion, update the watch cache, answer, notify watchers. */
export function onEtcdResult(ctx: ApiServerContext, result: EtcdResult): void {
  const flight = ctx.inFlight.get(result.requestId);
  if (!flight) return;
  ctx.inFlight.delete(result.requestId);
  const { key, intent, plan, previous, ref } = flight;
  ctx.revision = Math.max(ctx.revision, result.revision);
  const stored = withResourceVersion(plan.object, result.revision);
  if (plan.op === 'put') cachePut(ctx, intent.resource, stored);
  else cacheDelete(ctx, intent.resource, stored);
  const warnings = plan.op === 'put' ? plan.warnings : undefined;
  // The answer names the object as its ref would (reply makes none for a body without a kind).
  const answerRef = stored.kind ? ref : undefined;
  answer(ctx, intent, plan.code, stored, warnings ? { warnings, ref: answerRef } : { ref: answerRef });
  if (plan.op === 'put') ctx.watches.notify(ctx.net, ctx.self, intent.resource, previous, stored, ref);
  else ctx.watches.notify(ctx.net, ctx.self, intent.resource, previous, undefined);
  intent.then?.(ctx, stored);
  nextWrite(ctx, key);
}

export function withResourceVersion(obj: KubeObject, revision: number): KubeObject {
  return { ...obj, metadata: Object.assign({}, obj.metadata, { resourceVersion: String(revision) }) };
}
