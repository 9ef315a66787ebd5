// The device diagram of one packet walk: the machines it crosses (nodes, and the laptop as
// the outside client), left to right in the order the packet reaches them, each with the
// devices the walk passes in their rows, the wire between the machines, and where the
// packet is at every hop. Pure: positions come from the walk, the snapshot and the size.
import type { ClusterSnapshot } from '../../engine';
import { devicesOf, vethOwners, type DeviceKind, type DeviceRef } from './devices';
import { segmentRuns, type SegmentRun, type Walk } from './hops';
import { collect, MAX_ZOOM, placeMachine, planMachine, rowsY, SIZES, type Placement } from './place';
import { machineNotes } from './snapshotNotes';

export { MAX_ZOOM, SIZES };

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface MachineBox extends Box {
  key: string;
  kind: 'node' | 'laptop';
  label: string;
  detail: string;
}
export interface PodBox extends Box {
  key: string;
  machine: string;
  label: string;
  detail: string;
}
export interface DeviceBox extends Box {
  key: string;
  machine: string;
  kind: DeviceKind;
  label: string;
  detail: string;
  /** What happened to packets here, as the kernel names it: `DNAT`, `MASQUERADE`, `encap`, `DROP`… */
  badges: string[];
}
export interface Cable {
  key: string;
  kind: 'veth' | 'port' | 'tunnel' | 'drop';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface HopPoint {
  index: number;
  x: number;
  y: number;
  /** The device's key; undefined on the wire. */
  device?: string;
  /** On the wire: where the sender's and the receiver's NICs meet it. */
  wire?: { fromX: number; toX: number };
}
export interface WalkLayout {
  width: number;
  height: number;
  machines: MachineBox[];
  pods: PodBox[];
  devices: DeviceBox[];
  cables: Cable[];
  wire?: { x1: number; x2: number; y: number; label: string };
  points: HopPoint[];
  runs: SegmentRun[];
}

const BADGES: Record<string, string> = {
  DNAT: 'DNAT',
  'conntrack DNAT': 'DNAT',
  MASQUERADE: 'MASQUERADE',
  'conntrack SNAT': 'MASQUERADE',
  'conntrack un-DNAT': 'un-DNAT',
  'conntrack un-SNAT': 'un-SNAT',
  'vxlan encap': 'encap',
  'vxlan decap': 'decap',
  REJECT: 'REJECT',
  DROP: 'DROP',
};

/** The tag a hop's action leaves on its device, if it rewrites or stops the packet. */
export function badgeOf(action: string): string | undefined {
  return BADGES[action];
}

const machineOf = (address: string): string => address.replace(/^nodeNet\//, '');

export function layoutWalk(walk: Walk, snapshot: ClusterSnapshot | undefined, size: { width: number; height: number }): WalkLayout {
  const notes = machineNotes(snapshot);
  const refs = devicesOf(walk, notes.linkKinds);
  const owners = vethOwners(refs, notes.vethOwners);
  const placed = [...collect(refs, owners).values()];
  const order = [...new Set(walk.hops.flatMap((h) => (h.netns === 'wire' ? [] : [h.node])))];
  const plans = order.map((m) => planMachine(m, placed.filter((d) => d.ref.machine === m)));
  const { y: rowY, bottom } = rowsY(new Set(placed.map((d) => d.ref.row)), plans.some((p) => p.pods.length > 0), size.height / MAX_ZOOM);
  const natural = plans.reduce((s, p) => s + p.width, 0) + SIZES.machineGap * Math.max(0, plans.length - 1) + 2 * SIZES.pad;
  // Drawn at least at natural size; a big stage enlarges it up to MAX_ZOOM, then spreads it.
  const width = Math.max(size.width / MAX_ZOOM, natural);
  const gap = plans.length > 1 ? Math.min(200, SIZES.machineGap + (width - natural) / (plans.length - 1)) : 0;
  let x = (width - plans.reduce((s, p) => s + p.width, 0) - gap * Math.max(0, plans.length - 1)) / 2;
  const machines: MachineBox[] = [];
  const out: Placement = { pods: [], devices: [] };
  for (const plan of plans) {
    const laptop = plan.key === 'laptop';
    machines.push({ key: plan.key, kind: laptop ? 'laptop' : 'node', label: plan.key, detail: laptop ? notes.gateway || laptopAddress(walk) : (notes.nodeIPs.get(plan.key) ?? ''), x, y: SIZES.pad, w: plan.width, h: bottom - SIZES.pad });
    placeMachine(plan, x, rowY, notes, walk, out);
    x += plan.width + gap;
  }
  badge(walk, refs, out.devices);
  const last = machines[machines.length - 1];
  const wire = walk.hops.some((h) => h.netns === 'wire') && last ? { x1: machines[0]!.x, x2: last.x + last.w, y: bottom + 28, label: notes.wireLabel } : undefined;
  const points = hopPoints(walk, refs, out.devices, machines, bottom + 28);
  return { width, height: Math.max(size.height / MAX_ZOOM, bottom + 54), machines, ...out, cables: cables(out.devices, owners, wire), ...(wire ? { wire } : {}), points, runs: segmentRuns(walk) };
}

/** Each hop at the centre of its device; a hop on the wire half way between the two NICs. */
function hopPoints(walk: Walk, refs: readonly (DeviceRef | undefined)[], devices: DeviceBox[], machines: MachineBox[], wireY: number): HopPoint[] {
  const byKey = new Map(devices.map((d) => [d.key, d]));
  const nicX = (m: string) => {
    const d = devices.find((x) => x.machine === m && x.kind === 'nic');
    const box = machines.find((b) => b.key === m);
    return d ? d.x + d.w / 2 : box ? box.x + box.w / 2 : 0;
  };
  return walk.hops.map((h, i): HopPoint => {
    const ref = refs[i];
    const d = ref ? byKey.get(ref.key) : undefined;
    if (d) return { index: i, x: d.x + d.w / 2, y: d.y + d.h / 2, device: d.key };
    const fromX = nicX(machineOf(h.from));
    const toX = nicX(machineOf(h.to));
    return { index: i, x: (fromX + toX) / 2, y: wireY, wire: { fromX, toX } };
  });
}

function badge(walk: Walk, refs: readonly (DeviceRef | undefined)[], devices: DeviceBox[]): void {
  const byKey = new Map(devices.map((d) => [d.key, d]));
  walk.hops.forEach((h, i) => {
    const text = badgeOf(h.action);
    const d = refs[i] ? byKey.get(refs[i]!.key) : undefined;
    if (text && d && !d.badges.includes(text)) d.badges.push(text);
  });
}

function cables(devices: DeviceBox[], owners: Map<string, string>, wire: WalkLayout['wire']): Cable[] {
  const out: Cable[] = [];
  const bottom = (d: DeviceBox) => ({ x: d.x + d.w / 2, y: d.y + d.h });
  for (const v of devices.filter((d) => d.kind === 'veth')) {
    const owner = owners.get(v.key);
    const eth0 = devices.find((d) => d.machine === v.machine && d.key === `${v.machine}|${owner}|eth0`);
    if (eth0) out.push({ key: `veth:${v.key}`, kind: 'veth', ...line(bottom(eth0), { x: v.x + v.w / 2, y: v.y }) });
    const bridge = devices.find((d) => d.machine === v.machine && d.kind === 'bridge');
    if (bridge) out.push({ key: `port:${v.key}`, kind: 'port', ...line(bottom(v), { x: v.x + v.w / 2, y: bridge.y }) });
  }
  for (const n of devices.filter((d) => d.kind === 'nic')) {
    const vxlan = devices.find((d) => d.machine === n.machine && d.kind === 'vxlan');
    if (vxlan) out.push({ key: `tunnel:${n.key}`, kind: 'tunnel', ...line(bottom(vxlan), { x: n.x + n.w / 2, y: n.y }) });
    if (wire) out.push({ key: `drop:${n.key}`, kind: 'drop', ...line(bottom(n), { x: n.x + n.w / 2, y: wire.y }) });
  }
  return out;
}

const line = (a: { x: number; y: number }, b: { x: number; y: number }) => ({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });

/** The laptop's address as its own packets carry it (without a snapshot to read the nodes' gateway from). */
function laptopAddress(walk: Walk): string {
  return walk.hops.find((x) => x.node === 'laptop' && x.action === 'transmit' && x.netns === 'host')?.ipSrc ?? '';
}
