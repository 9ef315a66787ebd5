// The READY, STATUS and RESTARTS columns of `kubectl get pods`: a port of printPod in
// kubernetes pkg/printers/internalversion/printers.go (v1.35). STATUS is not the pod
// phase: it is the most telling reason found in the container statuses — the first
// failing init container, or the lowest-index app container that is waiting or
// terminated — so a crashing pod reads `CrashLoopBackOff` while its phase is Running.
import type { Container, ContainerStatus, Pod } from '../../api/objects';
import { humanDuration, parseTime } from './duration';

export interface PodSummary {
  ready: string;
  status: string;
  restarts: number;
  /** Epoch ms of the newest lastState.terminated.finishedAt counted, if any. */
  lastRestart: number | undefined;
}

/** A sidecar: an init container with restartPolicy Always, running beside the app. */
export function isRestartableInitContainer(c: Container | undefined): boolean {
  return c?.restartPolicy === 'Always';
}

function conditionTrue(pod: Pod, type: string): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');
}

function terminatedReason(prefix: string, t: { reason?: string; signal?: number; exitCode: number }): string {
  if (t.reason) return prefix + t.reason;
  return t.signal ? `${prefix}Signal:${t.signal}` : `${prefix}ExitCode:${t.exitCode}`;
}

class Tally {
  restarts = 0;
  lastRestart: number | undefined;
  count(s: ContainerStatus): void {
    this.restarts += s.restartCount ?? 0;
    const finished = parseTime(s.lastState?.terminated?.finishedAt);
    if (finished !== undefined && (this.lastRestart === undefined || finished > this.lastRestart)) {
      this.lastRestart = finished;
    }
  }
}

interface InitResult {
  reason: string | undefined;
  initializing: boolean;
  readySidecars: number;
}

/** Walk init container statuses in order; stop at the first one still holding the pod back. */
function initContainersState(pod: Pod, all: Tally, sidecars: Tally): InitResult {
  const specs = new Map((pod.spec?.initContainers ?? []).map((c) => [c.name, c]));
  const total = pod.spec?.initContainers?.length ?? 0;
  let readySidecars = 0;
  const statuses = pod.status?.initContainerStatuses ?? [];
  for (let i = 0; i < statuses.length; i++) {
    const s = statuses[i] as ContainerStatus;
    const sidecar = isRestartableInitContainer(specs.get(s.name));
    all.count(s);
    if (sidecar) sidecars.count(s);
    const terminated = s.state?.terminated;
    const waiting = s.state?.waiting;
    if (terminated && terminated.exitCode === 0) continue;
    if (sidecar && s.started) {
      if (s.ready) readySidecars++;
      continue;
    }
    let reason: string;
    if (terminated) reason = terminatedReason('Init:', terminated);
    else if (waiting?.reason && waiting.reason !== 'PodInitializing') reason = 'Init:' + waiting.reason;
    else reason = `Init:${i}/${total}`;
    return { reason, initializing: true, readySidecars };
  }
  return { reason: undefined, initializing: false, readySidecars };
}

/** The printPod algorithm: READY, STATUS and the RESTARTS count of one pod. */
export function summarizePod(pod: Pod): PodSummary {
  let reason: string = pod.status?.reason || pod.status?.phase || '';
  if ((pod.status?.conditions ?? []).some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) {
    reason = 'SchedulingGated';
  }
  const initSpecs = pod.spec?.initContainers ?? [];
  const total = (pod.spec?.containers?.length ?? 0) + initSpecs.filter(isRestartableInitContainer).length;
  const all = new Tally();
  const sidecars = new Tally();
  const init = initContainersState(pod, all, sidecars);
  if (init.reason !== undefined) reason = init.reason;
  let ready = init.readySidecars;
  let tally = all;
  if (!init.initializing || conditionTrue(pod, 'Initialized')) {
    // Once initialized, only sidecar restarts count among init containers.
    tally = sidecars;
    let hasRunning = false;
    const statuses = pod.status?.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const s = statuses[i] as ContainerStatus;
      tally.count(s);
      const { waiting, terminated, running } = s.state ?? {};
      if (waiting?.reason) reason = waiting.reason;
      else if (terminated) reason = terminatedReason('', terminated);
      else if (s.ready && running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) reason = conditionTrue(pod, 'Ready') ? 'Running' : 'NotReady';
  }
  const phase = pod.status?.phase;
  if (pod.metadata?.deletionTimestamp && pod.status?.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata?.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed') reason = 'Terminating';
  return { ready: `${ready}/${total}`, status: reason, restarts: tally.restarts, lastRestart: tally.lastRestart };
}

/** The STATUS column of `kubectl get pods`. */
export function podStatusReason(pod: Pod): string {
  return summarizePod(pod).status;
}

/** The READY column: ready/total, sidecars counted in both. */
export function podReady(pod: Pod): string {
  return summarizePod(pod).ready;
}

/** The RESTARTS column: `5 (23s ago)`, the age of the newest container termination. */
export function podRestarts(pod: Pod, now: number): string {
  const { restarts, lastRestart } = summarizePod(pod);
  if (restarts === 0 || lastRestart === undefined) return String(restarts);
  return `${restarts} (${humanDuration(now - lastRestart)} ago)`;
}
