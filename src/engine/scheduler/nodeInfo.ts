import type { Node, Pod } from '../api/objects';
import { bytes, milliCPU } from '../api/quantity';
import type { Taint } from './types';

/** What a Pod asks for, as the scheduler counts it (pkg/scheduler/framework types.go). */
export interface Requests {
  milliCPU: number;
  memory: number;
}

/**
 * One node as the scheduler's cache sees it: the Node, and what its Pods already request.
 * Every scheduling cycle filters and scores every node, between cycles the rest of the
 * cluster runs, so what the filters and scores read is kept as plain fields of this one
 * object (a node costs one or two cache misses a cycle, not one per object it points to).
 */
export interface NodeInfo {
  /** The Node's name, its key in the cache. */
  name: string;
  node: Node;
  /** Read from the Node once per Node update (setNode): spec.unschedulable and spec.taints. */
  unschedulable: boolean;
  taints: Taint[] | undefined;
  /** What the node offers Pods (status.allocatable), parsed once per Node update. */
  podCapacity: number;
  cpuCapacity: number;
  memoryCapacity: number;
  /** How many Pods are counted on it, and what they request. */
  podCount: number;
  cpuRequested: number;
  memoryRequested: number;
  /** The same requests, with the non-zero defaults scoring uses for Pods that request nothing. */
  cpuNonZero: number;
  memoryNonZero: number;
  /** The Pods counted on this node, by UID, with what each adds. */
  pods: Map<string, { requests: Requests; nonZero: Requests; ports: string[] }>;
  /** Host ports in use, `protocol/port`. */
  usedPorts: Set<string>;
}

export function newNodeInfo(node: Node): NodeInfo {
  const info: NodeInfo = {
    name: node.metadata?.name ?? '',
    node,
    unschedulable: false,
    taints: undefined,
    podCapacity: 0,
    cpuCapacity: 0,
    memoryCapacity: 0,
    podCount: 0,
    cpuRequested: 0,
    memoryRequested: 0,
    cpuNonZero: 0,
    memoryNonZero: 0,
    pods: new Map(),
    usedPorts: new Set(),
  };
  setNode(info, node);
  return info;
}

/** A newer version of the Node: what the filters and scores read of it. */
export function setNode(info: NodeInfo, node: Node): void {
  const a = (node.status?.allocatable ?? {}) as Record<string, string>;
  info.node = node;
  info.unschedulable = node.spec?.unschedulable === true;
  info.taints = node.spec?.taints;
  info.podCapacity = Number(a.pods ?? 110);
  info.cpuCapacity = milliCPU(a.cpu);
  info.memoryCapacity = bytes(a.memory);
}

function zero(): Requests {
  return { milliCPU: 0, memory: 0 };
}

/**
 * A Pod's effective request: the sum over its app containers, or the largest init
 * container's if that is bigger (init containers run one at a time), plus sidecars.
 */
export function podRequests(pod: Pod): Requests {
  const sum = zero();
  for (const c of pod.spec?.containers ?? []) add(sum, containerRequests(c.resources?.requests));
  let sidecars = zero();
  for (const c of pod.spec?.initContainers ?? []) {
    const r = containerRequests(c.resources?.requests);
    if (c.restartPolicy === 'Always') {
      add(sum, r);
      sidecars = { milliCPU: sidecars.milliCPU + r.milliCPU, memory: sidecars.memory + r.memory };
    } else {
      sum.milliCPU = Math.max(sum.milliCPU, r.milliCPU + sidecars.milliCPU);
      sum.memory = Math.max(sum.memory, r.memory + sidecars.memory);
    }
  }
  return sum;
}

/** Scoring treats an unset request as 100m CPU and 200Mi memory (schedutil.GetNonzeroRequests). */
export function nonZeroRequests(pod: Pod): Requests {
  const sum = zero();
  for (const c of pod.spec?.containers ?? []) {
    const req = (c.resources?.requests ?? {}) as Record<string, string | undefined>;
    sum.milliCPU += req.cpu !== undefined ? milliCPU(req.cpu) : 100;
    sum.memory += req.memory !== undefined ? bytes(req.memory) : 200 * 2 ** 20;
  }
  return sum;
}

function containerRequests(req: object | undefined): Requests {
  const r = (req ?? {}) as Record<string, string | undefined>;
  return { milliCPU: milliCPU(r.cpu), memory: bytes(r.memory) };
}

function add(into: Requests, r: Requests): void {
  into.milliCPU += r.milliCPU;
  into.memory += r.memory;
}

function count(info: NodeInfo, entry: { requests: Requests; nonZero: Requests }, sign: 1 | -1): void {
  info.podCount += sign;
  info.cpuRequested += sign * entry.requests.milliCPU;
  info.memoryRequested += sign * entry.requests.memory;
  info.cpuNonZero += sign * entry.nonZero.milliCPU;
  info.memoryNonZero += sign * entry.nonZero.memory;
}

export function addPod(info: NodeInfo, uid: string, pod: Pod): void {
  if (info.pods.has(uid)) return;
  const entry = { requests: podRequests(pod), nonZero: nonZeroRequests(pod), ports: hostPorts(pod) };
  info.pods.set(uid, entry);
  count(info, entry, 1);
  for (const port of entry.ports) info.usedPorts.add(port);
}

export function removePod(info: NodeInfo, uid: string): void {
  const entry = info.pods.get(uid);
  if (!entry) return;
  info.pods.delete(uid);
  count(info, entry, -1);
  for (const port of entry.ports) info.usedPorts.delete(port);
}

export function hostPorts(pod: Pod): string[] {
  const out: string[] = [];
  for (const c of pod.spec?.containers ?? []) {
    for (const p of c.ports ?? []) if (p.hostPort) out.push(`${p.protocol ?? 'TCP'}/${p.hostPort}`);
  }
  return out;
}

