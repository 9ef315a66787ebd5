// Where everything on the stage goes, as a pure function of a snapshot and the size of
// the stage: the laptop, the control plane and the registry across the top, the nodes in
// a grid below, each node's kubelet, container runtime, cni0 and image cache, and its pods.
import type { ClusterSnapshot, KubeObject } from '../../engine';
import { cell, fitGrid, inset, row } from './grid';
import { podLabels } from './podLabels';
import { podViews, type PodDescriber, type PodView } from './pods';
import { fit } from './text';
import type { Box, ComponentBox, ContainerBox, FrameBox, Link, NodeBox, PodBox, Size, StageLayout } from './types';

const PAD = 8;
const GAP = 10;
const HEADER = 18;
const PART_H = 28;
/** A pod never grows past this, so one pod on a big node still looks like a pod. */
const POD_MAX = { w: 156, h: 76 };

/** Words the stage prints that are not Kubernetes names, in the learner's language. */
export interface StageLabels {
  laptop: string;
  controlPlane: string;
  registry: string;
  /** Over pods the scheduler has not bound yet. */
  unscheduled: string;
  /** In a pod box while the pod has no IP. */
  noIp: string;
  /** Before the list of images a node's runtime has pulled, with its own spacing ("images: ", "镜像："). */
  images: string;
}

export const ENGLISH_LABELS: StageLabels = {
  laptop: 'laptop',
  controlPlane: 'control plane',
  registry: 'image registry',
  unscheduled: 'waiting for the scheduler',
  noIp: 'no IP yet',
  images: 'images: ',
};

/**
 * A stage narrower than this and taller than wide (a phone held upright) is laid out in a
 * column: the control plane gets a row of its own and the nodes stack. A narrow but short
 * stage (beside a lesson on a projector) keeps the wide layout, scaled down by its viewBox.
 */
export const NARROW_WIDTH = 520;

function isNarrow(size: Size): boolean {
  return size.width < NARROW_WIDTH && size.height >= size.width * 1.25;
}

interface TopRow {
  laptop: Box;
  plane: Box;
  registry: Box;
  /** Where the nodes' area begins. */
  bottom: number;
}

/**
 * The laptop, the control plane and the registry: one row across the top; on a narrow stage
 * the laptop and the registry side by side, and the control plane's four parts under them
 * at full width, so that each keeps a readable name without scaling the drawing down.
 */
function topRow(width: number, topH: number, narrow: boolean): TopRow {
  if (narrow) {
    const half = (width - 2 * PAD - GAP) / 2;
    const sideH = 100;
    const laptop: Box = { x: PAD, y: PAD, w: half, h: sideH };
    const registry: Box = { x: PAD + half + GAP, y: PAD, w: half, h: sideH };
    const plane: Box = { x: PAD, y: PAD + sideH + GAP, w: width - 2 * PAD, h: topH };
    return { laptop, plane, registry, bottom: plane.y + plane.h };
  }
  const laptopW = Math.round(width * 0.2);
  const registryW = Math.round(width * 0.17);
  const laptop: Box = { x: PAD, y: PAD, w: laptopW, h: topH };
  const registry: Box = { x: width - PAD - registryW, y: PAD, w: registryW, h: topH };
  const plane: Box = { x: laptop.x + laptop.w + GAP, y: PAD, w: registry.x - GAP - (laptop.x + laptop.w + GAP), h: topH };
  return { laptop, plane, registry, bottom: PAD + topH };
}

/** `laptopProgram` names the laptop's own box: the program there that last sent or took messages (docker, curl). */
export function layout(snapshot: ClusterSnapshot, size: Size, describe: PodDescriber, labels: StageLabels = ENGLISH_LABELS, laptopProgram = 'docker'): StageLayout {
  const narrow = isNarrow(size);
  const width = Math.max(narrow ? 320 : 560, Math.round(size.width));
  const height = Math.max(380, Math.round(size.height));
  const topH = Math.round(Math.min(170, Math.max(124, height * 0.27)));
  const frames: FrameBox[] = [];
  const components: ComponentBox[] = [];
  const { laptop, plane, registry, bottom } = topRow(width, narrow ? 124 : topH, narrow);

  const [kubectl, own] = row(partsRow(laptop), 2, 6) as [Box, Box];
  components.push({ id: 'kubectl', kind: 'kubectl', label: 'kubectl', ...kubectl }, { id: 'laptop', kind: 'laptop', label: laptopProgram, ...own });
  frames.push({ id: 'laptop', label: labels.laptop, lines: snapshot.laptop.files.slice(0, 6), ...laptop });

  const cp = row(partsRow(plane), 4, 6);
  const cpParts: [string, ComponentBox['kind'], string][] = [
    ['apiServer', 'apiServer', 'API server'],
    ['etcd', 'etcd', 'etcd'],
    ['scheduler', 'scheduler', 'scheduler'],
    ['controllerManager', 'controllerManager', 'controller-manager'],
  ];
  cpParts.forEach(([id, kind, label], i) => components.push({ id, kind, label, ...cp[i]! }));
  const trayTop = plane.y + HEADER + PART_H + 22;
  frames.push({ id: 'controlPlane', label: labels.controlPlane, lines: [], ...plane });
  const unscheduled: Box = { x: plane.x + 6, y: trayTop, w: plane.w - 12, h: plane.y + plane.h - 6 - trayTop };

  components.push({ id: 'registry', kind: 'registry', label: 'registry', ...partsRow(registry) });
  frames.push({ id: 'registryFrame', label: labels.registry, lines: snapshot.registry.repositories.map((r) => r.name.replace(/^docker\.io\/(library\/)?/, '')).slice(0, 6), ...registry });

  const area: Box = { x: PAD, y: bottom + GAP, w: width - 2 * PAD, h: height - (bottom + GAP) - PAD };
  const views = podViews(snapshot, describe);
  const system = new Map<string, number>();
  for (const v of views) if (isSystem(v) && v.node) system.set(v.node, (system.get(v.node) ?? 0) + 1);
  // Nodes are wide: on a narrow stage wider still, so that they stack one under another.
  const nodes = layoutNodes(snapshot, area, components, system, labels, narrow ? 2.4 : 1.2);
  const pods = layoutPods(views, nodes, unscheduled, labels.noIp);
  const waiting = pods.some((p) => !p.node || !nodes.some((n) => n.name === p.node));
  return { width, height, frames, components, nodes, pods, unscheduled, unscheduledLabel: waiting ? labels.unscheduled : '', links: links(nodes) };
}

function partsRow(frame: Box): Box {
  return { x: frame.x + 6, y: frame.y + HEADER + 4, w: frame.w - 12, h: PART_H };
}

const CHIP = { w: 78, h: 15, gap: 3 };

/** How many rows of chips `n` kube-system pods need across `width`. */
function chipRows(n: number, width: number): number {
  if (n === 0) return 0;
  const perRow = Math.max(1, Math.floor((width + CHIP.gap) / (CHIP.w + CHIP.gap)));
  return Math.ceil(n / perRow);
}

function layoutNodes(snapshot: ClusterSnapshot, area: Box, components: ComponentBox[], system: Map<string, number>, labels: StageLabels, aspect: number): NodeBox[] {
  const grid = fitGrid(snapshot.nodes.length, area, GAP, aspect);
  return snapshot.nodes.map((n, i) => {
    const box = cell(grid, area, GAP, i);
    const small = box.h < 120;
    const header = small ? 14 : HEADER;
    const partH = small ? 18 : 24;
    const parts = row({ x: box.x + 5, y: box.y + header + 2, w: box.w - 10, h: partH }, 3, 4);
    const [kubelet, runtime, cni] = parts as [Box, Box, Box];
    components.push(
      { id: `kubelet/${n.name}`, kind: 'kubelet', label: 'kubelet', node: n.name, ...kubelet },
      { id: `containerRuntime/${n.name}`, kind: 'containerRuntime', label: 'containerd', node: n.name, ...runtime },
      { id: `cni/${n.name}`, kind: 'cni', label: 'CNI', node: n.name, ...cni },
    );
    // The image cache belongs to the runtime: a line under the parts, listing what is pulled.
    const images: Box = { x: box.x + 5, y: box.y + header + 2 + partH + 2, w: box.w - 10, h: small ? 0 : 13 };
    const podTop = images.y + images.h + 4;
    const rows = small ? 0 : chipRows(system.get(n.name) ?? 0, box.w - 10);
    const stripH = rows === 0 ? 0 : rows * (CHIP.h + CHIP.gap);
    // The node's network along its bottom edge: the pods hang off the cni0 bridge.
    const netH = small ? 12 : 15;
    const net: Box = { x: box.x + 5, y: box.y + box.h - 4 - netH, w: box.w - 10, h: netH };
    components.push({ id: `nodeNet/${n.name}`, kind: 'nodeNet', label: `cni0 ${gateway(n.podCIDR)} · eth0 ${n.ip}`, node: n.name, ...net });
    const bottom = net.y - 3;
    const shown = n.images.map(shortImage).filter((i) => !/^pause:/.test(i));
    return {
      name: n.name,
      flags: nodeFlags(snapshot.objects.nodes?.find((o) => o.metadata?.name === n.name)),
      ip: n.ip,
      podCIDR: n.podCIDR,
      role: n.role,
      images: n.images.map(shortImage),
      imagesBox: images,
      imagesText: images.h === 0 ? '' : fit(`${labels.images}${shown.join(', ')}`, images.w - 8, 5.4),
      podArea: { x: box.x + 5, y: podTop, w: box.w - 10, h: Math.max(0, bottom - stripH - podTop) },
      systemArea: { x: box.x + 5, y: bottom - stripH, w: box.w - 10, h: stripH },
      ...box,
    };
  });
}

/** The taint every kubeadm control plane carries: not news on the stage. */
const CONTROL_PLANE_TAINT = 'node-role.kubernetes.io/control-plane';
/** The taint the node lifecycle controller adds to a cordoned node: SchedulingDisabled says it already. */
const UNSCHEDULABLE_TAINT = 'node.kubernetes.io/unschedulable';

/** A node's state as `kubectl get nodes` words what is not plain Ready, then its other taints (`dedicated=gpu:NoSchedule`). */
export function nodeFlags(node: KubeObject | undefined): string[] {
  if (!node) return [];
  const spec = (node.spec ?? {}) as { unschedulable?: boolean; taints?: { key: string; value?: string; effect: string }[] };
  const conditions = ((node.status ?? {}) as { conditions?: { type: string; status: string }[] }).conditions ?? [];
  const flags: string[] = [];
  if (conditions.find((c) => c.type === 'Ready')?.status !== 'True') flags.push('NotReady');
  if (spec.unschedulable) flags.push('SchedulingDisabled');
  for (const t of spec.taints ?? []) {
    if (t.key === CONTROL_PLANE_TAINT || t.key === UNSCHEDULABLE_TAINT) continue;
    flags.push(`${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`);
  }
  return flags;
}

/** The bridge's address: the first host of the node's pod CIDR (10.244.2.0/24 → 10.244.2.1). */
export function gateway(podCIDR: string): string {
  const [net] = podCIDR.split('/');
  const parts = (net ?? '').split('.');
  if (parts.length !== 4) return podCIDR;
  return [...parts.slice(0, 3), String(Number(parts[3]) + 1)].join('.');
}

/** `docker.io/luksa/kubia:latest` → `luksa/kubia`, `registry.k8s.io/pause:3.10.1` → `pause:3.10.1`. */
export function shortImage(ref: string): string {
  const noRegistry = ref.replace(/^(docker\.io\/(library\/)?|registry\.k8s\.io\/)/, '');
  return noRegistry.replace(/:latest$/, '');
}

/** Pods of the cluster's own add-ons (kube-system, kube-flannel) and its static control-plane pods. */
export function isSystem(v: PodView): boolean {
  return v.namespace.startsWith('kube-');
}

function layoutPods(views: PodView[], nodes: NodeBox[], unscheduled: Box, noIp: string): PodBox[] {
  const byNode = new Map<string, PodView[]>();
  const systemByNode = new Map<string, PodView[]>();
  const waiting: PodView[] = [];
  const known = new Map(nodes.map((n) => [n.name, n]));
  for (const v of views) {
    const node = v.node ? known.get(v.node) : undefined;
    if (!node) waiting.push(v);
    else if (isSystem(v) && node.systemArea.h > 0) systemByNode.set(node.name, [...(systemByNode.get(node.name) ?? []), v]);
    else byNode.set(node.name, [...(byNode.get(node.name) ?? []), v]);
  }
  const out: PodBox[] = [];
  for (const n of nodes) {
    out.push(...packPods(byNode.get(n.name) ?? [], n.podArea, noIp));
    out.push(...packChips(systemByNode.get(n.name) ?? [], n.systemArea, noIp));
  }
  out.push(...packPods(waiting, unscheduled, noIp));
  return out;
}

/** Pods from the top left, each as large as the grid allows up to POD_MAX. */
function packPods(views: PodView[], area: Box, noIp: string): PodBox[] {
  if (views.length === 0) return [];
  const gap = 4;
  const grid = fitGrid(views.length, area, gap, 2);
  const w = Math.min(grid.cellW, POD_MAX.w);
  const h = Math.min(grid.cellH, POD_MAX.h);
  const perRow = Math.max(1, Math.floor((area.w + gap) / (w + gap)));
  const compact = w < 100 || h < 46;
  return views.map((v, i) => {
    const box = { x: area.x + (i % perRow) * (w + gap), y: area.y + Math.floor(i / perRow) * (h + gap), w, h };
    const containers = containerBoxes(v, box, compact);
    const barsTop = containers.reduce((top, c) => Math.min(top, c.y), h);
    const pod = { ...v, ...box, compact, system: isSystem(v), containers };
    return { ...pod, labels: podLabels({ ...pod, barsTop }, noIp) };
  });
}

function packChips(views: PodView[], area: Box, noIp: string): PodBox[] {
  const perRow = Math.max(1, Math.floor((area.w + CHIP.gap) / (CHIP.w + CHIP.gap)));
  return views.map((v, i) => {
    const box = { x: area.x + (i % perRow) * (CHIP.w + CHIP.gap), y: area.y + Math.floor(i / perRow) * (CHIP.h + CHIP.gap), w: CHIP.w, h: CHIP.h };
    const chip = { ...v, ...box, compact: true, system: true, containers: [] };
    return { ...chip, labels: podLabels({ ...chip, barsTop: CHIP.h }, noIp) };
  });
}

/** The pause container first, then init, app and ephemeral containers, along the bottom of the pod. */
function containerBoxes(v: PodView, pod: Box, compact: boolean): ContainerBox[] {
  const n = v.containers.length;
  if (n === 0) return [];
  const h = compact ? Math.max(3, Math.min(6, pod.h * 0.2)) : 15;
  const inner = inset({ x: 0, y: pod.h - h - (compact ? 2 : 4), w: pod.w, h }, compact ? 2 : 4, 0);
  const gap = 2;
  const hasPause = v.containers[0]?.kind === 'pause';
  const others = n - (hasPause ? 1 : 0);
  const pauseW = hasPause ? (compact ? (inner.w - (n - 1) * gap) / n : Math.min(34, inner.w / n)) : 0;
  const otherW = others > 0 ? Math.min(compact ? Infinity : 80, (inner.w - pauseW - (n - 1) * gap) / others) : 0;
  let x = inner.x;
  return v.containers.map((c) => {
    const w = c.kind === 'pause' ? pauseW : otherW;
    const box = { key: c.kind === 'pause' ? 'pause' : `${c.kind}:${c.name}`, ...c, x, y: inner.y, w: Math.max(2, w), h };
    x += w + gap;
    return box;
  });
}

function links(nodes: NodeBox[]): Link[] {
  const pairs: [string, string][] = [
    ['kubectl', 'apiServer'],
    ['laptop', 'registry'],
    ['apiServer', 'etcd'],
    ['apiServer', 'scheduler'],
    ['apiServer', 'controllerManager'],
  ];
  for (const n of nodes) {
    pairs.push([`apiServer`, `kubelet/${n.name}`], [`kubelet/${n.name}`, `containerRuntime/${n.name}`]);
    pairs.push([`containerRuntime/${n.name}`, `cni/${n.name}`], [`containerRuntime/${n.name}`, 'registry'], [`cni/${n.name}`, `nodeNet/${n.name}`]);
  }
  return pairs.map(([from, to]) => ({ id: `${from}--${to}`, from, to }));
}
