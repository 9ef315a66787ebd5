// The DeploymentDescriber and ReplicaSetDescriber (describe.go v1.35): what they fetch
// besides the object and its events. A Deployment's ReplicaSets are listed by its
// selector and kept when it controls them; the new one is the oldest whose template,
// less its pod-template-hash label, is the Deployment's (deploymentutil). A
// ReplicaSet's Pods are listed by its selector and counted by phase when it controls them.
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet';
import { sameJson } from '../../api/mergePatch';
import type { KubeList, KubeObject, Pod } from '../../api/objects';
import type { ApiResponse } from '../../api/protocol';
import { parseTime } from '../printers/duration';
import { describeDeployment, describeReplicaSet, formatLabelSelector, type PodPhaseCounts } from '../printers';
import { request, type KubectlEnv } from '../program';
import { getObject, searchEvents, type Found, type Step } from './describeFetch';
import { responseError } from './resourceArgs';

type LabelSelector = NonNullable<IReplicaSet['spec']>['selector'];

/** LIST in the namespace by selector (labels.Selector.String()), one chunk of 500. */
function* listBySelector(resource: string, groupVersion: string, namespace: string | undefined, selector: LabelSelector | undefined): Step<ApiResponse> {
  const labelSelector = formatLabelSelector(selector);
  return yield* request({
    verb: 'list',
    resource,
    groupVersion,
    namespace: namespace ?? '',
    query: { labelSelector: labelSelector === '<none>' ? '' : labelSelector, limit: '500' },
  });
}

function controlledBy(obj: { metadata?: KubeObject['metadata'] }, uid: string | undefined): boolean {
  return obj.metadata?.ownerReferences?.some((r) => r.controller && r.uid === uid) ?? false;
}

/** EqualIgnoreHash's view of a template: without the pod-template-hash label. */
function withoutHash(template: unknown): unknown {
  const t = (template ?? {}) as { metadata?: { labels?: Record<string, string> } };
  const { 'pod-template-hash': _hash, ...labels } = t.metadata?.labels ?? {};
  return { ...t, metadata: { ...t.metadata, labels } };
}

/** Oldest first, the name breaking ties (replicaSetsByCreationTimestamp). */
function byCreation(a: IReplicaSet, b: IReplicaSet): number {
  const ta = parseTime(a.metadata?.creationTimestamp) ?? 0;
  const tb = parseTime(b.metadata?.creationTimestamp) ?? 0;
  if (ta !== tb) return ta - tb;
  const na = a.metadata?.name ?? '';
  const nb = b.metadata?.name ?? '';
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/** GetAllReplicaSetsInChunks: every old ReplicaSet (scaled to zero too) and the new one. */
function* replicaSetsOf(d: IDeployment): Step<{ oldSets: IReplicaSet[]; newSet: IReplicaSet | undefined }> {
  const res = yield* listBySelector('replicasets', 'apps/v1', d.metadata?.namespace, d.spec?.selector);
  if (res.code >= 300) return { oldSets: [], newSet: undefined };
  const items = (res.body as unknown as KubeList<IReplicaSet>).items ?? [];
  const owned = items.filter((rs) => controlledBy(rs, d.metadata?.uid)).sort(byCreation);
  const template = withoutHash(d.spec?.template);
  const newSet = owned.find((rs) => sameJson(withoutHash(rs.spec?.template), template));
  return { oldSets: owned.filter((rs) => rs !== newSet), newSet };
}

export function* describeDeploymentObject(env: KubectlEnv, f: Found): Step<string | { error: string }> {
  const d = yield* getObject<IDeployment>(f);
  if ('error' in d) return d;
  const events = yield* searchEvents(f, 'Deployment', d.metadata?.namespace ?? '', d.metadata?.uid);
  const { oldSets, newSet } = yield* replicaSetsOf(d);
  return describeDeployment(d, oldSets, newSet, events, env.now());
}

/** getPodStatusForController: the phases of the Pods this ReplicaSet controls. */
function* podPhases(rs: IReplicaSet): Step<PodPhaseCounts> {
  const res = yield* listBySelector('pods', 'v1', rs.metadata?.namespace, rs.spec?.selector);
  if (res.code >= 300) return { error: responseError(res) };
  const counts = { running: 0, waiting: 0, succeeded: 0, failed: 0 };
  for (const pod of (res.body as KubeList<Pod>).items ?? []) {
    if (!controlledBy(pod, rs.metadata?.uid)) continue;
    const phase = pod.status?.phase;
    if (phase === 'Running') counts.running++;
    else if (phase === 'Pending') counts.waiting++;
    else if (phase === 'Succeeded') counts.succeeded++;
    else if (phase === 'Failed') counts.failed++;
  }
  return counts;
}

export function* describeReplicaSetObject(env: KubectlEnv, f: Found): Step<string | { error: string }> {
  const rs = yield* getObject<IReplicaSet>(f);
  if ('error' in rs) return rs;
  const pods = yield* podPhases(rs);
  const events = yield* searchEvents(f, 'ReplicaSet', rs.metadata?.namespace ?? '', rs.metadata?.uid);
  return describeReplicaSet(rs, pods, events, env.now());
}
