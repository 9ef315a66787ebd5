// Where each device of a walk goes inside its machine: a column per Pod (its socket and
// eth0 in the Pod's box, its veth below), the bridge across the Pods' columns, the kernel's
// hooks and routing side by side, flannel.1 and the NIC centred above the wire; rows are
// shared by all machines so the same layer lines up across the diagram.
import { ROWS, type DeviceRef, type Row } from './devices';
import { podOfNetns, type Walk } from './hops';
import type { DeviceBox, PodBox } from './layout';
import type { MachineNotes } from './snapshotNotes';

/** How much the diagram may be enlarged to fill a big stage (text grows with it). */
export const MAX_ZOOM = 1.35;

export const SIZES = { pad: 10, head: 40, podHead: 26, inset: 10, gap: 6, machineGap: 36, podW: 120, deviceW: 96, hookW: 76, routingW: 56, boxH: 22, kernelH: 30 };
export const ROW_H: Record<Row, number> = { process: 32, podIf: 36, veth: 44, bridge: 44, kernel: 52, iface: 44, nic: 44 };

export interface Placed {
  ref: DeviceRef;
  w: number;
  h: number;
  /** Column inside the machine: a pod's netns, `host` for host processes, or undefined (centred). */
  column?: string;
}

/** Every device of the walk once, in first-seen order, with its size and column. */
export function collect(refs: readonly (DeviceRef | undefined)[], owners: Map<string, string>): Map<string, Placed> {
  const out = new Map<string, Placed>();
  for (const ref of refs) {
    if (!ref || out.has(ref.key)) continue;
    const w = ref.kind === 'hook' ? SIZES.hookW : ref.kind === 'routing' ? SIZES.routingW : SIZES.deviceW;
    const column = ref.netns.startsWith('pod:') ? ref.netns : ref.kind === 'veth' ? owners.get(ref.key) : ref.row === 'process' ? 'host' : undefined;
    out.set(ref.key, { ref, w, h: ref.row === 'kernel' ? SIZES.kernelH : SIZES.boxH, ...(column ? { column } : {}) });
  }
  return out;
}

export interface MachinePlan {
  key: string;
  pods: string[];
  hostColumn: boolean;
  devices: Placed[];
  width: number;
}

export function planMachine(key: string, devices: Placed[]): MachinePlan {
  const pods = [...new Set(devices.flatMap((d) => (d.column?.startsWith('pod:') ? [d.column] : [])))];
  const hostColumn = devices.some((d) => d.column === 'host');
  const rowWidth = (row: Row) => {
    const ds = devices.filter((d) => d.ref.row === row && !d.column);
    return ds.reduce((s, d) => s + d.w, 0) + Math.max(0, ds.length - 1) * SIZES.gap;
  };
  const columns = pods.length * SIZES.podW + (hostColumn ? SIZES.deviceW + SIZES.gap : 0) + Math.max(0, pods.length - 1) * SIZES.gap;
  const width = Math.max(SIZES.deviceW, columns, ...ROWS.map(rowWidth)) + 2 * SIZES.inset;
  return { key, pods, hostColumn, devices, width };
}

/** The y of each row present in the walk, stretched a little when the view is tall. */
export function rowsY(present: Set<Row>, hasPods: boolean, height: number): { y: Map<Row, number>; bottom: number } {
  const rows = ROWS.filter((r) => present.has(r));
  const natural = rows.reduce((s, r) => s + ROW_H[r], 0);
  const top = SIZES.pad + SIZES.head + (hasPods ? SIZES.podHead : 0);
  const spare = height - (top + natural + 70);
  const k = Math.min(1.5, Math.max(1, 1 + spare / Math.max(1, natural)));
  const y = new Map<Row, number>();
  let at = top;
  for (const r of rows) {
    y.set(r, at + (ROW_H[r] * k) / 2);
    at += ROW_H[r] * k;
  }
  return { y, bottom: at + 6 };
}

export interface Placement {
  pods: PodBox[];
  devices: DeviceBox[];
}

/** Places a machine's devices row by row at left edge `mx`, then draws each Pod's box around its own. */
export function placeMachine(plan: MachinePlan, mx: number, rowY: Map<Row, number>, notes: MachineNotes, walk: Walk, out: Placement): void {
  const inner = { x: mx + SIZES.inset, w: plan.width - 2 * SIZES.inset };
  const columnX = new Map<string, { x: number; w: number }>();
  plan.pods.forEach((p, i) => columnX.set(p, { x: inner.x + i * (SIZES.podW + SIZES.gap), w: SIZES.podW }));
  if (plan.hostColumn) columnX.set('host', { x: inner.x + plan.pods.length * (SIZES.podW + SIZES.gap), w: SIZES.deviceW });
  const add = (d: Placed, cx: number) => {
    const y = rowY.get(d.ref.row)! - d.h / 2;
    out.devices.push({ key: d.ref.key, machine: plan.key, kind: d.ref.kind, label: d.ref.name, detail: notes.detail(d.ref), badges: [], x: cx - d.w / 2, y, w: d.w, h: d.h });
  };
  for (const row of ROWS) placeRow(plan, row, inner, columnX, add);
  for (const p of plan.pods) {
    const col = columnX.get(p)!;
    const mine = out.devices.filter((d) => d.key.startsWith(`${plan.key}|${p}|`));
    const top = Math.min(...mine.map((d) => d.y)) - SIZES.podHead;
    const bottom = Math.max(...mine.map((d) => d.y + d.h)) + 6;
    const pod = podOfNetns(p);
    out.pods.push({ key: `${plan.key}|${p}`, machine: plan.key, label: pod?.name ?? p, detail: notes.podIPs.get(p) ?? sentFrom(walk, p), x: col.x, y: top, w: col.w, h: bottom - top });
  }
}

/** One row: devices in a column share it; the others are centred (the bridge spans the Pods). */
function placeRow(plan: MachinePlan, row: Row, inner: { x: number; w: number }, columnX: Map<string, { x: number; w: number }>, add: (d: Placed, cx: number) => void): void {
  const inRow = plan.devices.filter((d) => d.ref.row === row).sort((a, b) => a.ref.order - b.ref.order);
  const free: Placed[] = [];
  for (const d of inRow) {
    const col = d.column ? columnX.get(d.column) : undefined;
    if (!col) {
      free.push(d);
      continue;
    }
    const mates = inRow.filter((o) => o.column === d.column);
    d.w = Math.min(d.w, (col.w - SIZES.gap * (mates.length + 1)) / mates.length);
    add(d, col.x + (col.w / mates.length) * (mates.indexOf(d) + 0.5));
  }
  // The bridge spans the pods' columns: every veth of the node is one of its ports.
  const spans = row === 'bridge' && plan.pods.length > 0;
  if (spans) for (const d of free) d.w = Math.max(d.w, plan.pods.length * SIZES.podW + (plan.pods.length - 1) * SIZES.gap - 12);
  const total = free.reduce((s, d) => s + d.w, 0) + Math.max(0, free.length - 1) * SIZES.gap;
  let at = spans ? inner.x + 6 : inner.x + (inner.w - total) / 2;
  for (const d of free) {
    add(d, at + d.w / 2);
    at += d.w + SIZES.gap;
  }
}

/** A Pod's IP as its own packets carry it (for a Pod the snapshot no longer has). */
function sentFrom(walk: Walk, netns: string): string {
  return walk.hops.find((h) => h.netns === netns && h.action === 'route')?.ipSrc ?? walk.hops.find((h) => h.netns === netns && h.device === 'eth0')?.ipDst ?? '';
}
