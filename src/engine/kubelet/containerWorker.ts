import { enqueueActions, sendParent, setup } from 'xstate';
import { eventRecorder } from '../api/eventRecorder';
import type { ContainerEvent, CriResponse } from '../containerRuntime/cri';
import { actorContext } from '../runtime/actor';
import { delay } from '../runtime/timers';
import { inBackoffSince, nextBackoff } from './backoff';
import {
  containerConfig,
  cri,
  initialStatus,
  onCrashLoop,
  onConfigError,
  onExited,
  onImageKnown,
  onPullBackOff,
  onPullFailed,
  onStarted,
  onStartFailed,
  setWaiting,
  updateOf,
} from './containerActions';
import { containerEvent } from './containerEvents';
import type { ContainerWorkerContext, ContainerWorkerEvent, ContainerWorkerInput } from './containerTypes';
import { shouldPull } from './imagePolicy';
import { endHook, graceAfterPreStop, hookFailedEvent, hookOf, hookResult, isHookEnd, runHook, stopWithPreStop, type HookDone } from './lifecycle';
import { applyProbeReport, killForProbe, probesToStart, probeWorkerId, probeWorkerInput } from './prober/containerProbes';
import { probeWorkerMachine, type ProbeReport } from './prober/worker';

/** A pod sync that found a container in back-off reports CrashLoopBackOff about a second after the exit. */
const RESYNC_MS = 1000;

type Ctx = ContainerWorkerContext;
const crashBackoffLeft = (c: Ctx) => Math.max(0, (c.exitedAt ?? 0) + (c.crashBackoff?.durationMs ?? 0) - c.net.now());
const pullBackoffLeft = (c: Ctx) => Math.max(0, (c.pullBackoff?.lastUpdate ?? 0) + (c.pullBackoff?.durationMs ?? 0) - c.net.now());

/** One timer per state that waits (XState's `after`, on the virtual clock: see runtime/timers.ts). */
const wait = {
  pullFailed: delay<'resync', Ctx>('resync', RESYNC_MS),
  neverPull: delay<'neverPullRetry', Ctx>('neverPullRetry', 10 * RESYNC_MS),
  pullBackOff: delay<'pullBackoffLeft', Ctx>('pullBackoffLeft', pullBackoffLeft),
  createFailed: delay<'crashBackoffLeft', Ctx>('crashBackoffLeft', crashBackoffLeft),
  crashLoop: delay<'crashBackoffLeft', Ctx>('crashBackoffLeft', crashBackoffLeft),
  crashLoopReport: delay<'resync', Ctx>('resync', RESYNC_MS),
};

/** A container waiting to try again (a failed pull, a crash loop) tries the new spec at once. */
const retryNewSpec = { target: 'checkingImage', actions: ['redefine', 'forgetBackoff'] } as const;

const answer = (ctx: ContainerWorkerContext, e: ContainerWorkerEvent): e is CriResponse =>
  e.type === 'cri.response' && e.requestId === ctx.pending;

/**
 * One container as the kubelet runs it (kuberuntime startContainer and the restart logic
 * of SyncPod): make sure the image is there, create, start, watch it run; when it exits,
 * restart it by the restart policy with CrashLoopBackOff between quick failures; on a stop
 * request, StopContainer with the grace period.
 */
export const containerWorkerMachine = setup({
  types: {} as { context: ContainerWorkerContext; events: ContainerWorkerEvent; input: ContainerWorkerInput },
  actors: { prober: probeWorkerMachine },
  guards: {
    ok: ({ context, event }) => answer(context, event) && event.ok,
    failed: ({ context, event }) => answer(context, event) && !event.ok,
    mustPull: ({ context, event }) => answer(context, event) && event.ok && shouldPull(context.container, event.present === true),
    present: ({ context, event }) => answer(context, event) && event.ok && event.present === true,
    exited: ({ context, event }) => event.type === 'cri.containerEvent' && event.event === 'exited' && event.containerId === context.containerId,
    restartNow: ({ context }) => wantsRestart(context) && !inBackoffSince(context.crashBackoff, context.exitedAt ?? 0, context.net.now()),
    restartLater: ({ context }) => wantsRestart(context),
    redefined: ({ context }) => context.redefined === true && context.stopGraceSeconds === undefined,
    hasRunningContainer: ({ context }) => context.status.state?.running !== undefined,
    probeKills: ({ event }) => event.type === 'probe.outcome' && event.set === 'failure' && event.probe !== 'Readiness',
    okWithPostStart: ({ context, event }) => answer(context, event) && event.ok && hookOf(context.container, 'PostStart') !== undefined,
    hookEnd: ({ context, event }) => isHookEnd(context, event),
    hookFailed: ({ event }) => event.type === 'hook.done' && event.failed !== undefined,
    configMissing: ({ context }) => context.configError !== undefined,
    stillMissing: ({ event }) => event.type === 'cw.config' && event.error !== undefined,
  },
  actions: {
    imageStatus: ({ context }) => cri(context, { type: 'cri.ImageStatus', image: context.container.image ?? '', step: 8 }),
    pull: ({ context }) => {
      containerEvent(context, 'Normal', 'Pulling', `Pulling image "${context.container.image ?? ''}"`);
      cri(context, { type: 'cri.PullImage', image: context.container.image ?? '', step: 8 });
    },
    pulled: ({ context, event }) => onImageKnown(context, event as CriResponse, true),
    alreadyPresent: ({ context, event }) => onImageKnown(context, event as CriResponse, false),
    pullFailed: ({ context, event }) => onPullFailed(context, event as CriResponse),
    pullBackOff: ({ context }) => onPullBackOff(context),
    neverPull: ({ context }) => {
      const message = `Container image "${context.container.image ?? ''}" is not present with pull policy of Never`;
      containerEvent(context, 'Warning', 'ErrImageNeverPull', message);
      setWaiting(context, 'ErrImageNeverPull', message);
    },
    create: ({ context }) =>
      cri(context, { type: 'cri.CreateContainer', sandboxId: context.sandboxId, config: containerConfig(context), step: 9 }),
    created: ({ context, event }) => {
      context.containerId = (event as CriResponse).containerId;
      containerEvent(context, 'Normal', 'Created', 'Container created');
    },
    createFailed: ({ context, event }) => {
      const error = (event as CriResponse).error ?? '';
      containerEvent(context, 'Warning', 'Failed', `Error: ${error}`);
      setWaiting(context, 'CreateContainerError', error);
    },
    start: ({ context }) => cri(context, { type: 'cri.StartContainer', containerId: context.containerId ?? '', step: 9 }),
    started: ({ context }) => onStarted(context),
    startFailed: ({ context, event }) => onStartFailed(context, (event as CriResponse).error ?? '', wantsRestart(context)),
    exited: ({ context, event }) => onExited(context, event as ContainerEvent),
    countFailure: ({ context }) => {
      context.crashBackoff = nextBackoff(context.crashBackoff, context.net.now());
    },
    crashLoop: ({ context }) => onCrashLoop(context),
    redefine: ({ context, event }) => {
      if (event.type !== 'cw.changed') return;
      context.container = event.container;
      // A waiting container reports the image it is to run; a running one the image it runs.
      if (context.status.state?.waiting) context.status = { ...context.status, image: event.container.image ?? '' };
    },
    // A new spec is a new back-off key (the container's hash is part of it): no waiting out the old one.
    forgetBackoff: ({ context }) => {
      context.crashBackoff = undefined;
      context.pullBackoff = undefined;
    },
    killForNewSpec: ({ context, self }) => {
      context.redefined = true;
      containerEvent(context, 'Normal', 'Killing', `Container ${context.container.name} definition changed, will be restarted`);
      stopWithPreStop(context, self, context.terminationGracePeriodSeconds ?? 30);
    },
    restartRedefined: ({ context }) => {
      context.redefined = false;
    },
    rememberGrace: ({ context, event }) => {
      if (event.type === 'cw.stop') context.stopGraceSeconds = event.graceSeconds;
    },
    stopContainer: ({ context, self }) => {
      containerEvent(context, 'Normal', 'Killing', `Stopping container ${context.container.name}`);
      stopWithPreStop(context, self, context.stopGraceSeconds ?? 30);
    },
    runPostStart: ({ context, self }) => runHook(context, self, 'PostStart'),
    configFailed: ({ context }) => onConfigError(context),
    configReady: ({ context, event }) => {
      if (event.type !== 'cw.config') return;
      context.container = event.container;
      context.configError = event.error;
    },
    hookEnd: enqueueActions(({ context, event, self, enqueue }) => {
      const result = hookResult(context, event);
      const run = endHook(context, self)!;
      enqueue.raise(run.type === 'PreStop' ? { ...result, graceLeft: graceAfterPreStop(context, run) } : result);
    }),
    // preStop ran out of the grace period: the kubelet stops waiting and gives the stop its two seconds.
    hookTimedOut: enqueueActions(({ context, self, enqueue }) => {
      if (endHook(context, self)) enqueue.raise({ type: 'hook.done', graceLeft: 2 });
    }),
    postStartFailed: ({ context, event }) => {
      context.hookFailure = (event as HookDone).failed ?? '';
      hookFailedEvent(context, 'PostStart', context.hookFailure);
      containerEvent(context, 'Normal', 'Killing', 'FailedPostStartHook');
      cri(context, { type: 'cri.StopContainer', containerId: context.containerId ?? '', timeoutSeconds: context.terminationGracePeriodSeconds ?? 30 });
    },
    // The sync that started it failed: the kubelet's reason cache shows why until the next start.
    postStartHookError: ({ context }) => setWaiting(context, 'PostStartHookError', context.hookFailure ?? ''),
    preStopDone: ({ context, event }) => {
      const done = event as HookDone;
      if (done.failed) hookFailedEvent(context, 'PreStop', done.failed);
      cri(context, { type: 'cri.StopContainer', containerId: context.containerId ?? '', timeoutSeconds: done.graceLeft ?? 2 });
    },
    startProbes: enqueueActions(({ context, enqueue }) => {
      for (const { id, input } of newProbeWorkers(context)) enqueue.spawnChild('prober', { id, systemId: input.self, input });
    }),
    stopProbes: enqueueActions(({ context, enqueue }) => {
      for (const id of context.probes) enqueue.stopChild(id);
      context.probes = [];
    }),
    probeOutcome: enqueueActions(({ context, event, enqueue }) => {
      const effect = applyProbeReport(context, event as ProbeReport);
      if (effect === 'startProbes') {
        for (const { id, input } of newProbeWorkers(context)) enqueue.spawnChild('prober', { id, systemId: input.self, input });
      }
      if (effect === 'changed' || effect === 'startProbes') enqueue.sendParent(updateOf(context));
    }),
    killForProbe: ({ context, self }) => stopWithPreStop(context, self, killForProbe(context)),
    notify: sendParent(({ context }) => updateOf(context)),
    notifyFinished: sendParent(({ context }) => updateOf(context, { finished: true })),
    notifyStopped: sendParent(({ context }) => updateOf(context, { stopped: true })),
  },
}).createMachine({
  id: 'container',
  context: ({ input }) =>
    actorContext<ContainerWorkerContext>(input, {
      nextRequest: 1,
      recorder: eventRecorder('kubelet', input.node),
      runtime: input.runtime,
      node: input.node,
      pod: input.pod,
      container: input.container,
      kind: input.kind,
      sandboxId: input.sandboxId,
      restartPolicy: input.restartPolicy,
      status: input.initialStatus ?? initialStatus(input),
      probes: [],
      ...(input.podIP ? { podIP: input.podIP } : {}),
      etcHosts: input.etcHosts,
      ...(input.configError ? { configError: input.configError } : {}),
      ...(input.terminationGracePeriodSeconds !== undefined ? { terminationGracePeriodSeconds: input.terminationGracePeriodSeconds } : {}),
      ...(input.pidTarget ? { pidTarget: input.pidTarget } : {}),
    }),
  initial: 'idle',
  on: {
    'cw.stop': { target: '.stopping', actions: 'rememberGrace' },
    'cw.changed': { actions: 'redefine' },
    'cri.response': { guard: 'hookEnd', actions: 'hookEnd' },
    'probe.answer': { guard: 'hookEnd', actions: 'hookEnd' },
    'after.hookSleep': { guard: 'hookEnd', actions: 'hookEnd' },
    'after.hookTimeout': { actions: 'hookTimedOut' },
    'hook.done': { actions: 'preStopDone' },
  },
  states: {
    idle: { on: { 'cw.start': [{ guard: 'configMissing', target: 'configError' }, { target: 'checkingImage' }] } },
    // CreateContainerConfigError: a ConfigMap or Secret its environment needs is missing;
    // each sync of the pod worker (every ten seconds) says why again, until what it needs is there.
    configError: {
      entry: ['configFailed', 'notify'],
      on: {
        'cw.config': [
          { guard: 'stillMissing', target: 'configError', reenter: true, actions: 'configReady' },
          { target: 'checkingImage', actions: 'configReady' },
        ],
      },
    },
    checkingImage: {
      entry: 'imageStatus',
      on: {
        'cri.response': [
          { guard: 'mustPull', target: 'pulling' },
          { guard: 'present', target: 'creating', actions: 'alreadyPresent' },
          { guard: 'ok', target: 'neverPull' },
          { guard: 'failed', target: 'pullFailed', actions: 'pullFailed' },
        ],
      },
    },
    pulling: {
      entry: 'pull',
      on: {
        'cri.response': [
          { guard: 'ok', target: 'creating', actions: 'pulled' },
          { guard: 'failed', target: 'pullFailed', actions: 'pullFailed' },
        ],
      },
    },
    pullFailed: { entry: ['notify', wait.pullFailed.start], exit: wait.pullFailed.stop, on: { [wait.pullFailed.event]: 'pullBackOff', 'cw.changed': retryNewSpec } },
    neverPull: { entry: ['neverPull', 'notify', wait.neverPull.start], exit: wait.neverPull.stop, on: { [wait.neverPull.event]: 'checkingImage', 'cw.changed': retryNewSpec } },
    pullBackOff: { entry: ['pullBackOff', 'notify', wait.pullBackOff.start], exit: wait.pullBackOff.stop, on: { [wait.pullBackOff.event]: 'checkingImage', 'cw.changed': retryNewSpec } },
    creating: {
      entry: 'create',
      on: {
        'cri.response': [
          { guard: 'ok', target: 'starting', actions: 'created' },
          { guard: 'failed', target: 'createFailed', actions: 'createFailed' },
        ],
      },
    },
    createFailed: { entry: ['notify', wait.createFailed.start], exit: wait.createFailed.stop, on: { [wait.createFailed.event]: 'checkingImage', 'cw.changed': retryNewSpec } },
    starting: {
      entry: 'start',
      on: {
        'cri.response': [
          { guard: 'okWithPostStart', target: 'postStart', actions: 'started' },
          { guard: 'ok', target: 'running', actions: 'started' },
          { guard: 'failed', target: 'exited', actions: 'startFailed' },
        ],
      },
    },
    // The container runs, but the kubelet reports it only once its postStart hook is done.
    postStart: {
      entry: 'runPostStart',
      on: {
        'hook.done': [{ guard: 'hookFailed', target: 'postStartFailed' }, { target: 'running' }],
        'cri.containerEvent': { guard: 'exited', target: 'exited', actions: 'exited' },
      },
    },
    postStartFailed: {
      entry: 'postStartFailed',
      on: { 'cri.containerEvent': { guard: 'exited', target: 'exited', actions: ['exited', 'postStartHookError'] } },
    },
    running: {
      entry: ['notify', 'startProbes'],
      exit: 'stopProbes',
      on: {
        'cri.containerEvent': { guard: 'exited', target: 'exited', actions: 'exited' },
        'probe.outcome': [
          { guard: 'probeKills', target: 'killing', actions: 'probeOutcome' },
          { actions: 'probeOutcome' },
        ],
        'cw.changed': { target: 'redefining', actions: 'redefine' },
      },
    },
    // Its spec changed under it (kuberuntime computePodActions: "definition changed"): stop
    // it with the grace period, then start it again from the new spec.
    redefining: {
      entry: 'killForNewSpec',
      on: { 'cri.containerEvent': { guard: 'exited', target: 'exited', actions: 'exited' } },
    },
    // A failed liveness (or startup) probe: stop the container with the grace period; its
    // exit then goes through the restart policy like any other.
    killing: {
      entry: 'killForProbe',
      on: { 'cri.containerEvent': { guard: 'exited', target: 'exited', actions: 'exited' } },
    },
    exited: {
      always: [
        { guard: 'redefined', target: 'checkingImage', actions: ['restartRedefined', 'notify'] },
        { guard: 'restartNow', target: 'checkingImage', actions: ['countFailure', 'notify'] },
        { guard: 'restartLater', target: 'crashLoop', actions: 'notify' },
        { target: 'finished' },
      ],
    },
    crashLoop: {
      initial: 'reporting',
      states: {
        reporting: {
          entry: wait.crashLoopReport.start,
          exit: wait.crashLoopReport.stop,
          on: { [wait.crashLoopReport.event]: { target: 'waiting', actions: ['crashLoop', 'notify'] } },
        },
        waiting: {},
      },
      entry: wait.crashLoop.start,
      exit: wait.crashLoop.stop,
      on: { [wait.crashLoop.event]: { target: 'checkingImage', actions: 'countFailure' }, 'cw.changed': retryNewSpec },
    },
    finished: { entry: 'notifyFinished' },
    stopping: {
      always: { guard: ({ context }) => context.status.state?.running === undefined, target: 'stopped' },
      entry: 'stopContainer',
      on: {
        'cri.containerEvent': { guard: 'exited', actions: 'exited' },
        'cri.response': { guard: 'ok', target: 'stopped' },
      },
    },
    stopped: { type: 'final', entry: 'notifyStopped' },
  },
});

/** The probe workers this run of the container should have and does not have yet. */
function newProbeWorkers(ctx: ContainerWorkerContext) {
  const out = [];
  for (const type of probesToStart(ctx)) {
    const id = probeWorkerId(type);
    if (ctx.probes.includes(id)) continue;
    ctx.probes.push(id);
    out.push({ id, input: probeWorkerInput(ctx, type) });
  }
  return out;
}

function wantsRestart(ctx: ContainerWorkerContext): boolean {
  const code = ctx.status.state?.terminated?.exitCode ?? 0;
  if (ctx.stopGraceSeconds !== undefined) return false;
  if (ctx.restartPolicy === 'Always') return true;
  return ctx.restartPolicy === 'OnFailure' && code !== 0;
}
