// The words a Deployment's history is written in, shared by the Deployment controller and
// kubectl's rollout commands (in Kubernetes, deployment/util and kubectl's rollback.go
// name the same annotations): each ReplicaSet's revision, the revisions a rolled-back
// template was known by, and the annotations only the controller or kubectl apply write.
export const POD_TEMPLATE_HASH = 'pod-template-hash';
export const REVISION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas';
export const CHANGE_CAUSE = 'kubernetes.io/change-cause';

/** Never copied between a Deployment and its ReplicaSets (skipCopyAnnotation, annotationsToSkip). */
export const NOT_COPIED: ReadonlySet<string> = new Set(['kubectl.kubernetes.io/last-applied-configuration', REVISION, REVISION_HISTORY, DESIRED_REPLICAS, MAX_REPLICAS, 'deprecated.deployment.rollback.to']);

/** deploymentutil.Revision: the number in the revision annotation, undefined when there is none. */
export function revisionOf(obj: { metadata?: { annotations?: Record<string, string> } }): number | undefined {
  const v = obj.metadata?.annotations?.[REVISION];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}

/** A template without its `pod-template-hash` label, to compare with a Deployment's (EqualIgnoreHash). */
export function templateIgnoringHash<T extends { metadata?: { labels?: Record<string, string> } }>(template: T | undefined): T {
  const t = (template ?? {}) as T;
  const { [POD_TEMPLATE_HASH]: _hash, ...labels } = t.metadata?.labels ?? {};
  return { ...t, metadata: { ...t.metadata, labels } };
}
