import type { Node, Pod } from '../api/objects';
import { bytes, milliCPU } from '../api/quantity';

/** What a Pod asks for, as the scheduler counts it (pkg/scheduler/framework types.go). */
export interface Requests {
  milliCPU: number;
  memory: number;
}

/** One node as the scheduler's cache sees it: the Node, and what its Pods already request. */
export interface NodeInfo {
  /** The Node's name, its key in the cache. */
  name: string;
  node: Node;
  /** What the node offers Pods, parsed once per Node update. */
  capacity: Requests & { pods: number };
  requested: Requests;
  /** The same, with the non-zero defaults scoring uses for Pods that request nothing. */
  nonZeroRequested: Requests;
  /** The Pods counted on this node, by UID, with what each adds. */
  pods: Map<string, { requests: Requests; nonZero: Requests; ports: string[] }>;
  /** Host ports in use, `protocol/port`. */
  usedPorts: Set<string>;
}

export function newNodeInfo(node: Node): NodeInfo {
  return { name: node.metadata?.name ?? '', node, capacity: allocatable(node), requested: zero(), nonZeroRequested: zero(), pods: new Map(), usedPorts: new Set() };
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

function add(into: Requests, r: Requests, sign = 1): void {
  into.milliCPU += sign * r.milliCPU;
  into.memory += sign * r.memory;
}

export function addPod(info: NodeInfo, uid: string, pod: Pod): void {
  if (info.pods.has(uid)) return;
  const entry = { requests: podRequests(pod), nonZero: nonZeroRequests(pod), ports: hostPorts(pod) };
  info.pods.set(uid, entry);
  add(info.requested, entry.requests, 1);
  add(info.nonZeroRequested, entry.nonZero, 1);
  for (const port of entry.ports) info.usedPorts.add(port);
}

export function removePod(info: NodeInfo, uid: string): void {
  const entry = info.pods.get(uid);
  if (!entry) return;
  info.pods.delete(uid);
  add(info.requested, entry.requests, -1);
  add(info.nonZeroRequested, entry.nonZero, -1);
  for (const port of entry.ports) info.usedPorts.delete(port);
}

export function hostPorts(pod: Pod): string[] {
  const out: string[] = [];
  for (const c of pod.spec?.containers ?? []) {
    for (const p of c.ports ?? []) if (p.hostPort) out.push(`${p.protocol ?? 'TCP'}/${p.hostPort}`);
  }
  return out;
}

export function allocatable(node: Node): Requests & { pods: number } {
  const a = (node.status?.allocatable ?? {}) as Record<string, string>;
  return { milliCPU: milliCPU(a.cpu), memory: bytes(a.memory), pods: Number(a.pods ?? 110) };
}
