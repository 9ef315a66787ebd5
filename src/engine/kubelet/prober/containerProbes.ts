// The container worker's side of the prober (prober_manager.go and the liveness/startup
// handling of kuberuntime's computePodActions): which probe workers a running container
// gets, what each result does to the container's status, and the kill that follows a
// failed liveness or startup probe.
import { containerEvent } from '../containerEvents';
import type { ContainerWorkerContext } from '../containerTypes';
import { probeOf, unhealthyMessage, type ProbeType } from './spec';
import type { ProbeReport, ProbeWorkerInput } from './worker';

/** The probe workers to start now: the startup probe alone until it has succeeded. */
export function probesToStart(ctx: ContainerWorkerContext): ProbeType[] {
  const c = ctx.container;
  if (c.startupProbe && !ctx.status.started) return ['Startup'];
  return (['Liveness', 'Readiness'] as const).filter((t) => probeOf(c, t) !== undefined);
}

export function probeWorkerId(type: ProbeType): string {
  return `probe-${type.toLowerCase()}`;
}

export function probeWorkerInput(ctx: ContainerWorkerContext, type: ProbeType): ProbeWorkerInput {
  return {
    self: `${ctx.self}/${type.toLowerCase()}`,
    net: ctx.net,
    seed: `${ctx.pod.uid}/${ctx.container.name}/${type}`,
    epoch: ctx.epoch,
    runtime: ctx.runtime,
    pod: ctx.pod,
    container: ctx.container,
    type,
    containerId: ctx.containerId ?? '',
    podIP: ctx.podIP ?? '',
    startedAt: ctx.startedAtMs ?? ctx.net.now(),
  };
}

/** Ready and started when the container starts: a probe that has not succeeded yet holds them back. */
export function readinessAtStart(ctx: ContainerWorkerContext): { ready: boolean; started: boolean } {
  const started = !ctx.container.startupProbe;
  return { started, ready: started && !ctx.container.readinessProbe };
}

export type ProbeEffect = 'kill' | 'changed' | 'startProbes' | undefined;

/**
 * Record the probe's Unhealthy event, then apply the result it set: readiness flips
 * `ready`; a startup success marks the container started and lets the other probes run;
 * a liveness or startup failure means the container must be killed.
 */
export function applyProbeReport(ctx: ContainerWorkerContext, r: ProbeReport): ProbeEffect {
  if (r.outcome.result !== 'success') containerEvent(ctx, 'Warning', 'Unhealthy', unhealthyMessage(r.probe, r.outcome));
  if (!r.set) return undefined;
  if (r.probe === 'Readiness') {
    const ready = r.set === 'success' && ctx.status.started === true;
    if (ctx.status.ready === ready) return undefined;
    ctx.status = { ...ctx.status, ready };
    return 'changed';
  }
  if (r.set === 'failure') {
    ctx.killedBy = r.probe;
    return 'kill';
  }
  if (r.probe === 'Startup') {
    ctx.status = { ...ctx.status, started: true, ready: !ctx.container.readinessProbe };
    return 'startProbes';
  }
  return undefined;
}

/** `Container kubia failed liveness probe, will be restarted`, then StopContainer with the probe's grace period. */
export function killForProbe(ctx: ContainerWorkerContext): number {
  const type = ctx.killedBy ?? 'Liveness';
  const restart = ctx.restartPolicy !== 'Never';
  const message = `Container ${ctx.container.name} failed ${type.toLowerCase()} probe${restart ? ', will be restarted' : ''}`;
  containerEvent(ctx, 'Normal', 'Killing', message);
  return probeOf(ctx.container, type)?.terminationGracePeriodSeconds ?? ctx.terminationGracePeriodSeconds ?? 30;
}
