// The Deployment's Available and Progressing conditions, as the Deployment controller's
// syncRolloutStatus sets them: Available while enough Pods are available (replicas minus
// maxUnavailable); Progressing from NewReplicaSetCreated through ReplicaSetUpdated to
// NewReplicaSetAvailable once every replica is updated and available.
import type { Deployment, ReplicaSet } from './workloads';
import { surgeAndUnavailable } from './rollout';

export interface DeploymentCondition {
  type: 'Available' | 'Progressing';
  status: 'True' | 'False';
  lastUpdateTime: string;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

type Counts = Record<string, number>;

/** The conditions for `counts`; a condition that says the same keeps its timestamps. */
export function deploymentConditions(d: Deployment, newRS: ReplicaSet, counts: Counts, now: string): DeploymentCondition[] {
  const previous = (d.status?.conditions ?? []) as DeploymentCondition[];
  const replicas = d.spec?.replicas ?? 1;
  const { unavailable } = surgeAndUnavailable(d);
  const available = (counts.availableReplicas ?? 0) >= replicas - unavailable;
  const rs = newRS.metadata?.name ?? '';
  const complete = (counts.updatedReplicas ?? 0) === replicas && (counts.replicas ?? 0) === replicas && (counts.availableReplicas ?? 0) === replicas;
  const progressing = previous.find((c) => c.type === 'Progressing');
  const [reason, message] = complete
    ? ['NewReplicaSetAvailable', `ReplicaSet "${rs}" has successfully progressed.`]
    : progressing === undefined
      ? ['NewReplicaSetCreated', `Created new replica set "${rs}"`]
      : ['ReplicaSetUpdated', `ReplicaSet "${rs}" is progressing.`];
  const next = (type: DeploymentCondition['type'], status: DeploymentCondition['status'], why: string, what: string): DeploymentCondition => {
    const old = previous.find((c) => c.type === type);
    if (old && old.status === status && old.reason === why && old.message === what) return old;
    // SetDeploymentCondition: the transition time moves only when the status does.
    return { type, status, lastUpdateTime: now, lastTransitionTime: old && old.status === status ? old.lastTransitionTime : now, reason: why, message: what };
  };
  return [
    available
      ? next('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.')
      : next('Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.'),
    next('Progressing', 'True', reason, message),
  ];
}
