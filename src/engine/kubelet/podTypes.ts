import type { KubeObject, Service } from '../api/objects';
import type { NodeFacts } from './env';
import type { ContainerStatus, Pod, PodStatus } from '../api/objects';
import type { EventRecorder } from '../api/eventRecorder';
import type { ActorBase, ActorInput } from '../runtime/actor';
import type { DelayEvent } from '../runtime/timers';
import type { ContainerUpdate } from './containerTypes';
import type { CriResponse, LogChunk } from '../containerRuntime/cri';
import type { ApiResponse } from '../api/protocol';
import type { PortForwardClose, PortForwardRequest } from './portForward';
import type { ExecRequest } from './exec';

/** The node a pod worker runs on: one object shared by all the workers of a kubelet, never changed. */
export interface KubeletHost {
  node: string;
  ip: string;
  /** The address of the node's container runtime. */
  runtime: string;
  /** The node's allocatable, for the downward API's limits when a container sets none. */
  allocatable: NodeFacts['allocatable'];
  /** The node's /etc/hosts (for host-network Pods). */
  etcHosts: string;
  /** The kubelet's Service informer: every Service by `namespace/name` (only the kubelet writes it). */
  services: Map<string, Service>;
  /** The Service variables for a namespace (`ns`, or `ns/nolinks`), until a Service changes. */
  serviceEnv: Map<string, ReadonlyMap<string, string>>;
}

export interface PodWorkerInput extends ActorInput {
  host: KubeletHost;
  pod: Pod;
}

/** The reader of a followed log went away (`kubectl logs -f`, Ctrl-C): stop following for its request. */
export interface LogsClose {
  type: 'kubelet.logs.close';
  requestId: string;
}

export interface LogRequest {
  type: 'kubelet.logs';
  requestId: string;
  replyTo: string;
  container: string;
  query: Record<string, string>;
}

export interface PodWorkerContext extends ActorBase {
  nextRequest: number;
  recorder: EventRecorder;
  host: KubeletHost;
  pod: Pod;
  uid: string;
  sandboxId?: string;
  podIP?: string;
  sandboxReady: boolean;
  init: Map<string, ContainerStatus>;
  app: Map<string, ContainerStatus>;
  /** Ephemeral containers (`kubectl debug`): made on the first (most Pods have none). */
  ephemeral?: Map<string, ContainerStatus>;
  /** Index of the init container running now (or next to run). */
  initIndex: number;
  /** How many app containers the worker has started so far (SyncPod starts them in order). */
  appStarted: number;
  /** App containers whose first start attempt is over (running, or failed to start). */
  attempted: Set<string>;
  finished: Set<string>;
  stopped: Set<string>;
  workers: Set<string>;
  startTime: string;
  lastStatus?: PodStatus;
  terminalPhase?: 'Succeeded' | 'Failed';
  pendingCri?: string;
  /** Set when the Pod is being deleted: the grace period, and whether the API object is already gone. */
  deleting?: { graceSeconds: number; apiGone: boolean };
  /** `kubectl logs` calls waiting for the runtime's ReadLogs; made on the first (most Pods see none). */
  logReads?: Map<string, LogRequest>;
  /** The ConfigMaps and Secrets the Pod uses, by `configmaps/NAME`: null when the API server had none. */
  sources?: Map<string, KubeObject | null>;
  /** GETs of those sources on their way, by request ID. */
  sourceRequests?: Map<string, string>;
  /** Containers that could not be made for want of a ConfigMap or Secret (CreateContainerConfigError). */
  configErrors?: Set<string>;
  /** How many times FailedMount has been reported: the retry doubles from 500 ms. */
  mountFailures?: number;
  /** Followed logs (`kubectl logs -f`), by the caller's request ID: the runtime's call and container. */
  follows?: Map<string, { criRequest: string; containerId: string }>;
  /** `kubectl exec` calls waiting for the runtime's ExecSync; made on the first. */
  execs?: Map<string, ExecRequest>;
  /** Port-forward calls waiting for the runtime's PortForward, by the CRI request ID; made on the first. */
  forwardCalls?: Map<string, PortForwardRequest>;
  /** Port-forward streams open into this Pod, by the API server's request ID. */
  forwards?: Set<string>;
  /** The worker has begun tearing the Pod down. */
  terminating?: boolean;
  /** Why the Pod failed as a whole (DeadlineExceeded): its status's reason and message. */
  failure?: { reason: string; message: string };
}

export type PodWorkerEvent =
  | { type: 'pw.update'; pod: Pod }
  | { type: 'pw.deleted'; pod: Pod }
  | ContainerUpdate
  | CriResponse
  | LogChunk
  | LogsClose
  | ApiResponse
  | LogRequest
  | ExecRequest
  | PortForwardRequest
  | PortForwardClose
  | DelayEvent<'10s' | 'mountBackoff'>
  | { type: 'pw.refetch' }
  /** The Pod's spec has ephemeral containers: start those not started yet. */
  | { type: 'pw.ephemeral' }
  /** activeDeadlineSeconds may have run out. */
  | { type: 'pw.deadline' }
  | { type: 'pw.sourcesDone' };
