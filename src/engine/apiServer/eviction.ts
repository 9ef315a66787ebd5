// POST pods/NAME/eviction (pkg/registry/core/pod/storage/eviction.go): the API-initiated
// eviction `kubectl drain` asks for. With no PodDisruptionBudget to consult (Pod Lab has
// none), the API server marks the Pod with a DisruptionTarget condition, then deletes it
// gracefully as a DELETE would, and answers `201` with a Success Status.
import type { KubeObject, Pod } from '../api/objects';
import { withGeneration } from '../api/podConditions';
import type { ApiRequest } from '../api/protocol';
import { resourceForName } from '../api/resources';
import { timestamp } from '../runtime/time';
import { planDelete } from './delete';
import { fail, statuses } from './respond';
import type { ApiServerContext } from './types';
import { podWrite, submitWrite, type WriteIntent } from './write';

interface Eviction {
  metadata?: { name?: string };
  deleteOptions?: { gracePeriodSeconds?: number; dryRun?: string[] };
}

const PODS = resourceForName('pods')!;

const EVICTED: KubeObject = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 } as KubeObject;

export function handleEviction(ctx: ApiServerContext, req: ApiRequest): void {
  const eviction = (req.body ?? {}) as Eviction;
  const name = req.name ?? '';
  if (eviction.metadata?.name !== name) return fail(ctx, req, statuses.badRequest('name in URL does not match name in Eviction object'));
  const dryRun = eviction.deleteOptions?.dryRun?.includes('All') === true || req.query?.dryRun === 'All';
  if (dryRun) return deleteEvicted(ctx, { ...req, query: { ...req.query, dryRun: 'All' } }, eviction);
  submitWrite(ctx, {
    resource: 'pods',
    namespace: req.namespace,
    name,
    step: req.step,
    plan: disruptionTargetPlan(ctx),
    then: (c, stored) => (stored ? deleteEvicted(c, req, eviction) : fail(c, req, statuses.notFound(PODS, name))),
  });
}

/** addConditionAndDeletePod's first write: DisruptionTarget=True, reason EvictionByEvictionAPI. */
function disruptionTargetPlan(ctx: ApiServerContext): WriteIntent['plan'] {
  return (current) => {
    if (!current) return { op: 'error', status: statuses.notFound(PODS, '') };
    const pod = current as Pod;
    if (pod.status?.conditions?.some((c) => c.type === 'DisruptionTarget' && c.status === 'True')) return { op: 'none', object: current, code: 200 };
    const now = timestamp(ctx.epoch, ctx.net.now());
    const condition = withGeneration(
      { type: 'DisruptionTarget', status: 'True', lastProbeTime: null as unknown as string, lastTransitionTime: now, reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' },
      pod.metadata?.generation,
    );
    const conditions = [...(pod.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget'), condition];
    return { op: 'put', object: { ...pod, status: Object.assign({}, pod.status, { conditions }) } as KubeObject, code: 200 };
  };
}

/** The second write: the graceful DELETE, with the eviction's grace period; the client gets the Status. */
function deleteEvicted(ctx: ApiServerContext, req: ApiRequest, eviction: Eviction): void {
  const name = req.name ?? '';
  const grace = eviction.deleteOptions?.gracePeriodSeconds;
  const query: Record<string, string> = grace !== undefined ? { gracePeriodSeconds: String(grace) } : {};
  const plan: WriteIntent['plan'] = (current) => (current ? planDelete(ctx, PODS, current, query) : { op: 'error', status: statuses.notFound(PODS, name) });
  submitWrite(ctx, podWrite(req, plan, { code: 201, body: EVICTED }));
}
