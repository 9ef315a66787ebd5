import type { PortForwardCall } from './portForward';
import type { Behaviour, Program, ProcessContext, Server } from '../images/effects';
import type { ImageManifest } from '../images/types';
import type { ActorBase, ActorInput } from '../runtime/actor';
import type { ContainerConfig, CriRequest, PodSandboxConfig } from './cri';
import type { FileMeta } from './fileMeta';

export interface RuntimeInput extends ActorInput {
  node: string;
  nodeIP: string;
  cpus: number;
  /** The node's memory in KiB (/proc/meminfo's MemTotal, for ps's %MEM). */
  memKb: number;
  /** Images already on the node (kubeadm pre-pulls the control-plane images and pause). */
  preloaded: ImageManifest[];
  /** Bytes per virtual ms the node unpacks a pulled image at. */
  unpackBytesPerMs: number;
}

export interface Sandbox {
  id: string;
  config: PodSandboxConfig;
  state: 'SANDBOX_READY' | 'SANDBOX_NOTREADY';
  ip?: string;
  netns: string;
  /** Ports bound in the Pod's network namespace, `TCP/80` → container id: shared by all its containers. */
  ports: Map<string, { containerId: string; serve: Server }>;
  /** emptyDir and other volumes: volume name → path inside the volume → content. */
  volumes: Map<string, Map<string, string>>;
  /** Volumes the kubelet's atomic writer filled (configMap, secret, projected): their keys are links into `..data`. */
  projected?: Set<string>;
  /** When and by whom each volume's files were written since: volume name → path → meta. */
  volumeMeta?: Map<string, Map<string, FileMeta>>;
  pauseId: string;
  createdAt: number;
  /** What the CNI result said about the Pod's interface (absent for hostNetwork sandboxes). */
  net?: SandboxNet;
}

export interface SandboxNet {
  ip: string;
  mac: string;
  gateway: string;
  hostVeth: string;
  hostIndex: number;
}

/** A ReadLogs call with `follow`: where the container's next lines go. */
export interface LogFollower {
  requestId: string;
  replyTo: string;
  timestamps: boolean;
}

export interface LogLine {
  t: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

/** Lines written at once (a server's start-up banner): one entry, its lines shared, never changed. */
export interface LogLines {
  t: number;
  stream: 'stdout' | 'stderr';
  lines: readonly string[];
}

export interface ContainerRecord {
  id: string;
  sandboxId: string;
  config: ContainerConfig;
  image: ImageManifest;
  state: 'CONTAINER_CREATED' | 'CONTAINER_RUNNING' | 'CONTAINER_EXITED';
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  exitCode?: number;
  reason?: string;
  pid?: number;
  /**
   * The last PID given out in the container's own PID namespace (absent: only its process,
   * 1). Linux does not hand a PID out again soon, so each exec and each command a shell in it
   * starts gets a higher one.
   */
  lastPid?: number;
  logs: (LogLine | LogLines)[];
  /** Where container events go (the kubelet's worker for this container). */
  sink: string;
  /** The container's writable layer: what it wrote, and the kubelet's files; the image's are below it. */
  files: Map<string, string>;
  /** Files of the image the container removed (overlayfs' whiteouts); none until it removes one. */
  whiteouts?: Set<string>;
  /** Times and owners of what was written in the container's layer (nothing until a write). */
  fileMeta?: Map<string, FileMeta>;
  process?: ProcessRun;
  /** A StopContainer call waiting for the process to end. */
  stopping?: { requestId: string; replyTo: string };
  memoryLimit?: number;
  memoryUsed: number;
  /** The id of the timer that will wake the sleeping process, so an exit can cancel it. */
  wakeTimer?: string;
  /** Lines written to stdin (`kubectl run -it`) that the process has not read yet. */
  stdin?: string[];
  /** The process waits for a line on stdin, showing this prompt. */
  readingStdin?: string;
  /** `kubectl logs -f`: ReadLogs calls that go on getting the lines written after them (their request IDs). */
  followers?: LogFollower[];
  /** An attach call waiting for the process to read stdin again or exit; its output starts at `logFrom`. */
  attach?: { request: Extract<CriRequest, { type: 'cri.Attach' }>; logFrom: number };
}

export interface ProcessRun {
  program: Program;
  behaviour: Behaviour;
  ctx: ProcessContext;
  /** Increases every time the process is woken, so a stale timer is ignored. */
  token: number;
  /** Set once SIGTERM (or the stop signal) was delivered. */
  signalled: boolean;
  /** The network request the process is blocked on (a DNS query, a connect, a ping). */
  awaiting?: string;
  /** Names this process resolved, so curl's connect reuses its own lookup. */
  dnsCache: Map<string, string[]>;
}

/** A `kubectl exec` session (CRI ExecSync, or Exec with stdin open): a second process in a running container. */
export interface ExecRun {
  id: string;
  containerId: string;
  /** The call waiting for this process's answer: its start, or (Exec) the last line written. */
  request: Extract<CriRequest, { type: 'cri.ExecSync' | 'cri.Exec' }>;
  /** Exec: lines written to stdin not read yet, whether it is closed, and the prompt while it waits. */
  stdin?: { lines: string[]; closed: boolean; waiting?: string };
  program: Program;
  ctx: ProcessContext;
  stdout: string;
  stderr: string;
  token: number;
  pid: number;
  awaiting?: string;
  dnsCache: Map<string, string[]>;
}

export interface PullJob {
  request: Extract<CriRequest, { type: 'cri.PullImage' }>;
  ref: string;
  repository: string;
  queuedAt: number;
  startedAt?: number;
  manifest?: ImageManifest;
  missing: string[];
  /** Bytes of layers downloaded so far (to unpack). */
  fetched: number;
  registryRequest?: string;
}

/** A timer the runtime wants (a process waking up, a grace period running out). */
export interface RuntimeTimer {
  id: string;
  ms: number;
  event: RuntimeTimerEvent;
}

export type RuntimeTimerEvent =
  | { type: 'rt.wake'; containerId: string; token: number }
  | { type: 'rt.exitAfterSignal'; containerId: string; code: number; token: number }
  | { type: 'rt.kill'; containerId: string }
  | { type: 'rt.unpacked'; requestId: string }
  | { type: 'rt.execWake'; execId: string; token: number };

export interface RuntimeContext extends ActorBase {
  node: string;
  nodeIP: string;
  cpus: number;
  memKb: number;
  unpackBytesPerMs: number;
  /** Image store: normalised reference → image. */
  images: Map<string, ImageManifest>;
  /** Content store: layer blobs present on the node. */
  layers: Set<string>;
  pulls: PullJob[];
  sandboxes: Map<string, Sandbox>;
  containers: Map<string, ContainerRecord>;
  nextPid: number;
  nextRequest: number;
  /** Requests waiting on another component (CNI, registry), by our request id. */
  waiting: Map<string, { kind: 'cni.add' | 'cni.del'; request: CriRequest; sandboxId: string }>;
  timers: RuntimeTimer[];
  cancels: string[];
  /** Network calls in flight for processes and exec sessions, by request id. */
  netTasks: Map<string, { target: NetTarget; task: Generator<unknown, unknown, unknown> }>;
  execs: Map<string, ExecRun>;
  /** Port-forward dials in flight inside Pods, by their connect's request ID. */
  forwards: Map<string, PortForwardCall>;
  nextNet: number;
  /** Log lines written lately, each kept once: see appendLog. */
  logTexts: Map<string, string>;
}

export type NetTarget = { kind: 'container'; containerId: string } | { kind: 'exec'; execId: string };
