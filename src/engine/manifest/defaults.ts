// applyDefaults: the object as the API server stores it on create, before the fields only
// it assigns (uid, resourceVersion, creationTimestamp, clusterIP, nodePorts, the service
// account token volume). Defaults per pkg/apis/{core,apps,batch}/v1/defaults.go and the
// registries' PrepareForCreate.
import type { KubeObject } from '../api/objects';
import { defaultPod, defaultPodSpec, defaultPodStatus, defaultWholePodSpec } from './defaultsPod';
import { asList, asObj, type Obj } from './meta';

const ensure = (o: Obj, key: string): Obj => {
  if (typeof o[key] !== 'object' || o[key] === null || Array.isArray(o[key])) o[key] = {};
  return o[key] as Obj;
};
const setIfMissing = (o: Obj, key: string, value: unknown): void => {
  if (o[key] === undefined || o[key] === null) o[key] = value;
};

function defaultTemplate(spec: Obj): void {
  defaultPodSpec(ensure(ensure(spec, 'template'), 'spec'));
}

function defaultService(svc: Obj): void {
  const spec = ensure(svc, 'spec');
  setIfMissing(spec, 'sessionAffinity', 'None');
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP' && typeof asObj(asObj(spec.sessionAffinityConfig).clientIP).timeoutSeconds !== 'number') {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 10800 } };
  }
  setIfMissing(spec, 'type', 'ClusterIP');
  for (const p of asList(spec.ports)) {
    const port = asObj(p);
    setIfMissing(port, 'protocol', 'TCP');
    if (port.targetPort === undefined || port.targetPort === null || port.targetPort === 0 || port.targetPort === '') port.targetPort = port.port;
  }
  const type = spec.type;
  const external = type === 'NodePort' || type === 'LoadBalancer' || (type === 'ClusterIP' && asList(spec.externalIPs).length > 0);
  if (external) setIfMissing(spec, 'externalTrafficPolicy', 'Cluster');
  if (type === 'NodePort' || type === 'LoadBalancer' || type === 'ClusterIP') setIfMissing(spec, 'internalTrafficPolicy', 'Cluster');
  if (type === 'LoadBalancer') setIfMissing(spec, 'allocateLoadBalancerNodePorts', true);
  if (type !== 'ExternalName') {
    // The Service registry picks the families; this cluster is single-stack IPv4.
    setIfMissing(spec, 'ipFamilyPolicy', 'SingleStack');
    setIfMissing(spec, 'ipFamilies', ['IPv4']);
  }
}

function defaultNamespace(ns: Obj): void {
  const meta = ensure(ns, 'metadata');
  if (typeof meta.name === 'string' && meta.name) ensure(meta, 'labels')['kubernetes.io/metadata.name'] = meta.name;
  ensure(ns, 'spec').finalizers = ['kubernetes'];
  setIfMissing(ensure(ns, 'status'), 'phase', 'Active');
}

function defaultDeployment(d: Obj): void {
  const spec = ensure(d, 'spec');
  setIfMissing(spec, 'replicas', 1);
  const strategy = ensure(spec, 'strategy');
  setIfMissing(strategy, 'type', 'RollingUpdate');
  if (strategy.type === 'RollingUpdate') {
    const ru = ensure(strategy, 'rollingUpdate');
    setIfMissing(ru, 'maxUnavailable', '25%');
    setIfMissing(ru, 'maxSurge', '25%');
  }
  setIfMissing(spec, 'revisionHistoryLimit', 10);
  setIfMissing(spec, 'progressDeadlineSeconds', 600);
  defaultTemplate(spec);
}

function defaultDaemonSet(d: Obj): void {
  const spec = ensure(d, 'spec');
  const strategy = ensure(spec, 'updateStrategy');
  setIfMissing(strategy, 'type', 'RollingUpdate');
  if (strategy.type === 'RollingUpdate') {
    const ru = ensure(strategy, 'rollingUpdate');
    setIfMissing(ru, 'maxUnavailable', 1);
    setIfMissing(ru, 'maxSurge', 0);
  }
  setIfMissing(spec, 'revisionHistoryLimit', 10);
  defaultTemplate(spec);
}

function defaultClaimSpec(spec: Obj): void {
  setIfMissing(spec, 'volumeMode', 'Filesystem');
}

function defaultStatefulSet(s: Obj): void {
  const spec = ensure(s, 'spec');
  setIfMissing(spec, 'podManagementPolicy', 'OrderedReady');
  const strategy = ensure(spec, 'updateStrategy');
  setIfMissing(strategy, 'type', 'RollingUpdate');
  if (strategy.type === 'RollingUpdate') setIfMissing(ensure(strategy, 'rollingUpdate'), 'partition', 0);
  setIfMissing(spec, 'replicas', 1);
  setIfMissing(spec, 'revisionHistoryLimit', 10);
  const retention = ensure(spec, 'persistentVolumeClaimRetentionPolicy');
  setIfMissing(retention, 'whenDeleted', 'Retain');
  setIfMissing(retention, 'whenScaled', 'Retain');
  for (const t of asList(spec.volumeClaimTemplates)) {
    defaultClaimSpec(ensure(asObj(t), 'spec'));
    setIfMissing(ensure(asObj(t), 'status'), 'phase', 'Pending');
  }
  defaultTemplate(spec);
}

function defaultReplicationController(rc: Obj): void {
  const spec = ensure(rc, 'spec');
  const labels = asObj(asObj(spec.template).metadata).labels;
  if (labels && typeof labels === 'object') {
    if (Object.keys(asObj(spec.selector)).length === 0) spec.selector = { ...(labels as Obj) };
    const meta = ensure(rc, 'metadata');
    if (Object.keys(asObj(meta.labels)).length === 0) meta.labels = { ...(labels as Obj) };
  }
  setIfMissing(spec, 'replicas', 1);
  if (spec.template) defaultTemplate(spec);
}

function defaultJobSpec(spec: Obj): void {
  if (spec.completions == null && spec.parallelism == null) spec.completions = 1;
  setIfMissing(spec, 'parallelism', 1);
  setIfMissing(spec, 'backoffLimit', spec.backoffLimitPerIndex == null ? 6 : 2147483647);
  setIfMissing(spec, 'completionMode', 'NonIndexed');
  setIfMissing(spec, 'suspend', false);
  setIfMissing(spec, 'podReplacementPolicy', spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed');
  for (const rule of asList(asObj(spec.podFailurePolicy).rules)) {
    for (const pattern of asList(asObj(rule).onPodConditions)) setIfMissing(asObj(pattern), 'status', 'True');
  }
  defaultTemplate(spec);
}

function defaultJob(job: Obj): void {
  const spec = ensure(job, 'spec');
  defaultJobSpec(spec);
  const labels = asObj(asObj(spec.template).metadata).labels;
  const meta = ensure(job, 'metadata');
  if (labels && typeof labels === 'object' && Object.keys(asObj(meta.labels)).length === 0) meta.labels = { ...(labels as Obj) };
}

function defaultCronJob(cj: Obj): void {
  const spec = ensure(cj, 'spec');
  setIfMissing(spec, 'concurrencyPolicy', 'Allow');
  setIfMissing(spec, 'suspend', false);
  setIfMissing(spec, 'successfulJobsHistoryLimit', 3);
  setIfMissing(spec, 'failedJobsHistoryLimit', 1);
  defaultJobSpec(ensure(ensure(spec, 'jobTemplate'), 'spec'));
}

const BY_KIND: Record<string, (o: Obj) => void> = {
  Pod: defaultPod,
  Service: defaultService,
  Namespace: defaultNamespace,
  Secret: (s) => setIfMissing(s, 'type', 'Opaque'),
  Deployment: defaultDeployment,
  ReplicaSet: (rs) => {
    setIfMissing(ensure(rs, 'spec'), 'replicas', 1);
    defaultTemplate(ensure(rs, 'spec'));
  },
  DaemonSet: defaultDaemonSet,
  StatefulSet: defaultStatefulSet,
  ReplicationController: defaultReplicationController,
  Job: defaultJob,
  CronJob: defaultCronJob,
  PersistentVolumeClaim: (pvc) => {
    defaultClaimSpec(ensure(pvc, 'spec'));
    setIfMissing(ensure(pvc, 'status'), 'phase', 'Pending');
  },
  PersistentVolume: (pv) => {
    setIfMissing(ensure(pv, 'spec'), 'persistentVolumeReclaimPolicy', 'Retain');
    defaultClaimSpec(ensure(pv, 'spec'));
    setIfMissing(ensure(pv, 'status'), 'phase', 'Pending');
  },
  Endpoints: (ep) => {
    for (const s of asList(ep.subsets)) for (const p of asList(asObj(s).ports)) setIfMissing(asObj(p), 'protocol', 'TCP');
  },
  EndpointSlice: (es) => {
    for (const p of asList(es.ports)) setIfMissing(asObj(p), 'protocol', 'TCP');
  },
};

/** A deep copy of plain JSON data. */
export function cloneJSON<T>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    const list: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) list[i] = cloneJSON(v[i]);
    return list as T;
  }
  const src = v as Obj;
  const out: Obj = {};
  for (const k of Object.keys(src)) out[k] = cloneJSON(src[k]);
  return out as T;
}

/**
 * The object with the API server's defaults applied; the input is left untouched. A kind
 * with no defaults (an Event, a ConfigMap) is returned as it is: objects are never changed
 * once built, so only a kind whose defaulter writes into it needs a copy.
 */
export function applyDefaults(obj: KubeObject): KubeObject {
  const defaults = BY_KIND[obj.kind];
  if (!defaults) return obj;
  if (obj.kind === 'Pod' && isMap(obj.spec)) return defaultedPod(obj as Obj) as KubeObject;
  const copy = cloneJSON(obj);
  defaults(copy as Obj);
  return copy;
}

/**
 * A Pod's spec defaults depend on its spec alone, and Pods are often made from one spec (a
 * thousand applied from one file): the defaulted spec is worked out once per distinct spec
 * (by its JSON) and each Pod gets a copy of it, in the key order a copy defaulted in place
 * would have.
 */
const MAX_POD_SPECS = 256;
const podSpecs = new Map<string, Obj>();
/**
 * The spec applyDefaults made last and the JSON it was worked out from, so validation, which
 * the API server runs on it next, can key its own memo by that JSON. Only the last is kept:
 * a table of every Pod's spec would hold ten thousand entries the collector has to visit.
 */
let lastSpec: object | undefined;
let lastKey = '';

function defaultedPod(pod: Obj): Obj {
  const key = `pod spec ${JSON.stringify(pod.spec)}`;
  let spec = podSpecs.get(key);
  if (!spec) {
    spec = cloneJSON(pod.spec) as Obj;
    defaultWholePodSpec(spec);
    if (podSpecs.size >= MAX_POD_SPECS) podSpecs.clear();
    podSpecs.set(key, spec);
  }
  const copy: Obj = {};
  for (const k of Object.keys(pod)) copy[k] = k === 'spec' ? cloneJSON(spec) : cloneJSON(pod[k]);
  defaultPodStatus(copy);
  lastSpec = copy.spec as object;
  lastKey = key;
  return copy;
}

/** The key of a Pod spec made by applyDefaults, if it was: equal keys mean equal specs. */
export function defaultedSpecKey(spec: unknown): string | undefined {
  return spec !== undefined && spec === lastSpec ? lastKey : undefined;
}

function isMap(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
