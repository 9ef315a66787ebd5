// Pod defaulting as the API server applies it (pkg/apis/core/v1/defaults.go), plus what
// the default admission plugins add and users then see in `kubectl get -o yaml`: priority 0
// and the two 300s NoExecute tolerations (the default service account: admission.ts).
// Objects here are fresh copies owned by applyDefaults, so they are filled in place.
import { asList, asObj, type Obj } from './meta';
import { defaultPullPolicy } from './imageRef';
import { compareQuantity, formatQuantity, parseQuantity, quantityText, roundUpToMilli, type Quantity } from './quantity';

const setIfMissing = (o: Obj, key: string, value: unknown): void => {
  if (o[key] === undefined || o[key] === null || o[key] === '') o[key] = value;
};

function defaultProbe(probe: unknown): void {
  if (typeof probe !== 'object' || probe === null) return;
  const p = probe as Obj;
  for (const [k, v] of [['timeoutSeconds', 1], ['periodSeconds', 10], ['successThreshold', 1], ['failureThreshold', 3]] as const) {
    if (!p[k]) p[k] = v;
  }
  defaultHandler(p);
}

function defaultHandler(h: Obj): void {
  if (typeof h.httpGet === 'object' && h.httpGet !== null) {
    setIfMissing(h.httpGet as Obj, 'path', '/');
    setIfMissing(h.httpGet as Obj, 'scheme', 'HTTP');
  }
}

/** SetDefaults_ResourceList: every quantity rounded up to milli-units, in canonical form. */
function canonicalResources(list: unknown): void {
  if (typeof list !== 'object' || list === null) return;
  const l = list as Obj;
  for (const key of Object.keys(l)) {
    const q = parseQuantity(quantityText(l[key]));
    if (typeof q !== 'string') l[key] = formatQuantity(roundUpToMilli(q));
  }
}

export function defaultContainer(c: Obj): void {
  setIfMissing(c, 'imagePullPolicy', defaultPullPolicy(typeof c.image === 'string' ? c.image : ''));
  setIfMissing(c, 'terminationMessagePath', '/dev/termination-log');
  setIfMissing(c, 'terminationMessagePolicy', 'File');
  for (const p of asList(c.ports)) if (typeof p === 'object' && p !== null) setIfMissing(p as Obj, 'protocol', 'TCP');
  if (typeof c.resources !== 'object' || c.resources === null) c.resources = {};
  const res = c.resources as Obj;
  canonicalResources(res.limits);
  canonicalResources(res.requests);
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) defaultProbe(c[probe]);
  const lc = asObj(c.lifecycle);
  for (const hook of ['postStart', 'preStop']) if (typeof lc[hook] === 'object' && lc[hook] !== null) defaultHandler(lc[hook] as Obj);
  for (const e of asList(c.env)) {
    const from = asObj(asObj(e).valueFrom);
    if (typeof from.fieldRef === 'object' && from.fieldRef !== null) setIfMissing(from.fieldRef as Obj, 'apiVersion', 'v1');
  }
}

const MODE_SOURCES = ['secret', 'configMap', 'downwardAPI', 'projected'];
const ALL_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap',
  'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO', 'storageos',
  'csi', 'ephemeral', 'image',
];

function defaultVolume(v: Obj): void {
  if (!ALL_SOURCES.some((s) => v[s] !== undefined && v[s] !== null)) v.emptyDir = {};
  for (const s of MODE_SOURCES) if (typeof v[s] === 'object' && v[s] !== null) setIfMissing(v[s] as Obj, 'defaultMode', 420);
  if (typeof v.hostPath === 'object' && v.hostPath !== null && (v.hostPath as Obj).type === undefined) (v.hostPath as Obj).type = '';
  for (const src of asList(asObj(v.projected).sources)) {
    const sat = asObj(src).serviceAccountToken;
    if (typeof sat === 'object' && sat !== null) setIfMissing(sat as Obj, 'expirationSeconds', 3600);
  }
}

/** SetDefaults_PodSpec and everything nested in it: used for Pods and pod templates alike. */
export function defaultPodSpec(spec: Obj): void {
  setIfMissing(spec, 'dnsPolicy', 'ClusterFirst');
  setIfMissing(spec, 'restartPolicy', 'Always');
  if (typeof spec.securityContext !== 'object' || spec.securityContext === null) spec.securityContext = {};
  if (typeof spec.terminationGracePeriodSeconds !== 'number') spec.terminationGracePeriodSeconds = 30;
  setIfMissing(spec, 'schedulerName', 'default-scheduler');
  for (const list of ['containers', 'initContainers', 'ephemeralContainers']) {
    for (const c of asList(spec[list])) if (typeof c === 'object' && c !== null) defaultContainer(c as Obj);
  }
  for (const v of asList(spec.volumes)) if (typeof v === 'object' && v !== null) defaultVolume(v as Obj);
}

/** SetDefaults_Pod: requests copied from limits where missing; service links on. */
function defaultPodOnly(spec: Obj): void {
  for (const list of ['containers', 'initContainers']) {
    for (const c of asList(spec[list])) {
      const res = asObj(asObj(c).resources);
      if (typeof res.limits !== 'object' || res.limits === null) continue;
      const requests = (typeof res.requests === 'object' && res.requests !== null ? res.requests : (res.requests = {})) as Obj;
      for (const [k, v] of Object.entries(res.limits as Obj)) if (!(k in requests)) requests[k] = v;
    }
  }
  if (typeof spec.enableServiceLinks !== 'boolean') spec.enableServiceLinks = true;
  if (spec.hostNetwork === true) {
    for (const list of ['containers', 'initContainers']) {
      for (const c of asList(spec[list])) for (const p of asList(asObj(c).ports)) setIfMissing(p as Obj, 'hostPort', (p as Obj).containerPort);
    }
  }
}

const DEFAULT_TOLERATIONS = ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'];

/**
 * Priority and DefaultTolerationSeconds admission, which act on creates and updates alike
 * (the ServiceAccount plugin, which acts on creates only, is apiServer/admission.ts); and
 * v1 conversion's pairing of serviceAccount (deprecated) with serviceAccountName.
 */
function admitPod(spec: Obj): void {
  const sa = spec.serviceAccountName || spec.serviceAccount;
  if (sa) {
    spec.serviceAccountName = sa;
    spec.serviceAccount = sa;
  }
  if (typeof spec.priority !== 'number' && !spec.priorityClassName) spec.priority = 0;
  setIfMissing(spec, 'preemptionPolicy', 'PreemptLowerPriority');
  const tolerations = asList(spec.tolerations).slice();
  for (const key of DEFAULT_TOLERATIONS) {
    const tolerated = tolerations.some((t) => {
      const o = asObj(t);
      return (o.key === key || (!o.key && o.operator === 'Exists')) && (!o.effect || o.effect === 'NoExecute');
    });
    if (!tolerated) tolerations.push({ effect: 'NoExecute', key, operator: 'Exists', tolerationSeconds: 300 });
  }
  spec.tolerations = tolerations;
}

function sum(into: Map<string, Quantity>, name: string, v: unknown): boolean {
  const q = parseQuantity(quantityText(v));
  if (typeof q === 'string' || q.nanos <= 0n) return false;
  const prev = into.get(name);
  into.set(name, prev ? { ...q, nanos: q.nanos + prev.nanos } : q);
  return true;
}

/** qos.GetPodQOS: Guaranteed, Burstable or BestEffort from cpu and memory requests/limits. */
export function podQOSClass(specRaw: unknown): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const spec = asObj(specRaw);
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let guaranteed = true;
  for (const c of [...asList(spec.containers), ...asList(spec.initContainers)]) {
    const res = asObj(asObj(c).resources);
    const found = new Set<string>();
    for (const [k, v] of Object.entries(asObj(res.requests))) if (k === 'cpu' || k === 'memory') sum(requests, k, v);
    for (const [k, v] of Object.entries(asObj(res.limits))) if ((k === 'cpu' || k === 'memory') && sum(limits, k, v)) found.add(k);
    if (!found.has('cpu') || !found.has('memory')) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  for (const [k, req] of requests) {
    const lim = limits.get(k);
    if (!lim || compareQuantity(lim, req) !== 0) guaranteed = false;
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

/** A Pod as the API server stores it on create: defaults, admission, phase Pending. */
export function defaultPod(pod: Obj): void {
  const spec = (typeof pod.spec === 'object' && pod.spec !== null ? pod.spec : (pod.spec = {})) as Obj;
  defaultWholePodSpec(spec);
  defaultPodStatus(pod);
}

/** What defaulting and admission write into a Pod's spec: a function of the spec alone. */
export function defaultWholePodSpec(spec: Obj): void {
  defaultPodOnly(spec);
  defaultPodSpec(spec);
  admitPod(spec);
}

/** A new Pod with no status starts Pending, with the QoS class of its (defaulted) spec. */
export function defaultPodStatus(pod: Obj): void {
  const status = asObj(pod.status);
  if (Object.keys(status).length === 0) pod.status = { phase: 'Pending', qosClass: podQOSClass(asObj(pod.spec)) };
}
