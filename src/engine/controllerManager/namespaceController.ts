// kube-controller-manager's namespace controller (pkg/controller/namespace): once a
// Namespace has a deletionTimestamp (phase Terminating), empty it — DELETE every
// collection of namespaced objects in it, list what is left, and come back later while
// Pods are still stopping — then PUT namespaces/NAME/finalize without the `kubernetes`
// finalizer, which lets the API server delete the Namespace itself.
import type { KubeList, KubeObject, Namespace, Pod } from '../api/objects';
import type { ApiResponse, WatchNotification } from '../api/protocol';
import { RESOURCES, type ResourceInfo } from '../api/resources';
import { parseTimestamp, timestamp } from '../runtime/time';
import { controllerRequest, controllerTimer } from './client';
import type { Controller, ControllerContext } from './types';

const NAME = 'namespace-controller';
/** namespaceDeletionGracePeriod: events wait this long so HA API servers all see the deletion. */
const DELETION_GRACE_MS = 5000;
/** The work queue's rate limiter after a failed pass: 5ms doubling, capped at 1000s. */
const BASE_BACKOFF_MS = 5;
const MAX_BACKOFF_MS = 1_000_000;

/** One pass of the deleter over a namespace, waiting on its requests. */
interface Pass {
  pending: number;
  phase: 'delete' | 'list' | 'update';
  remaining: Map<string, number>;
  /** Longest grace period of Pods still running, before they were deleted (estimateGracefulTermination). */
  estimate: number;
  /** A sync was asked for while this pass ran: run another when it ends. */
  again: boolean;
}

interface NamespaceControllerState {
  namespaces: Map<string, Namespace>;
  /** When each queued namespace is due (the delaying queue keeps the earliest). */
  due: Map<string, number>;
  passes: Map<string, Pass>;
  failures: Map<string, number>;
  requests: Map<string, { ns: string; resource?: ResourceInfo }>;
}

const NAMESPACED = RESOURCES.filter((r) => r.namespaced);

function now(ctx: ControllerContext): number {
  return ctx.net.now();
}

/** The delaying queue's AddAfter: an earlier due time wins over a later one. */
function enqueue(ctx: ControllerContext, state: NamespaceControllerState, ns: string, delayMs: number): void {
  const at = now(ctx) + delayMs;
  const existing = state.due.get(ns);
  if (existing !== undefined && existing <= at) return;
  state.due.set(ns, at);
  controllerTimer(ctx, NAME, `${ns}@${at}`, delayMs);
}

function onWatch(ctx: ControllerContext, state: NamespaceControllerState, e: WatchNotification): void {
  const ns = e.object as Namespace;
  const name = ns.metadata?.name ?? '';
  if (e.event === 'BOOKMARK') return;
  if (e.event === 'DELETED') {
    state.namespaces.delete(name);
    state.failures.delete(name);
    return;
  }
  state.namespaces.set(name, ns);
  if (ns.metadata?.deletionTimestamp) enqueue(ctx, state, name, DELETION_GRACE_MS);
}

function onTimer(ctx: ControllerContext, state: NamespaceControllerState, key: string): void {
  const at = key.lastIndexOf('@');
  const ns = key.slice(0, at);
  if (state.due.get(ns) !== Number(key.slice(at + 1))) return;
  state.due.delete(ns);
  const running = state.passes.get(ns);
  if (running) {
    running.again = true;
    return;
  }
  sync(ctx, state, ns);
}

/** syncNamespace: nothing to do unless it is being deleted and still carries our finalizer. */
function sync(ctx: ControllerContext, state: NamespaceControllerState, ns: string): void {
  const namespace = state.namespaces.get(ns);
  if (!namespace?.metadata?.deletionTimestamp) return;
  if (!(namespace.spec?.finalizers ?? []).includes('kubernetes')) return;
  const pass: Pass = { pending: 0, phase: 'delete', remaining: new Map(), estimate: 0, again: false };
  state.passes.set(ns, pass);
  // The Pods' grace is estimated before they are deleted: once deleted they no longer count as running.
  send(ctx, state, pass, ns, { verb: 'list', resource: 'pods', groupVersion: 'v1', namespace: ns }, NAMESPACED.find((r) => r.resource === 'pods'));
  for (const r of NAMESPACED) {
    send(ctx, state, pass, ns, { verb: 'deletecollection', resource: r.resource, groupVersion: r.groupVersion, namespace: ns, query: { propagationPolicy: 'Background' } });
  }
}

function send(
  ctx: ControllerContext,
  state: NamespaceControllerState,
  pass: Pass,
  ns: string,
  spec: Parameters<typeof controllerRequest>[2],
  resource?: ResourceInfo,
): void {
  pass.pending += 1;
  const id = controllerRequest(ctx, NAME, spec, { kind: 'Namespace', name: ns });
  state.requests.set(id, { ns, ...(resource ? { resource } : {}) });
}

function onResponse(ctx: ControllerContext, state: NamespaceControllerState, res: ApiResponse): void {
  const req = state.requests.get(res.id);
  if (!req) return;
  state.requests.delete(res.id);
  const pass = state.passes.get(req.ns);
  if (!pass) return;
  pass.pending -= 1;
  if (req.resource && res.code < 300) record(pass, req.resource, (res.body as KubeList).items);
  if (pass.pending > 0) return;
  if (pass.phase === 'delete') return listRemaining(ctx, state, pass, req.ns);
  if (pass.phase === 'list') return conclude(ctx, state, pass, req.ns);
  endPass(ctx, state, req.ns);
}

/** The estimate (first pass, before deleting) or what is left (after deleting). */
function record(pass: Pass, resource: ResourceInfo, items: KubeObject[]): void {
  if (pass.phase === 'delete') {
    for (const pod of items as Pod[]) {
      const phase = pod.status?.phase;
      if (phase === 'Succeeded' || phase === 'Failed') continue;
      pass.estimate = Math.max(pass.estimate, pod.spec?.terminationGracePeriodSeconds ?? 30);
    }
    return;
  }
  if (items.length > 0) pass.remaining.set(resource.resource, items.length);
}

function listRemaining(ctx: ControllerContext, state: NamespaceControllerState, pass: Pass, ns: string): void {
  pass.phase = 'list';
  for (const r of NAMESPACED) send(ctx, state, pass, ns, { verb: 'list', resource: r.resource, groupVersion: r.groupVersion, namespace: ns }, r);
}

/** Everything gone: finalize. Otherwise record what remains and look again later. */
function conclude(ctx: ControllerContext, state: NamespaceControllerState, pass: Pass, ns: string): void {
  const namespace = state.namespaces.get(ns);
  if (!namespace) return endPass(ctx, state, ns);
  pass.phase = 'update';
  if (pass.remaining.size === 0) {
    state.failures.delete(ns);
    const spec = { ...namespace.spec, finalizers: (namespace.spec?.finalizers ?? []).filter((f) => f !== 'kubernetes') };
    send(ctx, state, pass, ns, { verb: 'update', resource: 'namespaces', groupVersion: 'v1', name: ns, subresource: 'finalize', body: { ...namespace, spec } });
    return;
  }
  const status = statusWith(ctx, namespace, pass.remaining);
  if (status) send(ctx, state, pass, ns, { verb: 'update', resource: 'namespaces', groupVersion: 'v1', name: ns, subresource: 'status', body: { ...namespace, status } });
  requeueRemaining(ctx, state, pass, ns);
  if (pass.pending === 0) endPass(ctx, state, ns);
}

/**
 * While Pods are within their grace period the controller looks again after half of it
 * (estimate/2 + 1 seconds); past it, leftovers are a failed pass, retried with back-off.
 */
function requeueRemaining(ctx: ControllerContext, state: NamespaceControllerState, pass: Pass, ns: string): void {
  const deletedAt = (parseTimestamp(state.namespaces.get(ns)?.metadata?.deletionTimestamp) ?? ctx.epoch) - ctx.epoch;
  const withinGrace = pass.estimate > 0 && now(ctx) - deletedAt < pass.estimate * 1000;
  if (withinGrace) {
    enqueue(ctx, state, ns, (Math.floor(pass.estimate / 2) + 1) * 1000);
    return;
  }
  const failures = state.failures.get(ns) ?? 0;
  state.failures.set(ns, failures + 1);
  enqueue(ctx, state, ns, Math.min(BASE_BACKOFF_MS * 2 ** failures, MAX_BACKOFF_MS));
}

function endPass(ctx: ControllerContext, state: NamespaceControllerState, ns: string): void {
  const pass = state.passes.get(ns);
  state.passes.delete(ns);
  if (pass?.again) sync(ctx, state, ns);
}

type NamespaceCondition = { type: string; status: string; lastTransitionTime?: string; reason?: string; message?: string };

/** The five conditions the deleter maintains (status_condition_utils.go); undefined when nothing changed. */
function statusWith(ctx: ControllerContext, ns: Namespace, remaining: Map<string, number>): Namespace['status'] | undefined {
  const counts = [...remaining.entries()].map(([resource, n]) => `${resourceWithGroup(resource)} has ${n} resource instances`).sort();
  const wanted: NamespaceCondition[] = [
    { type: 'NamespaceDeletionDiscoveryFailure', status: 'False', reason: 'ResourcesDiscovered', message: 'All resources successfully discovered' },
    { type: 'NamespaceDeletionGroupVersionParsingFailure', status: 'False', reason: 'ParsedGroupVersions', message: 'All legacy kube types successfully parsed' },
    { type: 'NamespaceDeletionContentFailure', status: 'False', reason: 'ContentDeleted', message: 'All content successfully deleted, may be waiting on finalization' },
    { type: 'NamespaceContentRemaining', status: 'True', reason: 'SomeResourcesRemain', message: `Some resources are remaining: ${counts.join(', ')}` },
    { type: 'NamespaceFinalizersRemaining', status: 'False', reason: 'ContentHasNoFinalizers', message: 'All content-preserving finalizers finished' },
  ];
  const current = (ns.status?.conditions ?? []) as NamespaceCondition[];
  const at = timestamp(ctx.epoch, now(ctx));
  let changed = current.length !== wanted.length;
  const conditions = wanted.map((w) => {
    const old = current.find((c) => c.type === w.type);
    if (!old || old.status !== w.status || old.reason !== w.reason || old.message !== w.message) changed = true;
    const since = old && old.status === w.status ? (old.lastTransitionTime ?? at) : at;
    return { lastTransitionTime: since, message: w.message, reason: w.reason, status: w.status, type: w.type };
  });
  return changed ? { ...ns.status, phase: 'Terminating', conditions } : undefined;
}

/** `pods.`, `deployments.apps`: gvr.Resource + "." + gvr.Group, as the controller prints it. */
function resourceWithGroup(resource: string): string {
  const info = RESOURCES.find((r) => r.resource === resource);
  const slash = info?.groupVersion.indexOf('/') ?? -1;
  return `${resource}.${slash < 0 ? '' : info!.groupVersion.slice(0, slash)}`;
}

export const namespaceController: Controller<NamespaceControllerState> = {
  name: NAME,
  watches: [{ resource: 'namespaces' }],
  init: () => ({ namespaces: new Map(), due: new Map(), passes: new Map(), failures: new Map(), requests: new Map() }),
  onWatch,
  onResponse,
  onTimer,
};
