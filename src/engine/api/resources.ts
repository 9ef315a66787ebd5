// What `kubectl api-resources` lists: each kind with its plural, singular and short names,
// API group/version and scope. kubectl resolves `po`, `svc`, `deploy` with it; the API
// server builds paths with it; manifests map `apiVersion` + `kind` to a resource with it.

export interface ResourceInfo {
  kind: string;
  /** Plural, as in the URL and `kubectl get pods`. */
  resource: string;
  singular: string;
  shortNames: readonly string[];
  /** `v1`, `apps/v1`, `discovery.k8s.io/v1`, … */
  groupVersion: string;
  namespaced: boolean;
}

export const RESOURCES: readonly ResourceInfo[] = [
  { kind: 'Pod', resource: 'pods', singular: 'pod', shortNames: ['po'], groupVersion: 'v1', namespaced: true },
  { kind: 'Node', resource: 'nodes', singular: 'node', shortNames: ['no'], groupVersion: 'v1', namespaced: false },
  { kind: 'Namespace', resource: 'namespaces', singular: 'namespace', shortNames: ['ns'], groupVersion: 'v1', namespaced: false },
  { kind: 'Event', resource: 'events', singular: 'event', shortNames: ['ev'], groupVersion: 'v1', namespaced: true },
  { kind: 'Service', resource: 'services', singular: 'service', shortNames: ['svc'], groupVersion: 'v1', namespaced: true },
  { kind: 'Endpoints', resource: 'endpoints', singular: 'endpoints', shortNames: ['ep'], groupVersion: 'v1', namespaced: true },
  { kind: 'EndpointSlice', resource: 'endpointslices', singular: 'endpointslice', shortNames: [], groupVersion: 'discovery.k8s.io/v1', namespaced: true },
  { kind: 'ConfigMap', resource: 'configmaps', singular: 'configmap', shortNames: ['cm'], groupVersion: 'v1', namespaced: true },
  { kind: 'Secret', resource: 'secrets', singular: 'secret', shortNames: [], groupVersion: 'v1', namespaced: true },
  { kind: 'ServiceAccount', resource: 'serviceaccounts', singular: 'serviceaccount', shortNames: ['sa'], groupVersion: 'v1', namespaced: true },
  { kind: 'PersistentVolumeClaim', resource: 'persistentvolumeclaims', singular: 'persistentvolumeclaim', shortNames: ['pvc'], groupVersion: 'v1', namespaced: true },
  { kind: 'PersistentVolume', resource: 'persistentvolumes', singular: 'persistentvolume', shortNames: ['pv'], groupVersion: 'v1', namespaced: false },
  { kind: 'ReplicationController', resource: 'replicationcontrollers', singular: 'replicationcontroller', shortNames: ['rc'], groupVersion: 'v1', namespaced: true },
  { kind: 'Deployment', resource: 'deployments', singular: 'deployment', shortNames: ['deploy'], groupVersion: 'apps/v1', namespaced: true },
  { kind: 'ReplicaSet', resource: 'replicasets', singular: 'replicaset', shortNames: ['rs'], groupVersion: 'apps/v1', namespaced: true },
  { kind: 'DaemonSet', resource: 'daemonsets', singular: 'daemonset', shortNames: ['ds'], groupVersion: 'apps/v1', namespaced: true },
  { kind: 'StatefulSet', resource: 'statefulsets', singular: 'statefulset', shortNames: ['sts'], groupVersion: 'apps/v1', namespaced: true },
  { kind: 'Job', resource: 'jobs', singular: 'job', shortNames: [], groupVersion: 'batch/v1', namespaced: true },
  { kind: 'CronJob', resource: 'cronjobs', singular: 'cronjob', shortNames: ['cj'], groupVersion: 'batch/v1', namespaced: true },
];

/** The API group of a resource: '' for the core group (`v1`), `apps` for `apps/v1`. */
export function groupOf(r: ResourceInfo): string {
  const slash = r.groupVersion.indexOf('/');
  return slash < 0 ? '' : r.groupVersion.slice(0, slash);
}

const byKind = new Map(RESOURCES.map((r) => [`${r.groupVersion}/${r.kind}`, r]));
const byName = new Map<string, ResourceInfo>();
for (const r of RESOURCES) {
  for (const name of [r.resource, r.singular, r.kind.toLowerCase(), ...r.shortNames]) byName.set(name, r);
}

/** The resource for `apiVersion` + `kind`, or undefined when the API server does not serve it. */
export function resourceForKind(apiVersion: string, kind: string): ResourceInfo | undefined {
  return byKind.get(`${apiVersion}/${kind}`);
}

/**
 * The resource a kubectl argument names: `pods`, `pod`, `po`, `Pod`, `deployments.apps`,
 * `deploy`. Case-insensitive, as kubectl's RESTMapper is.
 */
export function resourceForName(name: string): ResourceInfo | undefined {
  const lower = name.toLowerCase();
  const direct = byName.get(lower);
  if (direct) return direct;
  const dot = lower.indexOf('.');
  if (dot > 0) {
    const r = byName.get(lower.slice(0, dot));
    const group = lower.slice(dot + 1);
    if (r && r.groupVersion.startsWith(group + '/')) return r;
  }
  return undefined;
}
