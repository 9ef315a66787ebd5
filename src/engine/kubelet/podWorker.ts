import { enqueueActions, setup } from 'xstate';
import type { Container } from '../api/objects';
import { eventRecorder } from '../api/eventRecorder';
import type { CriResponse } from '../containerRuntime/cri';
import { actorContext } from '../runtime/actor';
import { delay, raiseLater } from '../runtime/timers';
import type { ApiResponse } from '../api/protocol';
import { timestamp } from '../runtime/time';
import { containerWorkerMachine } from './containerWorker';
import type { ContainerKind, ContainerUpdate, ContainerWorkerInput } from './containerTypes';
import { execInContainer, onExecResult, type ExecRequest } from './exec';
import { onLogChunk, onLogRead, onLogsClose, readLogs } from './logs';
import { endPortForwards, onPortForwardClose, onPortForwardResult, portForward, type PortForwardClose, type PortForwardRequest } from './portForward';
import { criCall, deleteFromApi, podEvent, reportStatus, runPodSandbox, withEnv, workerInput } from './podActions';
import { fetchSources, isSourceAnswer, onSourceAnswer, sourcesOf, volumeProblem } from './podConfig';
import { armDeadline, deadlineExceeded, pastDeadline } from './activeDeadline';
import type { LogRequest, PodWorkerContext, PodWorkerEvent, PodWorkerInput } from './podTypes';

/** A sandbox that failed to start is tried again after a while. */
const sandboxRetry = delay<'10s', PodWorkerContext>('10s', 10_000);

/** The volume manager's retry after FailedMount: from 500 ms, doubling, at most 2m2s (exponentialbackoff). */
const mountRetry = delay<'mountBackoff', PodWorkerContext>('mountBackoff', (c) => Math.min(122_000, 500 * 2 ** Math.max(0, (c.mountFailures ?? 1) - 1)));

/** While a container lacks a ConfigMap or Secret, the kubelet reads them again every ten seconds. */
const REFETCH_MS = 10_000;

/** While a container waits on a ConfigMap or Secret, read the sources again in ten seconds. */
function refetchLater(ctx: PodWorkerContext, self: Parameters<typeof raiseLater>[0]): void {
  if (ctx.configErrors?.size) raiseLater(self, ctx.net, REFETCH_MS, { type: 'pw.refetch' }, 'refetch');
}

const isAnswer = (ctx: PodWorkerContext, e: PodWorkerEvent): e is CriResponse =>
  e.type === 'cri.response' && e.requestId === ctx.pendingCri;

/**
 * The kubelet's pod worker for one Pod (pod_workers.go + SyncPod): create the sandbox,
 * run the init containers one at a time (each must exit 0), start the app containers in
 * order, keep the status up to date; when the Pod is deleted, stop every container within
 * the grace period, tear down the sandbox and remove the Pod from the API.
 */
export const podWorkerMachine = setup({
  types: {} as { context: PodWorkerContext; events: PodWorkerEvent; input: PodWorkerInput },
  actors: { container: containerWorkerMachine },
  guards: {
    sandboxOk: ({ context, event }) => isAnswer(context, event) && event.ok,
    sandboxFailed: ({ context, event }) => isAnswer(context, event) && !event.ok,
    answered: ({ context, event }) => isAnswer(context, event),
    hasInit: ({ context }) => (context.pod.spec?.initContainers ?? []).length > 0,
    initFailedForGood: ({ context }) => context.terminalPhase === 'Failed',
    initDone: ({ context }) => context.initIndex >= (context.pod.spec?.initContainers ?? []).length,
    appsAttempted: ({ context }) => context.attempted.size >= (context.pod.spec?.containers ?? []).length,
    allFinished: ({ context }) => (context.pod.spec?.containers ?? []).every((c) => context.finished.has(c.name)),
    allStopped: ({ context }) => [...context.workers].every((n) => context.stopped.has(n)),
    startTermination: ({ context }) => context.deleting !== undefined && !context.terminating,
    sandboxInFlight: ({ context }) => context.pendingCri !== undefined && !context.sandboxId,
    noSandbox: ({ context }) => !context.sandboxId,
    noSources: ({ context }) => context.sources === undefined && sourcesOf(context.pod).length === 0,
    sourceAnswer: ({ context, event }) => isSourceAnswer(context, event as { type: string; id?: string }),
    volumeMissing: ({ context }) => volumeProblem(context) !== undefined,
    pastDeadline: ({ context }) => pastDeadline(context),
  },
  actions: {
    reportStatus: ({ context }) => reportStatus(context),
    fetchSources: enqueueActions(({ context, enqueue }) => {
      if (fetchSources(context) === 0) enqueue.raise({ type: 'pw.sourcesDone' });
    }),
    sourceAnswer: enqueueActions(({ context, event, enqueue }) => {
      if (onSourceAnswer(context, event as ApiResponse)) enqueue.raise({ type: 'pw.sourcesDone' });
    }),
    failedMount: ({ context }) => {
      context.mountFailures = (context.mountFailures ?? 0) + 1;
      podEvent(context, 'Warning', 'FailedMount', volumeProblem(context)!);
    },
    // Sources read again for containers still waiting on one: hand over those now complete.
    retryConfig: enqueueActions(({ context, enqueue, self }) => {
      for (const name of context.configErrors ?? []) {
        const c = [...(context.pod.spec?.initContainers ?? []), ...(context.pod.spec?.containers ?? [])].find((x) => x.name === name);
        if (!c) continue;
        const made = withEnv(context, c);
        if (!made.error) context.configErrors!.delete(name);
        enqueue.sendTo(name, { type: 'cw.config', container: made.container, ...(made.error ? { error: made.error } : {}) });
      }
      refetchLater(context, self);
    }),
    scheduleRefetch: ({ context, self }) => refetchLater(context, self),
    runPodSandbox: ({ context }) => runPodSandbox(context),
    sandboxCreated: ({ context, event }) => {
      const e = event as CriResponse;
      context.sandboxId = e.sandboxId;
      if (e.podIP) context.podIP = e.podIP;
      context.sandboxReady = true;
      context.pendingCri = undefined;
    },
    sandboxFailed: ({ context, event }) =>
      podEvent(context, 'Warning', 'FailedCreatePodSandBox', `Failed to create pod sandbox: ${(event as CriResponse).error ?? ''}`),
    record: ({ context, event }) => record(context, event as ContainerUpdate),
    startNextInit: enqueueActions(({ context, enqueue }) => {
      const c = (context.pod.spec?.initContainers ?? [])[context.initIndex];
      if (!c || context.workers.has(c.name)) return;
      const input = newWorker(context, c, c.restartPolicy === 'Always' ? 'sidecar' : 'init');
      enqueue.spawnChild('container', { id: c.name, systemId: input.self, input });
      enqueue.sendTo(c.name, { type: 'cw.start' });
    }),
    startEphemerals: enqueueActions(({ context, enqueue }) => {
      for (const input of ephemeralsToStart(context)) {
        enqueue.spawnChild('container', { id: input.container.name, systemId: input.self, input });
        enqueue.sendTo(input.container.name, { type: 'cw.start' });
      }
    }),
    startNextApp: enqueueActions(({ context, enqueue }) => {
      const c = (context.pod.spec?.containers ?? [])[context.appStarted];
      if (!c) return;
      context.appStarted += 1;
      const input = newWorker(context, c, 'app');
      enqueue.spawnChild('container', { id: c.name, systemId: input.self, input });
      enqueue.sendTo(c.name, { type: 'cw.start' });
    }),
    completed: ({ context }) => {
      const spec = context.pod.spec!;
      const codes = spec.containers.map((c) => context.app.get(c.name)?.state?.terminated?.exitCode ?? 0);
      context.terminalPhase ??= codes.every((c) => c === 0) ? 'Succeeded' : 'Failed';
    },
    stopSandbox: ({ context }) => {
      context.sandboxReady = false;
      endPortForwards(context);
      if (context.sandboxId) criCall(context, { type: 'cri.StopPodSandbox', sandboxId: context.sandboxId });
    },
    removeSandbox: ({ context }) => {
      if (context.sandboxId) criCall(context, { type: 'cri.RemovePodSandbox', sandboxId: context.sandboxId });
    },
    stopAll: enqueueActions(({ context, enqueue }) => {
      const graceSeconds = context.deleting?.graceSeconds ?? context.pod.spec?.terminationGracePeriodSeconds ?? 30;
      for (const name of context.workers) {
        if (!context.stopped.has(name)) enqueue.sendTo(name, { type: 'cw.stop', graceSeconds });
      }
    }),
    armDeadline: ({ context, self }) => armDeadline(context, self),
    deadlineExceeded: ({ context }) => deadlineExceeded(context),
    terminalOnDelete: ({ context }) => {
      const statuses = [...context.app.values()];
      context.terminalPhase ??= statuses.every((s) => (s.state?.terminated?.exitCode ?? 0) === 0) ? 'Succeeded' : 'Failed';
    },
    deleteFromApi: ({ context }) => {
      if (!context.deleting?.apiGone) deleteFromApi(context);
    },
    onUpdate: enqueueActions(({ context, event, enqueue, self }) => {
      if (event.type !== 'pw.update' && event.type !== 'pw.deleted') return;
      const before = context.pod.spec?.containers ?? [];
      // A new generation of the spec: the sync that sees it reports it (status.observedGeneration).
      const newGeneration = event.pod.metadata?.generation !== context.pod.metadata?.generation;
      // activeDeadlineSeconds may be set or shortened on a running Pod.
      if (event.pod.spec?.activeDeadlineSeconds !== context.pod.spec?.activeDeadlineSeconds) enqueue(({ context: c }) => armDeadline(c, self));
      context.pod = { ...event.pod, status: context.pod.status };
      // A container whose image changed is restarted with it by its worker.
      for (const c of event.pod.spec?.containers ?? []) {
        const was = before.find((b) => b.name === c.name);
        if (was && was.image !== c.image && context.workers.has(c.name)) enqueue.sendTo(c.name, { type: 'cw.changed', container: withEnv(context, c).container });
      }
      // `kubectl debug` added a container: only then is there anything to start.
      if (event.pod.spec?.ephemeralContainers?.length) enqueue.raise({ type: 'pw.ephemeral' });
      const m = event.pod.metadata;
      if (m?.deletionTimestamp && !context.deleting) {
        context.deleting = { graceSeconds: m.deletionGracePeriodSeconds ?? 30, apiGone: event.type === 'pw.deleted' };
      } else if (event.type === 'pw.deleted') {
        context.deleting = { graceSeconds: context.deleting?.graceSeconds ?? 0, apiGone: true };
      }
      if (newGeneration && event.type === 'pw.update') enqueue(({ context: c }) => reportStatus(c));
    }),
    readLogs: ({ context, event }) => readLogs(context, event as LogRequest),
    logRead: ({ context, event }) => onLogRead(context, event as CriResponse),
    exec: ({ context, event }) => execInContainer(context, event as ExecRequest),
    execResult: ({ context, event }) => onExecResult(context, event as CriResponse),
  },
}).createMachine({
  id: 'pod',
  context: ({ input }) =>
    actorContext<PodWorkerContext>(input, {
      nextRequest: 1,
      recorder: eventRecorder('kubelet', input.host.node),
      host: input.host,
      pod: input.pod,
      uid: input.pod.metadata?.uid ?? '',
      sandboxReady: false,
      init: new Map(),
      app: new Map(),
      initIndex: 0,
      appStarted: 0,
      attempted: new Set(),
      finished: new Set(),
      stopped: new Set(),
      workers: new Set(),
      startTime: timestamp(input.epoch, input.net.now()),
    }),
  on: {
    'pw.update': { actions: 'onUpdate' },
    'pw.deleted': { actions: 'onUpdate' },
    'kubelet.logs': { actions: 'readLogs' },
    'kubelet.logs.close': { actions: ({ context, event }) => onLogsClose(context, event) },
    'cri.logChunk': { actions: ({ context, event }) => onLogChunk(context, event) },
    'kubelet.exec': { actions: 'exec' },
    'kubelet.attach': { actions: 'exec' },
    'kubelet.portforward': { actions: ({ context, event }) => portForward(context, event as PortForwardRequest) },
    'kubelet.portforward.close': { actions: ({ context, event }) => onPortForwardClose(context, event as PortForwardClose) },
    'cri.response': [
      { guard: ({ context, event }) => context.logReads?.has(event.requestId) === true, actions: 'logRead' },
      { guard: ({ context, event }) => context.execs?.has(event.requestId) === true, actions: 'execResult' },
      { guard: ({ context, event }) => context.forwardCalls?.has(event.requestId) === true, actions: ({ context, event }) => onPortForwardResult(context, event) },
    ],
    'api.response': { guard: 'sourceAnswer', actions: 'sourceAnswer' },
    'pw.refetch': { actions: 'fetchSources' },
    'pw.ephemeral': { actions: 'startEphemerals' },
    'pw.deadline': { guard: 'pastDeadline', target: '.deadlineExceeded' },
    'pw.sourcesDone': { actions: 'retryConfig' },
  },
  always: { guard: 'startTermination', target: '.terminating' },
  initial: 'volumes',
  states: {
    // The volume manager first: configMap and secret volumes need their objects from the API.
    volumes: {
      always: { guard: 'noSources', target: 'sandbox' },
      entry: ['armDeadline', 'reportStatus', 'fetchSources'],
      on: { 'pw.sourcesDone': [{ guard: 'volumeMissing', target: 'mountBackoff', actions: 'failedMount' }, { target: 'sandbox' }] },
    },
    mountBackoff: { entry: mountRetry.start, exit: mountRetry.stop, on: { [mountRetry.event]: 'volumes' } },
    sandbox: {
      entry: ['reportStatus', 'runPodSandbox'],
      on: {
        'cri.response': [
          { guard: 'sandboxOk', target: 'initializing', actions: ['sandboxCreated', 'reportStatus'] },
          { guard: 'sandboxFailed', target: 'sandboxBackoff', actions: 'sandboxFailed' },
        ],
      },
    },
    sandboxBackoff: { entry: sandboxRetry.start, exit: sandboxRetry.stop, on: { [sandboxRetry.event]: 'sandbox' } },
    initializing: {
      entry: ['startEphemerals', 'startNextInit'],
      always: [{ guard: 'initFailedForGood', target: 'completed' }, { guard: 'initDone', target: 'startingApps' }],
      on: { 'container.update': { actions: ['record', 'startNextInit', 'reportStatus'] } },
    },
    startingApps: {
      entry: ['startNextApp', 'scheduleRefetch'],
      always: { guard: 'appsAttempted', target: 'running' },
      on: { 'container.update': { actions: ['record', 'startNextApp', 'reportStatus'] } },
    },
    running: {
      always: { guard: 'allFinished', target: 'completed' },
      on: { 'container.update': { actions: ['record', 'reportStatus'] } },
    },
    // Past activeDeadlineSeconds: the Pod has failed; its containers are stopped, then its sandbox.
    deadlineExceeded: {
      entry: ['deadlineExceeded', 'stopAll', 'reportStatus'],
      always: { guard: 'allStopped', target: 'completed' },
      on: { 'container.update': { actions: ['record', 'reportStatus'] } },
    },
    completed: {
      entry: ['completed', 'stopSandbox', 'reportStatus'],
      on: { 'container.update': { actions: ['record', 'reportStatus'] } },
    },
    terminating: {
      entry: [({ context }) => (context.terminating = true), 'stopAll', 'reportStatus'],
      always: { guard: 'allStopped', target: 'stoppingSandbox' },
      on: { 'container.update': { actions: ['record', 'reportStatus'] } },
    },
    stoppingSandbox: {
      initial: 'check',
      states: {
        check: {
          always: [
            { guard: 'sandboxInFlight', target: 'awaitingSandbox' },
            { guard: 'noSandbox', target: '#pod.removing' },
            { target: 'stopping' },
          ],
        },
        awaitingSandbox: {
          on: {
            'cri.response': [
              { guard: 'sandboxOk', target: 'check', actions: 'sandboxCreated' },
              { guard: 'answered', target: 'check', actions: ({ context }) => (context.pendingCri = undefined) },
            ],
          },
        },
        stopping: {
          entry: ['stopSandbox', 'terminalOnDelete'],
          on: { 'cri.response': { guard: 'answered', target: '#pod.removing' } },
        },
      },
    },
    removing: {
      entry: ['removeSandbox', 'reportStatus', 'deleteFromApi'],
      type: 'final',
    },
  },
});

/**
 * SyncPod's step for ephemeral containers (`kubectl debug`): once the sandbox is up, each
 * one not yet started is started — before any init container, so that a Pod that cannot
 * initialise can still be debugged — and never restarted. Not in a Pod that is finished
 * or being torn down.
 */
function ephemeralsToStart(ctx: PodWorkerContext): ContainerWorkerInput[] {
  if (!ctx.sandboxReady || ctx.terminating || ctx.deleting || ctx.terminalPhase) return [];
  const inputs = (ctx.pod.spec?.ephemeralContainers ?? []).filter((ec) => !ctx.workers.has(ec.name)).map((ec) => newWorker(ctx, ec as Container, 'ephemeral'));
  if (inputs.length > 0) reportStatus(ctx);
  return inputs;
}

function newWorker(ctx: PodWorkerContext, c: Container, kind: ContainerKind) {
  ctx.workers.add(c.name);
  return workerInput(ctx, c, kind);
}

/** Fold a container worker's news into what the pod worker knows. */
function record(ctx: PodWorkerContext, u: ContainerUpdate): void {
  if (u.stopped) ctx.stopped.add(u.name);
  if (u.kind === 'ephemeral') {
    (ctx.ephemeral ??= new Map()).set(u.name, u.status);
    return;
  }
  (u.kind === 'app' ? ctx.app : ctx.init).set(u.name, u.status);
  if (u.kind === 'app') {
    const waiting = u.status.state?.waiting?.reason;
    if (u.running || u.finished || (waiting && waiting !== 'ContainerCreating' && waiting !== 'PodInitializing')) ctx.attempted.add(u.name);
    if (u.finished) ctx.finished.add(u.name);
    else ctx.finished.delete(u.name);
    return;
  }
  const initContainers = ctx.pod.spec?.initContainers ?? [];
  const current = initContainers[ctx.initIndex];
  if (current?.name !== u.name) return;
  const code = u.status.state?.terminated?.exitCode;
  if (u.kind === 'sidecar' && u.running) ctx.initIndex += 1;
  else if (u.finished && code === 0) ctx.initIndex += 1;
  else if (u.finished && ctx.pod.spec?.restartPolicy === 'Never') ctx.terminalPhase = 'Failed';
}
