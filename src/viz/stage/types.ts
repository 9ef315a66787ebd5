// The stage's layout: plain data, positions in SVG user units, keyed the way the render
// joins them (components by trace address, nodes by name, pods by uid).
import type { PodLabels } from './podLabels';
import type { Tone } from './tone';

export interface Size {
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A component that sends or receives messages: its id is its address in the trace. */
export type ComponentKind =
  | 'kubectl'
  | 'laptop'
  | 'registry'
  | 'apiServer'
  | 'etcd'
  | 'scheduler'
  | 'controllerManager'
  | 'kubelet'
  | 'containerRuntime'
  | 'cni'
  /** The node's network stack: the cni0 bridge, eth0, routes (the networking work's `nodeNet/<node>`). */
  | 'nodeNet';

export interface ComponentBox extends Box {
  /** The trace address: `apiServer`, `kubelet/node-2`, … */
  id: string;
  kind: ComponentKind;
  /** Shown in the box; Kubernetes names stay in English in every language. */
  label: string;
  node?: string;
}

/** A frame drawn around parts: the laptop, the control plane, the registry. */
export interface FrameBox extends Box {
  id: string;
  label: string;
  /** Lines of small print inside the frame (files, repositories). */
  lines: string[];
}

export interface NodeBox extends Box {
  name: string;
  ip: string;
  podCIDR: string;
  role: 'control-plane' | 'worker';
  /** Images in the runtime's image cache, short names. */
  images: string[];
  imagesBox: Box;
  /** The line in `imagesBox`, cut to fit: "images: nginx, luksa/kubia" (pause left out). */
  imagesText: string;
  /**
   * What `kubectl get nodes` adds to Ready or says instead (`SchedulingDisabled` once
   * cordoned, `NotReady`), and the taints a learner put on it; empty for a plain Ready node.
   */
  flags: string[];
  /** Where this node's pods sit. */
  podArea: Box;
  /** The strip along the bottom for its kube-system pods. */
  systemArea: Box;
}

export interface ContainerView {
  /** `pause`, or the container's name. */
  name: string;
  kind: 'pause' | 'init' | 'app' | 'ephemeral';
  /** What the runtime (or, before it has one, the API status) says: running, created, exited, waiting, absent. */
  state: string;
  reason?: string;
  tone: Tone;
}

export interface ContainerBox extends ContainerView, Box {
  /** Unique within the pod: `pause`, `init:<name>`, `app:<name>`, `ephemeral:<name>`. */
  key: string;
}

export interface PodBox extends Box {
  uid: string;
  name: string;
  namespace: string;
  /** The node the pod is bound to; undefined while it waits for the scheduler. */
  node?: string;
  ip?: string;
  /** READY and STATUS as `kubectl get pods` prints them. */
  ready: string;
  status: string;
  tone: Tone;
  /** Too small for text: only colour, glyph and a tooltip. */
  compact: boolean;
  /** An add-on or control-plane pod (kube-proxy, flannel, CoreDNS, etcd…): a small chip. */
  system: boolean;
  /** Relative to the pod box. */
  containers: ContainerBox[];
  /** The name, namespace tag, IP and STATUS as far as the box has room; relative to the box. */
  labels: PodLabels;
}

export interface Link {
  id: string;
  from: string;
  to: string;
}

export interface StageLayout {
  width: number;
  height: number;
  frames: FrameBox[];
  components: ComponentBox[];
  nodes: NodeBox[];
  pods: PodBox[];
  /** Where pods the scheduler has not bound yet wait (inside the control plane frame). */
  unscheduled: Box;
  /** Printed over the unscheduled pods while there are any. */
  unscheduledLabel: string;
  links: Link[];
}
