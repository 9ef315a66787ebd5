// What a pod asks of its node (component-helpers resource.PodRequests/PodLimits) and
// its QoS class (kubectl util/qos). Init containers run before the app, so a pod needs
// the larger of its app containers' sum and its biggest init container — plus the
// sidecars, which keep running beside both.
import type { Container, Pod } from '../../../api/objects';
import { addQuantities, compareQuantities, parseQuantity, ZERO, type Quantity } from '../quantity';
import { isRestartableInitContainer } from '../podStatus';

export type ResourceList = Map<string, Quantity>;

function listOf(c: Container, which: 'requests' | 'limits'): ResourceList {
  const out: ResourceList = new Map();
  for (const [name, v] of Object.entries(c.resources?.[which] ?? {})) {
    const q = parseQuantity(v);
    if (q) out.set(name, q);
  }
  return out;
}

function addInto(list: ResourceList, add: ResourceList): void {
  for (const [name, q] of add) {
    const cur = list.get(name);
    list.set(name, cur ? addQuantities(cur, q) : q);
  }
}

function maxInto(list: ResourceList, other: ResourceList): void {
  for (const [name, q] of other) {
    const cur = list.get(name);
    if (!cur || compareQuantities(q, cur) > 0) list.set(name, q);
  }
}

/** PodRequests / PodLimits. */
export function podResources(pod: Pod, which: 'requests' | 'limits'): ResourceList {
  const total: ResourceList = new Map();
  for (const c of pod.spec?.containers ?? []) addInto(total, listOf(c, which));
  const sidecars: ResourceList = new Map();
  const initMax: ResourceList = new Map();
  for (const c of pod.spec?.initContainers ?? []) {
    const own = listOf(c, which);
    const during: ResourceList = new Map();
    if (isRestartableInitContainer(c)) {
      addInto(total, own);
      addInto(sidecars, own);
      addInto(during, sidecars);
    } else {
      addInto(during, own);
      addInto(during, sidecars);
    }
    maxInto(initMax, during);
  }
  maxInto(total, initMax);
  return total;
}

export function resourceOf(list: ResourceList, name: string): Quantity {
  return list.get(name) ?? ZERO;
}

const QOS_RESOURCES = new Set(['cpu', 'memory']);

/** Guaranteed, Burstable or BestEffort, as status.qosClass or computed from the spec. */
export function podQOS(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const requests: ResourceList = new Map();
  const limits: ResourceList = new Map();
  let guaranteed = true;
  for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
    for (const [name, q] of listOf(c, 'requests')) {
      if (QOS_RESOURCES.has(name) && q.nanos > 0n) addInto(requests, new Map([[name, q]]));
    }
    const found = new Set<string>();
    for (const [name, q] of listOf(c, 'limits')) {
      if (!QOS_RESOURCES.has(name) || q.nanos <= 0n) continue;
      found.add(name);
      addInto(limits, new Map([[name, q]]));
    }
    if (!found.has('cpu') || !found.has('memory')) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  for (const [name, req] of requests) {
    const lim = limits.get(name);
    if (!lim || compareQuantities(lim, req) !== 0) guaranteed = false;
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}
