import { describe, expect, it } from 'vitest';
import { newReplicaSetAnnotations, replicaSetsToClean } from '../../../src/engine/controllerManager/revisions';
import type { Deployment, ReplicaSet } from '../../../src/engine/controllerManager/workloads';

const rs = (name: string, revision: number, replicas = 0, extra: Record<string, string> = {}): ReplicaSet =>
  ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name, generation: 1, annotations: { 'deployment.kubernetes.io/revision': String(revision), ...extra } }, spec: { replicas, selector: {}, template: {} }, status: { replicas, observedGeneration: 1 } }) as ReplicaSet;
const deployment = (annotations: Record<string, string> = {}, revisionHistoryLimit?: number): Deployment =>
  ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', annotations }, spec: { replicas: 3, selector: {}, template: {}, ...(revisionHistoryLimit !== undefined ? { revisionHistoryLimit } : {}) } }) as Deployment;

describe('a Deployment history kept in ReplicaSet annotations', () => {
  it('numbers a new ReplicaSet after the highest old revision and copies the change-cause, not last-applied', () => {
    const d = deployment({ 'kubernetes.io/change-cause': 'bump', 'kubectl.kubernetes.io/last-applied-configuration': '{}' });
    expect(newReplicaSetAnnotations(d, undefined, [rs('a', 1), rs('b', 4)], { desired: 3, max: 4 })).toEqual({
      'kubernetes.io/change-cause': 'bump',
      'deployment.kubernetes.io/revision': '5',
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
    });
  });

  it('renumbers the ReplicaSet a rollback returns to and keeps its old number in revision-history', () => {
    const back = rs('b', 2, 0, { 'deployment.kubernetes.io/revision-history': '1' });
    expect(newReplicaSetAnnotations(deployment(), back, [rs('c', 3)], { desired: 3, max: 4 })).toMatchObject({ 'deployment.kubernetes.io/revision': '4', 'deployment.kubernetes.io/revision-history': '1,2' });
    expect(newReplicaSetAnnotations(deployment(), rs('c', 3), [rs('b', 2)], { desired: 3, max: 4 })).toBeUndefined();
  });

  it('deletes the oldest empty ReplicaSets beyond revisionHistoryLimit, never one with Pods', () => {
    const old = [rs('r3', 3), rs('r1', 1, 2), rs('r2', 2)];
    expect(replicaSetsToClean(deployment({}, 1), old).map((r) => r.metadata?.name)).toEqual(['r2']);
    expect(replicaSetsToClean(deployment({}, 0), old).map((r) => r.metadata?.name)).toEqual(['r2', 'r3']);
    expect(replicaSetsToClean(deployment(), old)).toEqual([]);
  });
});
