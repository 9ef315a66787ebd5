// `kubectl describe deployment` and `kubectl describe replicaset` (describe.go
// describeDeployment, describeReplicaSet, v1.35): the controller's counts and
// strategy, its Pod template, its conditions when it has any, the ReplicaSets a
// Deployment owns (new: the one whose template is the Deployment's), and events.
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet';
import type { KubeEvent } from '../../../api/objects';
import { formatRFC1123Z } from '../duration';
import { formatLabelSelector } from '../workloadTables';
import { printAnnotationsMultiline, printLabelsMultiline } from './common';
import { writeEvents } from './events';
import { describePodTemplate } from './podTemplate';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './writer';

/** The phases of the Pods a controller owns (getPodStatusForController), or why they could not be listed. */
export type PodPhaseCounts = { running: number; waiting: number; succeeded: number; failed: number } | { error: string };

interface Condition {
  type: string;
  status: string;
  reason?: string;
}

/** The trailing space after the type is kubectl's own. */
function writeConditions(conditions: Condition[] | undefined, w: PrefixWriter): void {
  if (!conditions || conditions.length === 0) return;
  w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(LEVEL_1, '----\t------\t------\n');
  for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}

/** intstr.IntOrString.String(); a nil pointer prints `<nil>`. */
function intOrString(v: number | string | undefined): string {
  return v === undefined ? '<nil>' : String(v);
}

/** `web-7957885594 (2/2 replicas created)`, comma-joined; `<none>` for none. */
function replicaSetsByLabels(sets: IReplicaSet[]): string {
  const list = sets.map((rs) => `${rs.metadata?.name ?? ''} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 1} replicas created)`);
  return list.join(', ') || '<none>';
}

function writeDeploymentSpec(d: IDeployment, w: PrefixWriter): void {
  const spec = d.spec;
  const status = d.status;
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(spec?.selector)}\n`);
  const counts = [
    `${spec?.replicas ?? 1} desired`,
    `${status?.updatedReplicas ?? 0} updated`,
    `${status?.replicas ?? 0} total`,
    `${status?.availableReplicas ?? 0} available`,
    `${status?.unavailableReplicas ?? 0} unavailable`,
  ];
  w.write(LEVEL_0, `Replicas:\t${counts.join(' | ')}\n`);
  w.write(LEVEL_0, `StrategyType:\t${spec?.strategy?.type ?? ''}\n`);
  w.write(LEVEL_0, `MinReadySeconds:\t${spec?.minReadySeconds ?? 0}\n`);
  const ru = spec?.strategy?.rollingUpdate;
  if (ru) {
    w.write(LEVEL_0, `RollingUpdateStrategy:\t${intOrString(ru.maxUnavailable)} max unavailable, ${intOrString(ru.maxSurge)} max surge\n`);
  }
}

/**
 * `oldSets`: every other ReplicaSet the Deployment controls, scaled to zero or not,
 * oldest first; `newSet`: the one running its current template, if it exists yet.
 */
export function describeDeployment(d: IDeployment, oldSets: IReplicaSet[], newSet: IReplicaSet | undefined, events: KubeEvent[] | undefined, now: number): string {
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${d.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${d.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `CreationTimestamp:\t${formatRFC1123Z(d.metadata?.creationTimestamp)}\n`);
  printLabelsMultiline(w, 'Labels', d.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', d.metadata?.annotations);
  writeDeploymentSpec(d, w);
  describePodTemplate(d.spec?.template, w);
  writeConditions(d.status?.conditions, w);
  if (oldSets.length > 0 || newSet) {
    w.write(LEVEL_0, `OldReplicaSets:\t${replicaSetsByLabels(oldSets)}\n`);
    w.write(LEVEL_0, `NewReplicaSet:\t${replicaSetsByLabels(newSet ? [newSet] : [])}\n`);
  }
  writeEvents(w, events, now);
  return w.toString();
}

export function describeReplicaSet(rs: IReplicaSet, pods: PodPhaseCounts, events: KubeEvent[] | undefined, now: number): string {
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${rs.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${rs.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
  printLabelsMultiline(w, 'Labels', rs.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', rs.metadata?.annotations);
  const controller = rs.metadata?.ownerReferences?.find((r) => r.controller);
  if (controller) w.write(LEVEL_0, `Controlled By:\t${controller.kind}/${controller.name}\n`);
  w.write(LEVEL_0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired\n`);
  const status =
    'error' in pods
      ? `error in fetching pods: ${pods.error}`
      : `${pods.running} Running / ${pods.waiting} Waiting / ${pods.succeeded} Succeeded / ${pods.failed} Failed`;
  w.write(LEVEL_0, `Pods Status:\t${status}\n`);
  describePodTemplate(rs.spec?.template, w);
  writeConditions(rs.status?.conditions, w);
  writeEvents(w, events, now);
  return w.toString();
}
