import type { KubeObject, Pod } from '../api/objects';
import { timestamp } from '../runtime/time';
import type { ApiServerContext } from './types';

/**
 * What kube-apiserver adds to every new object before it is stored: a UID, the creation
 * time, a name from `generateName`; and for Pods what the admission plugins add
 * (ServiceAccount's token volume) and the status the API server initialises.
 *
 * `obj` is the create's own new object, metadata included (the API server copies what it
 * was sent before defaulting it): the fields are written into it rather than into another
 * copy of it, made for every create.
 */
export function admitNew(ctx: ApiServerContext, resource: string, obj: KubeObject): KubeObject {
  const out: KubeObject = obj.metadata ? obj : Object.assign({}, obj, { metadata: {} });
  const metadata = out.metadata!;
  metadata.uid = ctx.rng.uuid();
  metadata.creationTimestamp = timestamp(ctx.epoch, ctx.net.now());
  if (tracksGeneration(resource)) metadata.generation = 1;
  return resource === 'pods' ? (admitPod(ctx, out as Pod) as KubeObject) : out;
}

/**
 * Resources whose registry strategy counts spec changes in metadata.generation, so the
 * controller acting on them can say which spec it has seen (status.observedGeneration):
 * the workloads, and Pods since v1.35 (KEP-5067: the kubelet reports the generation it synced).
 */
const GENERATION = new Set(['pods', 'deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs']);

export function tracksGeneration(resource: string): boolean {
  return GENERATION.has(resource);
}

/** `generateName` + five random characters, as the API server's name generator makes them. */
export function generatedName(ctx: ApiServerContext, generateName: string): string {
  return generateName + ctx.rng.suffix(5);
}

const SA_MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

/**
 * The ServiceAccount admission plugin, on a create only: a Pod that names no service
 * account runs as `default`, and gets the projected `kube-api-access-xxxxx` volume (token,
 * CA bundle, namespace) in every container, unless automounting is turned off.
 */
function admitPod(ctx: ApiServerContext, pod: Pod): Pod {
  const spec: NonNullable<Pod['spec']> = Object.assign({}, pod.spec!);
  if (!spec.serviceAccountName) Object.assign(spec, { serviceAccountName: 'default', serviceAccount: 'default' });
  if (spec.automountServiceAccountToken !== false && !(spec.volumes ?? []).some((v) => v.name.startsWith('kube-api-access-'))) {
    const volume = `kube-api-access-${ctx.rng.suffix(5)}`;
    const mount = { name: volume, mountPath: SA_MOUNT, readOnly: true };
    spec.volumes = [...(spec.volumes ?? []), tokenVolume(volume)];
    spec.containers = spec.containers.map((c) => Object.assign({}, c, { volumeMounts: [...(c.volumeMounts ?? []), mount] }));
    if (spec.initContainers) {
      spec.initContainers = spec.initContainers.map((c) => Object.assign({}, c, { volumeMounts: [...(c.volumeMounts ?? []), mount] }));
    }
  }
  return Object.assign({}, pod, { spec, status: { phase: 'Pending', qosClass: qosClass(pod) } });
}

/**
 * The projected token volume's sources, the same in every Pod: one object shared by all of
 * them (stored objects are never changed), not a dozen new ones per Pod kept for its life.
 */
export const TOKEN_PROJECTION = {
  defaultMode: 420,
  sources: [
    { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
    { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
    {
      downwardAPI: {
        items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }],
      },
    },
  ],
};

function tokenVolume(name: string) {
  return { name, projected: TOKEN_PROJECTION };
}

/**
 * QoS class (pkg/apis/core/helper/qos): Guaranteed when every container sets cpu and
 * memory limits equal to requests, BestEffort when none sets any, Burstable otherwise.
 */
export function qosClass(pod: Pod): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const req = (c.resources?.requests ?? {}) as Record<string, unknown>;
    const lim = (c.resources?.limits ?? {}) as Record<string, unknown>;
    for (const r of ['cpu', 'memory']) {
      if (req[r] !== undefined || lim[r] !== undefined) any = true;
      if (lim[r] === undefined || String(req[r] ?? lim[r]) !== String(lim[r])) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
