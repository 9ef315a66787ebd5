import type { ContainerState, ContainerStatus } from '../api/objects';
import { criMethod, type ContainerConfig, type ContainerEvent, type CriRequest, type CriResponse } from '../containerRuntime/cri';
import { timestamp } from '../runtime/time';
import { parseQuantity } from '../api/quantity';
import { goDuration, nextBackoff } from './backoff';
import { containerEvent, goDurationPrecise } from './containerEvents';
import type { ContainerUpdate, ContainerWorkerContext, ContainerWorkerInput } from './containerTypes';
import { readinessAtStart } from './prober/containerProbes';

type WithoutCall<T> = T extends unknown ? Omit<T, 'requestId' | 'replyTo'> : never;

/** Send a CRI call to this node's runtime and remember which answer to wait for. */
export function cri(ctx: ContainerWorkerContext, call: WithoutCall<CriRequest>): void {
  const requestId = `${ctx.self}:${ctx.nextRequest++}`;
  ctx.pending = requestId;
  const method = criMethod(call.type);
  ctx.net.post(ctx.self, {
    to: ctx.runtime,
    event: Object.assign({}, call, { requestId, replyTo: ctx.self }) as CriRequest,
    kind: method,
    step: call.step,
    ref: { kind: 'Pod', namespace: ctx.pod.namespace, name: ctx.pod.name, uid: ctx.pod.uid },
    detail: 'image' in call ? { container: ctx.container.name, image: call.image } : { container: ctx.container.name },
  });
}

export function now(ctx: ContainerWorkerContext): string {
  return timestamp(ctx.epoch, ctx.net.now());
}

/** A container waiting again after a run keeps that run as its last state (the runtime still has the dead container). */
export function setWaiting(ctx: ContainerWorkerContext, reason: string, message?: string): void {
  const last = ctx.status.state?.terminated;
  ctx.status = { ...ctx.status, state: { waiting: { reason, ...(message ? { message } : {}) } }, ...(last ? { lastState: { terminated: last } } : {}), ready: false, started: false };
}

export function onImageKnown(ctx: ContainerWorkerContext, res: CriResponse, pulled: boolean): void {
  ctx.imageRef = res.imageRef;
  ctx.imageId = res.imageId;
  const image = ctx.container.image ?? '';
  if (pulled) {
    const total = goDurationPrecise(res.pullMs ?? 0);
    const waiting = goDurationPrecise((res.pullMs ?? 0) + (res.waitMs ?? 0));
    containerEvent(ctx, 'Normal', 'Pulled', `Successfully pulled image "${image}" in ${total} (${waiting} including waiting). Image size: ${res.imageSize ?? 0} bytes.`);
  } else {
    containerEvent(ctx, 'Normal', 'Pulled', `Container image "${image}" already present on machine and can be accessed by the pod`);
  }
}

export function onPullFailed(ctx: ContainerWorkerContext, res: CriResponse): void {
  const image = ctx.container.image ?? '';
  ctx.lastPullError = res.error ?? 'unknown error';
  containerEvent(ctx, 'Warning', 'Failed', `Failed to pull image "${image}": ${ctx.lastPullError}`);
  containerEvent(ctx, 'Warning', 'Failed', 'Error: ErrImagePull');
  ctx.pullBackoff = nextBackoff(ctx.pullBackoff, ctx.net.now());
  setWaiting(ctx, 'ErrImagePull', ctx.lastPullError);
}

export function onPullBackOff(ctx: ContainerWorkerContext): void {
  const image = ctx.container.image ?? '';
  containerEvent(ctx, 'Normal', 'BackOff', `Back-off pulling image "${image}"`);
  containerEvent(ctx, 'Warning', 'Failed', 'Error: ImagePullBackOff');
  setWaiting(ctx, 'ImagePullBackOff', `Back-off pulling image "${image}": ErrImagePull: ${ctx.lastPullError ?? ''}`);
}

export function onStarted(ctx: ContainerWorkerContext): void {
  containerEvent(ctx, 'Normal', 'Started', 'Container started');
  const previous = ctx.status.state?.terminated ? { terminated: ctx.status.state.terminated } : ctx.status.lastState;
  ctx.startedAtMs = ctx.net.now();
  ctx.status = Object.assign(
    {},
    ctx.status,
    { state: { running: { startedAt: now(ctx) } } },
    previous ? { lastState: previous } : {},
    readinessAtStart(ctx),
    {
      containerID: `containerd://${ctx.containerId}`,
      image: ctx.imageRef ?? ctx.status.image,
      imageID: ctx.imageId ?? '',
      restartCount: ctx.status.restartCount + (ctx.status.state?.terminated || ctx.status.lastState?.terminated ? 1 : 0),
    },
    ctx.kind === 'ephemeral' ? {} : runningAs(ctx.container),
  );
}

/**
 * What the kubelet reports of a container it started, beside its state (v1.35): the
 * resources it was given (allocatedResources: its requests), the ones it runs with, and its
 * volume mounts, read-only ones with recursiveReadOnly Disabled.
 */
function runningAs(c: ContainerWorkerContext['container']): Partial<ContainerStatus> {
  const { requests, limits } = c.resources ?? {};
  const has = (r: object | undefined) => r !== undefined && Object.keys(r).length > 0;
  const out: Partial<ContainerStatus> = {};
  if (has(requests)) out.allocatedResources = requests;
  out.resources = Object.assign({}, has(limits) ? { limits } : {}, has(requests) ? { requests } : {});
  const mounts = (c.volumeMounts ?? []).map((m) => Object.assign({ mountPath: m.mountPath, name: m.name }, m.readOnly ? { readOnly: true, recursiveReadOnly: 'Disabled' } : {}));
  if (mounts.length > 0) out.volumeMounts = mounts;
  return out;
}

export function onExited(ctx: ContainerWorkerContext, e: ContainerEvent): void {
  ctx.exitedAt = e.at;
  const running = ctx.status.state?.running;
  const terminated: NonNullable<ContainerState['terminated']> = {
    exitCode: e.exitCode ?? 0,
    reason: e.reason ?? ((e.exitCode ?? 0) === 0 ? 'Completed' : 'Error'),
    startedAt: running?.startedAt ?? now(ctx),
    finishedAt: timestamp(ctx.epoch, e.at),
    containerID: `containerd://${e.containerId}`,
    ...(e.signal ? { signal: e.signal } : {}),
  };
  // An init container that finished successfully reports Ready (kubelet_pods.go).
  const ready = ctx.kind === 'init' && terminated.exitCode === 0;
  ctx.status = { ...ctx.status, state: { terminated }, ready, started: false };
}

/**
 * StartContainer failed (runc could not exec the command): the kubelet records the error
 * (Failed, `Error: …`), and the runtime's container is left exited with StartError, exit
 * code 128 and a zero start time. A container that will be restarted shows the sync's
 * error, RunContainerError, until the next try; one that will not stays terminated.
 */
export function onStartFailed(ctx: ContainerWorkerContext, error: string, restarts: boolean): void {
  containerEvent(ctx, 'Warning', 'Failed', `Error: ${error}`);
  ctx.exitedAt = ctx.net.now();
  const terminated: NonNullable<ContainerState['terminated']> = {
    exitCode: 128,
    reason: 'StartError',
    message: error,
    startedAt: '1970-01-01T00:00:00Z',
    finishedAt: now(ctx),
    containerID: `containerd://${ctx.containerId}`,
  };
  // Every try after the first is a restart: the runtime has the earlier, dead container.
  const restartCount = ctx.status.restartCount + (ctx.status.state?.terminated || ctx.status.lastState?.terminated ? 1 : 0);
  // The status is read from the runtime's newest container: its ID and image, as for any other.
  const base = { ...ctx.status, containerID: terminated.containerID, image: ctx.imageRef ?? ctx.status.image, imageID: ctx.imageId ?? '', ready: false, started: false, restartCount };
  ctx.status = { ...base, state: { terminated } };
  if (restarts) setWaiting(ctx, 'RunContainerError', error);
}

export function onCrashLoop(ctx: ContainerWorkerContext): void {
  const d = goDuration(ctx.crashBackoff?.durationMs ?? 0);
  const who = `container=${ctx.container.name} pod=${ctx.pod.name}_${ctx.pod.namespace}(${ctx.pod.uid})`;
  containerEvent(ctx, 'Warning', 'BackOff', `Back-off restarting failed container ${ctx.container.name} in pod ${ctx.pod.name}_${ctx.pod.namespace}(${ctx.pod.uid})`);
  setWaiting(ctx, 'CrashLoopBackOff', `back-off ${d} restarting failed ${who}`);
}

/** What the pod worker is told: where this container stands, plus three facts it needs. */
export function updateOf(ctx: ContainerWorkerContext, flags: { finished?: boolean; stopped?: boolean } = {}): ContainerUpdate {
  return {
    type: 'container.update',
    name: ctx.container.name,
    kind: ctx.kind,
    status: ctx.kind === 'ephemeral' ? ephemeralStatus(ctx.status) : ctx.status,
    running: ctx.status.state?.running !== undefined,
    finished: flags.finished ?? false,
    stopped: flags.stopped ?? false,
  };
}

/** An ephemeral container is never ready and reports no `started` (the prober does not look at it). */
function ephemeralStatus(s: ContainerStatus): ContainerStatus {
  const { started: _started, ...rest } = s;
  return { ...rest, ready: false };
}

/** CreateContainerConfigError: what the container's environment lacks, as an event and its waiting reason. */
export function onConfigError(ctx: ContainerWorkerContext): void {
  const message = ctx.configError ?? '';
  containerEvent(ctx, 'Warning', 'Failed', `Error: ${message}`);
  setWaiting(ctx, 'CreateContainerConfigError', message);
}

/** Before its first start: waiting, as the kubelet reports a container it has not started. */
export function initialStatus(input: ContainerWorkerInput): ContainerStatus {
  return {
    name: input.container.name,
    state: { waiting: { reason: input.podHasInitContainers ? 'PodInitializing' : 'ContainerCreating' } },
    lastState: {},
    ready: false,
    restartCount: 0,
    image: input.container.image ?? '',
    imageID: '',
    started: false,
  };
}

/** CreateContainer's config: the container as the runtime is to make it. */
/** resources.limits.memory in bytes: the cgroup limit the runtime's OOM killer enforces. */
function memoryLimitOf(c: ContainerWorkerContext['container']): { memoryLimit?: number } {
  const limit = parseQuantity(c.resources?.limits?.memory as string | undefined);
  return limit !== undefined ? { memoryLimit: limit } : {};
}

export function containerConfig(ctx: ContainerWorkerContext): ContainerConfig {
  const c = ctx.container;
  return Object.assign(
    { name: c.name, image: c.image ?? '' },
    c.command ? { command: c.command } : {},
    c.args ? { args: c.args } : {},
    {
      env: (c.env ?? []).map((e) => ({ name: e.name, value: e.value ?? '' })),
      ports: (c.ports ?? []).map((p) => ({ containerPort: p.containerPort, protocol: p.protocol ?? 'TCP', ...(p.name ? { name: p.name } : {}) })),
    },
    c.workingDir ? { workingDir: c.workingDir } : {},
    c.stdin ? { stdin: true } : {},
    c.tty ? { tty: true } : {},
    ctx.pidTarget ? { pidTarget: ctx.pidTarget } : {},
    memoryLimitOf(c),
    {
      attempt: ctx.status.restartCount + (ctx.status.state?.terminated ? 1 : 0),
      volumeMounts: (c.volumeMounts ?? []).map((m) => ({ name: m.name, mountPath: m.mountPath, ...(m.readOnly ? { readOnly: true } : {}) })),
      etcHosts: ctx.etcHosts,
    },
  );
}
