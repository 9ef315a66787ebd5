import type { HookDone, HookRun } from './lifecycle';
import type { ProbeAnswer } from './prober/messages';
import type { Container, ContainerStatus } from '../api/objects';
import type { EventRecorder } from '../api/eventRecorder';
import type { ActorBase, ActorInput } from '../runtime/actor';
import type { DelayEvent } from '../runtime/timers';
import type { BackoffEntry } from './backoff';
import type { ContainerEvent, CriResponse } from '../containerRuntime/cri';
import type { ProbeType } from './prober/spec';
import type { ProbeReport } from './prober/worker';

export type ContainerKind = 'init' | 'sidecar' | 'app' | 'ephemeral';
export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';

export interface PodIdentity {
  uid: string;
  name: string;
  namespace: string;
}

export interface ContainerWorkerInput extends ActorInput {
  runtime: string;
  node: string;
  pod: PodIdentity;
  container: Container;
  /** Why the container cannot be made yet (a ConfigMap or Secret it needs is missing). */
  configError?: string;
  kind: ContainerKind;
  sandboxId: string;
  /** The restart policy that applies to this container (init containers: OnFailure unless the Pod says Never). */
  restartPolicy: RestartPolicy;
  /** Decides the default waiting reason: PodInitializing when the Pod has init containers, else ContainerCreating. */
  podHasInitContainers: boolean;
  /** The status it had before (a kubelet restart keeps counts); normally undefined. */
  initialStatus?: ContainerStatus;
  /** Where HTTP and TCP probes connect to. */
  podIP?: string;
  /** The /etc/hosts the kubelet made for the Pod, mounted into the container. */
  etcHosts: string;
  /** The Pod's grace period, for a kill after a failed liveness probe. */
  terminationGracePeriodSeconds?: number;
  /** An ephemeral container's target: the runtime ID of the container whose PID namespace it joins. */
  pidTarget?: string;
}

export interface ContainerWorkerContext extends ActorBase {
  nextRequest: number;
  recorder: EventRecorder;
  runtime: string;
  node: string;
  pod: PodIdentity;
  container: Container;
  kind: ContainerKind;
  sandboxId: string;
  restartPolicy: RestartPolicy;
  /** The CRI call waiting for its answer. */
  pending?: string;
  containerId?: string;
  imageRef?: string;
  imageId?: string;
  status: ContainerStatus;
  crashBackoff?: BackoffEntry;
  pullBackoff?: BackoffEntry;
  /** When the last run exited (virtual ms), to work out how long the back-off lasts. */
  exitedAt?: number;
  lastPullError?: string;
  stopGraceSeconds?: number;
  podIP?: string;
  etcHosts: string;
  terminationGracePeriodSeconds?: number;
  /** Virtual ms the current run started: probes' initialDelaySeconds count from it. */
  startedAtMs?: number;
  /** The probe workers running for this run of the container. */
  probes: string[];
  /** The probe whose failure is killing the container. */
  killedBy?: ProbeType;
  /** Its spec changed (a new image) while it ran: it is being stopped to start again, whatever the restart policy. */
  redefined?: boolean;
  /** A lifecycle hook (postStart, preStop) the kubelet is running for it. */
  hook?: HookRun;
  /** Why the last postStart hook failed: the PostStartHookError message. */
  hookFailure?: string;
  /** CreateContainerConfigError: the ConfigMap or Secret it needs is missing. */
  configError?: string;
  pidTarget?: string;
}

/** What a container worker tells its pod worker. */
export interface ContainerUpdate {
  type: 'container.update';
  name: string;
  kind: ContainerKind;
  status: ContainerStatus;
  /** The container's process is running now. */
  running: boolean;
  /** It exited and will not be restarted (init containers: done; others: finished). */
  finished: boolean;
  /** The worker has stopped for good (after a stop request). */
  stopped: boolean;
}

export type ContainerWorkerEvent =
  | { type: 'cw.start' }
  | { type: 'cw.stop'; graceSeconds: number }
  /** The Pod's spec now says this of the container (its image changed: the one field a Pod update may change). */
  | { type: 'cw.changed'; container: Container }
  /** The ConfigMaps and Secrets read again: the container ready to make, or (`error`) what is still wrong. */
  | { type: 'cw.config'; container: Container; error?: string }
  | CriResponse
  | ContainerEvent
  | ProbeReport
  | ProbeAnswer
  | HookDone
  | DelayEvent<'hookTimeout' | 'hookSleep'>
  | DelayEvent<'resync' | 'neverPullRetry' | 'pullBackoffLeft' | 'crashBackoffLeft'>;
