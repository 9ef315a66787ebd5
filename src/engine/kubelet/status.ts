import type { ContainerStatus, Pod, PodCondition, PodStatus } from '../api/objects';

/** What a pod worker knows, from which the kubelet generates the Pod's status. */
export interface PodView {
  pod: Pod;
  hostIP: string;
  podIP?: string;
  startTime: string;
  now: string;
  sandboxReady: boolean;
  init: Map<string, ContainerStatus>;
  app: Map<string, ContainerStatus>;
  ephemeral?: ReadonlyMap<string, ContainerStatus>;
  /** Set once the Pod is terminal (all containers done and none will restart). */
  terminalPhase?: 'Succeeded' | 'Failed';
  /** Why the whole Pod failed (DeadlineExceeded). */
  failure?: { reason: string; message: string };
  previous?: PodStatus;
}

/**
 * generateAPIPodStatus (pkg/kubelet/kubelet_pods.go): phase, the five conditions in the
 * kubelet's order, IPs, and one status per container — a default Waiting one for
 * containers the kubelet has not started yet.
 */
export function podStatus(v: PodView): PodStatus {
  const spec = v.pod.spec!;
  const hasInit = (spec.initContainers ?? []).length > 0;
  const fallback = hasInit ? 'PodInitializing' : 'ContainerCreating';
  const init = (spec.initContainers ?? []).map((c) => v.init.get(c.name) ?? defaultStatus(c.name, c.image, fallback));
  let app = spec.containers.map((c) => v.app.get(c.name) ?? defaultStatus(c.name, c.image, fallback));
  // A Pod that has failed as a whole (its deadline passed) has no ready container, even while one is still being stopped.
  if (v.failure) app = app.map((s) => (s.ready ? { ...s, ready: false } : s));
  const phase = v.terminalPhase ?? getPhase(v.pod, init, app);
  const generation = v.pod.metadata?.generation;
  const status: PodStatus = {
    // The generation of the Pod this status was worked out from (KEP-5067).
    ...(generation !== undefined ? { observedGeneration: generation } : {}),
    phase,
    ...(v.failure ?? {}),
    conditions: conditions(v, init, app, phase),
    hostIP: v.hostIP,
    hostIPs: [{ ip: v.hostIP }],
    startTime: v.startTime,
    containerStatuses: app,
    qosClass: v.pod.status?.qosClass,
  };
  if (v.podIP) {
    status.podIP = v.podIP;
    status.podIPs = [{ ip: v.podIP }];
  }
  if (hasInit) status.initContainerStatuses = init;
  const ephemeral = spec.ephemeralContainers ?? [];
  if (ephemeral.length > 0) {
    status.ephemeralContainerStatuses = ephemeral.map((c) => v.ephemeral?.get(c.name) ?? withoutStarted(defaultStatus(c.name, c.image, fallback)));
  }
  return status;
}

/** The prober reports `started` for regular and init containers only. */
function withoutStarted(s: ContainerStatus): ContainerStatus {
  const { started: _started, ...rest } = s;
  return rest;
}

function defaultStatus(name: string, image: string | undefined, reason: string): ContainerStatus {
  return { name, state: { waiting: { reason } }, lastState: {}, ready: false, restartCount: 0, image: image ?? '', imageID: '', started: false };
}

/** getPhase: Pending until containers run, Running while any runs or will restart, then Succeeded/Failed. */
export function getPhase(pod: Pod, init: ContainerStatus[], app: ContainerStatus[]): 'Pending' | 'Running' | 'Succeeded' | 'Failed' {
  const spec = pod.spec!;
  let pendingInit = 0;
  let failedInit = 0;
  (spec.initContainers ?? []).forEach((c, i) => {
    const s = init[i]!;
    const sidecar = c.restartPolicy === 'Always';
    if (sidecar) {
      if (!(s.state?.running && s.started)) pendingInit++;
      return;
    }
    if (s.state?.terminated) {
      if (s.state.terminated.exitCode !== 0) failedInit++;
    } else if (s.state?.waiting && s.lastState?.terminated) {
      if (s.lastState.terminated.exitCode !== 0) failedInit++;
    } else pendingInit++;
  });
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const s of app) {
    if (s.state?.running) running++;
    else if (s.state?.terminated) {
      stopped++;
      if (s.state.terminated.exitCode === 0) succeeded++;
    } else if (s.lastState?.terminated) stopped++;
    else waiting++;
  }
  if (failedInit > 0 && spec.restartPolicy === 'Never') return 'Failed';
  if (pendingInit > 0 || failedInit > 0 || waiting > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (stopped > 0) {
    if (spec.restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (spec.restartPolicy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

function conditions(v: PodView, init: ContainerStatus[], app: ContainerStatus[], phase: string): PodCondition[] {
  const spec = v.pod.spec!;
  const terminalOk = phase === 'Succeeded';
  const initIncomplete = (spec.initContainers ?? [])
    .filter((c, i) => c.restartPolicy !== 'Always' && !(init[i]!.state?.terminated?.exitCode === 0))
    .map((c) => c.name);
  const initialized = terminalOk || initIncomplete.length === 0;
  const unready = app.filter((s) => !s.ready).map((s) => s.name);
  const ready = unready.length === 0 && phase === 'Running';
  const scheduled = (v.pod.status?.conditions ?? []).find((c) => c.type === 'PodScheduled');
  const out = [
    condition(v, 'PodReadyToStartContainers', v.sandboxReady),
    condition(v, 'Initialized', initialized, initialized ? undefined : ['ContainersNotInitialized', `containers with incomplete status: [${initIncomplete.join(' ')}]`]),
    condition(v, 'Ready', ready, ready ? undefined : readinessReason(phase, unready)),
    condition(v, 'ContainersReady', ready, ready ? undefined : readinessReason(phase, unready)),
  ];
  if (scheduled) out.push(scheduled);
  return out;
}

function readinessReason(phase: string, unready: string[]): [string, string] {
  if (phase === 'Succeeded') return ['PodCompleted', ''];
  if (phase === 'Failed') return ['PodFailed', ''];
  return ['ContainersNotReady', `containers with unready status: [${unready.join(' ')}]`];
}

/** A condition keeps its lastTransitionTime until its status actually changes. */
function condition(v: PodView, type: string, ok: boolean, why?: [string, string]): PodCondition {
  const status = ok ? 'True' : 'False';
  const before = v.previous?.conditions?.find((c) => c.type === type);
  const c: PodCondition = {
    type,
    ...(v.pod.metadata?.generation !== undefined ? { observedGeneration: v.pod.metadata.generation } : {}),
    status,
    lastProbeTime: null as unknown as string,
    lastTransitionTime: before && before.status === status ? before.lastTransitionTime : v.now,
  };
  if (why) {
    c.reason = why[0];
    if (why[1]) c.message = why[1];
  }
  return c;
}
