// `kubectl describe node` (describe.go describeNode, v1.35): identity, taints, the
// kubelet's lease, conditions, addresses, capacity and allocatable, system info, pod
// CIDRs, the pods on the node with what they request of it, the totals, and events.
// Pod Lab nodes have no ResourceSlices (DRA), so that section never appears.
import type { KubeEvent, Node, Pod } from '../../../api/objects';
import { ageOf, formatRFC1123Z } from '../duration';
import { findNodeRoles } from '../clusterTables';
import { canonicalQuantity, formatQuantity, parseQuantity, quantityMilliValue, quantityValue, type Quantity } from '../quantity';
import { printAnnotationsMultiline, printLabelsMultiline, printTaintsMultiline } from './common';
import { writeEvents } from './events';
import { podResources, resourceOf, type ResourceList } from './podResources';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './writer';

/** The node's Lease in kube-node-lease, renewed by its kubelet every 10s. */
export interface NodeLease {
  holderIdentity?: string;
  acquireTime?: string;
  renewTime?: string;
}

function writeHeader(node: Node, lease: NodeLease, w: PrefixWriter): void {
  w.write(LEVEL_0, `Name:\t${node.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Roles:\t${findNodeRoles(node).join(',') || '<none>'}\n`);
  printLabelsMultiline(w, 'Labels', node.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', node.metadata?.annotations);
  w.write(LEVEL_0, `CreationTimestamp:\t${formatRFC1123Z(node.metadata?.creationTimestamp)}\n`);
  printTaintsMultiline(w, 'Taints', node.spec?.taints);
  w.write(LEVEL_0, `Unschedulable:\t${!!node.spec?.unschedulable}\n`);
  w.write(LEVEL_0, 'Lease:\n');
  w.write(LEVEL_1, `HolderIdentity:\t${lease.holderIdentity ?? '<unset>'}\n`);
  w.write(LEVEL_1, `AcquireTime:\t${lease.acquireTime ? formatRFC1123Z(lease.acquireTime) : '<unset>'}\n`);
  w.write(LEVEL_1, `RenewTime:\t${lease.renewTime ? formatRFC1123Z(lease.renewTime) : '<unset>'}\n`);
}

function writeStatus(node: Node, w: PrefixWriter): void {
  const conditions = node.status?.conditions ?? [];
  if (conditions.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conditions) {
      const times = `${formatRFC1123Z(c.lastHeartbeatTime)} \t${formatRFC1123Z(c.lastTransitionTime)} `;
      w.write(LEVEL_1, `${c.type} \t${c.status} \t${times}\t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
  }
  w.write(LEVEL_0, 'Addresses:\n');
  for (const a of node.status?.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
  for (const [title, list] of [
    ['Capacity', node.status?.capacity],
    ['Allocatable', node.status?.allocatable],
  ] as const) {
    const names = Object.keys(list ?? {}).sort();
    if (names.length === 0) continue;
    w.write(LEVEL_0, `${title}:\n`);
    for (const name of names) w.write(LEVEL_0, `  ${name}:\t${canonicalQuantity(list?.[name])}\n`);
  }
  const info = node.status?.nodeInfo;
  w.write(LEVEL_0, 'System Info:\n');
  const rows: [string, string | undefined][] = [
    ['Machine ID', info?.machineID],
    ['System UUID', info?.systemUUID],
    ['Boot ID', info?.bootID],
    ['Kernel Version', info?.kernelVersion],
    ['OS Image', info?.osImage],
    ['Operating System', info?.operatingSystem],
    ['Architecture', info?.architecture],
    ['Container Runtime Version', info?.containerRuntimeVersion],
    ['Kubelet Version', info?.kubeletVersion],
  ];
  for (const [label, value] of rows) w.write(LEVEL_0, `  ${label}:\t${value ?? ''}\n`);
  if (node.spec?.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if (node.spec?.podCIDRs?.length) w.write(LEVEL_0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
  if (node.spec?.providerID) w.write(LEVEL_0, `ProviderID:\t${node.spec.providerID}\n`);
}

/** `100m (5%)`: the share of allocatable, truncated as Go's int64() does. */
function share(q: Quantity, of: Quantity | undefined, cpu: boolean): string {
  const num = cpu ? quantityMilliValue(q) : quantityValue(q);
  const den = of ? (cpu ? quantityMilliValue(of) : quantityValue(of)) : 0n;
  const pct = den === 0n ? 0 : Math.trunc((Number(num) / Number(den)) * 100);
  return `${formatQuantity(q)} (${pct}%)`;
}

function allocatableOf(node: Node): Record<string, string | number> {
  const alloc = node.status?.allocatable ?? {};
  return Object.keys(alloc).length > 0 ? alloc : (node.status?.capacity ?? {});
}

function writePods(node: Node, pods: Pod[], now: number, w: PrefixWriter): void {
  const alloc = allocatableOf(node);
  const cpu = parseQuantity(alloc.cpu);
  const memory = parseQuantity(alloc.memory);
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  for (const pod of pods) {
    const req = podResources(pod, 'requests');
    const lim = podResources(pod, 'limits');
    const cells = [
      share(resourceOf(req, 'cpu'), cpu, true),
      share(resourceOf(lim, 'cpu'), cpu, true),
      share(resourceOf(req, 'memory'), memory, false),
      share(resourceOf(lim, 'memory'), memory, false),
    ];
    const age = ageOf(pod.metadata?.creationTimestamp, now);
    w.write(LEVEL_1, `${pod.metadata?.namespace ?? ''}\t${pod.metadata?.name ?? ''}\t\t${cells.join('\t')}\t${age}\n`);
  }
}

function sumAll(pods: Pod[], which: 'requests' | 'limits'): ResourceList {
  const total: ResourceList = new Map();
  for (const pod of pods) {
    for (const [name, q] of podResources(pod, which)) {
      const cur = total.get(name);
      total.set(name, cur ? { nanos: cur.nanos + q.nanos, format: cur.format } : q);
    }
  }
  return total;
}

function writeAllocated(node: Node, pods: Pod[], w: PrefixWriter): void {
  const alloc = allocatableOf(node);
  const reqs = sumAll(pods, 'requests');
  const limits = sumAll(pods, 'limits');
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  const hugePages = Object.keys(alloc).filter((r) => r.startsWith('hugepages-')).sort();
  for (const name of ['cpu', 'memory', 'ephemeral-storage', ...hugePages]) {
    const of = parseQuantity(alloc[name]);
    const isCpu = name === 'cpu';
    w.write(LEVEL_1, `${name}\t${share(resourceOf(reqs, name), of, isCpu)}\t${share(resourceOf(limits, name), of, isCpu)}\n`);
  }
}

/**
 * `pods` are the node's non-terminated pods (not Succeeded or Failed); `events` those
 * about the node. Without a lease, the kubelet's own is assumed: held by the node,
 * never "acquired", renewed at the Ready condition's last heartbeat.
 */
export function describeNode(node: Node, pods: Pod[], events: KubeEvent[] | undefined, now: number, lease?: NodeLease): string {
  const w = new PrefixWriter();
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  writeHeader(node, lease ?? { holderIdentity: node.metadata?.name, renewTime: ready?.lastHeartbeatTime }, w);
  writeStatus(node, w);
  writePods(node, pods, now, w);
  writeAllocated(node, pods, w);
  writeEvents(w, events, now);
  return w.toString();
}
