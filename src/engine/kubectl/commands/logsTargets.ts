// Which Pods `kubectl logs` reads: the one it names, every Pod a `-l` selector matches, or
// for `deploy/web`, `rs/…`, `svc/…`, `job/…` the first of the object's Pods in kubectl's
// ByLogging order (assigned, Running, Ready the longest, most restarts, oldest), saying
// "Found N pods, using pod/…" as kubectl does.
import type { KubeList, KubeObject, Pod } from '../../api/objects';
import { resourceForName } from '../../api/resources';
import { goSort } from '../goSort';
import { request, sleep, type KubectlEffect } from '../program';
import { responseError } from './resourceArgs';

type Step<T> = Generator<KubectlEffect, T, unknown>;
interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** metav1.FormatLabelSelector: requirements sorted by key, `k=v`, `k in (a,b)`, `k notin (…)`, `k`, `!k`. */
export function formatLabelSelector(s: LabelSelector): string {
  const reqs: [string, string][] = Object.entries(s.matchLabels ?? {}).map(([k, v]) => [k, `${k}=${v}`]);
  for (const e of s.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    const text = { In: `${e.key} in (${values})`, NotIn: `${e.key} notin (${values})`, Exists: e.key, DoesNotExist: `!${e.key}` }[e.operator] ?? e.key;
    reqs.push([e.key, text]);
  }
  return reqs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t).join(',');
}

const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
const isReady = (p: Pod) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true;
const readySince = (p: Pod) => Date.parse(p.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime ?? '') || Infinity;
const maxRestarts = (p: Pod) => Math.max(0, ...(p.status?.containerStatuses ?? []).map((c) => c.restartCount ?? 0));
const created = (p: Pod) => Date.parse(p.metadata?.creationTimestamp ?? '') || Infinity;

/** podutils.ByLogging's Less: the Pod whose logs matter most comes first. */
function byLogging(a: Pod, b: Pod): boolean {
  const na = a.spec?.nodeName ?? '';
  const nb = b.spec?.nodeName ?? '';
  if (na !== nb && (na === '' || nb === '')) return na !== '';
  const pa = PHASE_ORDINAL[a.status?.phase ?? ''] ?? 0;
  const pb = PHASE_ORDINAL[b.status?.phase ?? ''] ?? 0;
  if (pa !== pb) return pa > pb;
  if (isReady(a) !== isReady(b)) return isReady(a);
  if (isReady(a) && readySince(a) !== readySince(b)) return readySince(a) < readySince(b);
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(a) > maxRestarts(b);
  return created(a) < created(b);
}

function* listPods(namespace: string, labelSelector: string): Step<Pod[] | { error: string }> {
  const res = yield* request({ verb: 'list', resource: 'pods', groupVersion: 'v1', namespace, query: { labelSelector } });
  return res.code >= 300 ? { error: responseError(res) } : ((res.body as unknown as KubeList<Pod>).items ?? []);
}

/** Every Pod `-l SELECTOR` matches, in list order. */
export function* podsBySelector(namespace: string, selector: string): Step<string[] | { error: string }> {
  const pods = yield* listPods(namespace, selector);
  return 'error' in pods ? pods : pods.map((p) => p.metadata?.name ?? '');
}

/** The Pod a `TYPE/NAME` other than a Pod stands for, with kubectl's notice when it had a choice. */
export function* podForObject(namespace: string, type: string, name: string, action = 'get the logs from'): Step<{ pod: string; notice?: string } | { error: string }> {
  const resource = resourceForName(type);
  if (!resource) return { error: `error: the server doesn't have a resource type "${type}"` };
  if (resource.resource === 'pods') return { pod: name };
  const got = yield* request({ verb: 'get', resource: resource.resource, groupVersion: resource.groupVersion, namespace, name });
  if (got.code >= 300) return { error: responseError(got) };
  const first = yield* firstPodOf(namespace, resource, got.body as KubeObject, action);
  return 'error' in first ? first : { pod: first.pod.metadata?.name ?? '', ...(first.notice ? { notice: first.notice } : {}) };
}

/**
 * The first of an object's Pods (GetFirstPod: its selector's Pods in ByLogging order), waiting
 * --pod-running-timeout for one to appear; kubectl's error when it has no selector.
 */
export function* firstPodOf(namespace: string, resource: { resource: string; kind: string; groupVersion: string }, obj: KubeObject, action: string): Step<{ pod: Pod; notice?: string } | { error: string }> {
  const raw = (obj as KubeObject & { spec?: { selector?: LabelSelector | Record<string, string> } }).spec?.selector;
  if (!raw) return { error: `error: cannot ${action} ${resource.kind === 'Service' ? 'a Service without a selector' : `*${resource.groupVersion.split('/').pop()}.${resource.kind}`}` };
  const selector = resource.resource === 'services' || resource.resource === 'replicationcontrollers' ? formatLabelSelector({ matchLabels: raw as Record<string, string> }) : formatLabelSelector(raw as LabelSelector);
  let pods = yield* listPods(namespace, selector);
  if (!('error' in pods) && pods.length === 0) {
    // GetFirstPod waits --pod-running-timeout (20s) for a Pod to appear.
    yield* sleep(20_000);
    pods = yield* listPods(namespace, selector);
    if (!('error' in pods) && pods.length === 0) return { error: 'error: timed out waiting for the condition' };
  }
  if ('error' in pods) return pods;
  const order = [...pods];
  goSort(order.length, (i, j) => byLogging(order[i]!, order[j]!), (i, j) => ([order[i], order[j]] = [order[j]!, order[i]!]));
  const pod = order[0]!;
  return pods.length > 1 ? { pod, notice: `Found ${pods.length} pods, using pod/${pod.metadata?.name ?? ''}\n` } : { pod };
}
