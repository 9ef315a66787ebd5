import { enqueueActions, sendParent, setup } from 'xstate';
import type { Container } from '../../api/objects';
import type { CriRequest, CriResponse } from '../../containerRuntime/cri';
import { actorContext, type ActorBase, type ActorInput } from '../../runtime/actor';
import { delay, type DelayEvent } from '../../runtime/timers';
import type { PodIdentity } from '../containerTypes';
import type { ProbeAnswer, ProbeRun } from './messages';
import {
  actionLabel,
  execOutcome,
  grpcOutcome,
  httpOutcome,
  probeAction,
  probeOf,
  probeTiming,
  tcpOutcome,
  type ProbeAction,
  type ProbeOutcome,
  type ProbeTiming,
  type ProbeType,
} from './spec';

export interface ProbeWorkerInput extends ActorInput {
  runtime: string;
  pod: PodIdentity;
  container: Container;
  type: ProbeType;
  containerId: string;
  podIP: string;
  /** Virtual ms the container started: initialDelaySeconds counts from there. */
  startedAt: number;
}

type Result = 'success' | 'failure';

interface ProbeWorkerContext extends ActorBase {
  nextRequest: number;
  runtime: string;
  pod: PodIdentity;
  container: string;
  type: ProbeType;
  timing: ProbeTiming;
  action: ProbeAction | { error: string };
  containerId: string;
  podIP: string;
  startedAt: number;
  /** doProbe's lastResult and resultRun: how many probes in a row gave it. */
  lastResult?: Result;
  resultRun: number;
  /** After a liveness failure or any startup result the worker stops, until a new container. */
  onHold: boolean;
  pending?: string;
}

/** What a probe worker tells its container worker after every probe. */
export interface ProbeReport {
  type: 'probe.outcome';
  probe: ProbeType;
  outcome: ProbeOutcome;
  /** The result the results manager now holds, when a threshold was reached. */
  set?: Result;
}

/** What ends one probe: the container's answer, CRI's (exec), or an outcome decided here. */
type ProbeEnd = ProbeAnswer | CriResponse | { type: 'probe.done'; outcome: ProbeOutcome };
type ProbeWorkerEvent = ProbeEnd | DelayEvent<'initialDelay' | 'timeout' | 'period'>;

type Ctx = ProbeWorkerContext;
/** The waits of a probe (XState's `after`, on the virtual clock: see runtime/timers.ts). */
const wait = {
  initialDelay: delay<'initialDelay', Ctx>('initialDelay', (c) => Math.max(0, c.startedAt + c.timing.initialDelayMs - c.net.now())),
  timeout: delay<'timeout', Ctx>('timeout', (c) => c.timing.timeoutMs),
  period: delay<'period', Ctx>('period', (c) => c.timing.periodMs),
};

/** The initial value of each results manager: not ready, alive, not yet started. */
function initialResult(type: ProbeType): Result | undefined {
  if (type === 'Readiness') return 'failure';
  if (type === 'Liveness') return 'success';
  return undefined;
}

/**
 * One probe of one container (pkg/kubelet/prober/worker.go): wait out initialDelaySeconds,
 * then probe every periodSeconds; a result only counts once it has come successThreshold
 * (or failureThreshold) times in a row. Every probe is one message from the kubelet's
 * prober to the container (CRI ExecSync for exec probes); the outcome goes to the
 * container worker, which records Unhealthy events and acts on the result.
 */
export const probeWorkerMachine = setup({
  types: {} as { context: ProbeWorkerContext; events: ProbeWorkerEvent; input: ProbeWorkerInput },
  guards: {
    answered: ({ context, event }) => (event.type === 'probe.answer' || event.type === 'cri.response') && event.requestId === context.pending,
    onHold: ({ context }) => context.onHold,
  },
  actions: {
    probe: enqueueActions(({ context, enqueue }) => {
      if ('error' in context.action) enqueue.raise({ type: 'probe.done', outcome: { result: 'unknown', output: context.action.error } });
      else send(context, context.action);
    }),
    timedOut: enqueueActions(({ context, enqueue }) => {
      context.pending = undefined;
      const command = 'command' in context.action ? context.action.command.join(' ') : '';
      const output = `command timed out: ${JSON.stringify(command)} timed out after ${context.timing.timeoutMs / 1000}s`;
      enqueue.raise({ type: 'probe.done', outcome: { result: 'unknown', output } });
    }),
    report: sendParent(({ context, event }) => evaluate(context, outcomeOf(context, event as ProbeEnd))),
  },
}).createMachine({
  id: 'probe',
  context: ({ input }) =>
    actorContext<ProbeWorkerContext>(input, {
      nextRequest: 1,
      runtime: input.runtime,
      pod: input.pod,
      container: input.container.name,
      type: input.type,
      timing: probeTiming(probeOf(input.container, input.type)!),
      action: probeAction(probeOf(input.container, input.type)!, input.container, input.podIP),
      containerId: input.containerId,
      podIP: input.podIP,
      startedAt: input.startedAt,
      ...(initialResult(input.type) ? { lastResult: initialResult(input.type) } : {}),
      resultRun: 0,
      onHold: false,
    }),
  initial: 'delay',
  states: {
    delay: { entry: wait.initialDelay.start, exit: wait.initialDelay.stop, on: { [wait.initialDelay.event]: 'probing' } },
    probing: {
      entry: ['probe', wait.timeout.start],
      exit: wait.timeout.stop,
      on: {
        'probe.answer': { guard: 'answered', target: 'decide', actions: 'report' },
        'cri.response': { guard: 'answered', target: 'decide', actions: 'report' },
        'probe.done': { target: 'decide', actions: 'report' },
        // Only an exec can hang here: the catalog's servers answer at once.
        [wait.timeout.event]: { guard: ({ context }) => 'kind' in context.action && context.action.kind === 'exec', actions: 'timedOut' },
      },
    },
    decide: { always: [{ guard: 'onHold', target: 'onHold' }, { target: 'waiting' }] },
    waiting: { entry: wait.period.start, exit: wait.period.stop, on: { [wait.period.event]: 'probing' } },
    onHold: {},
  },
});

function send(ctx: ProbeWorkerContext, action: ProbeAction): void {
  const requestId = `${ctx.self}:${ctx.nextRequest++}`;
  ctx.pending = requestId;
  const base = { requestId, replyTo: ctx.self, containerId: ctx.containerId };
  const event: CriRequest | ProbeRun =
    action.kind === 'exec'
      ? { type: 'cri.ExecSync', ...base, cmd: action.command, timeoutSeconds: ctx.timing.timeoutMs / 1000 }
      : { type: 'probe.run', ...base, action };
  ctx.net.post(ctx.self, {
    to: ctx.runtime,
    event,
    kind: 'probe',
    ref: { kind: 'Pod', namespace: ctx.pod.namespace, name: ctx.pod.name, uid: ctx.pod.uid },
    detail: { probe: ctx.type, container: ctx.container, action: actionLabel(action) },
  });
}

function outcomeOf(ctx: ProbeWorkerContext, e: ProbeEnd): ProbeOutcome {
  ctx.pending = undefined;
  if (e.type === 'probe.done') return e.outcome;
  if (e.type === 'cri.response') return execOutcome(e);
  const a = ctx.action as Exclude<ProbeAction, { kind: 'exec' }>;
  if (a.kind === 'http') return httpOutcome(a.url, a.port, ctx.podIP, e);
  if (a.kind === 'tcp') return tcpOutcome(a.port, ctx.podIP, e.open);
  return grpcOutcome(a.port, ctx.podIP, ctx.timing.timeoutMs, e.open);
}

/** doProbe's bookkeeping: count the run, set the result once a threshold is reached. */
function evaluate(ctx: ProbeWorkerContext, outcome: ProbeOutcome): ProbeReport {
  const result: Result = outcome.result === 'success' ? 'success' : 'failure';
  if (ctx.lastResult === result) ctx.resultRun += 1;
  else {
    ctx.lastResult = result;
    ctx.resultRun = 1;
  }
  const threshold = result === 'failure' ? ctx.timing.failureThreshold : ctx.timing.successThreshold;
  if (ctx.resultRun < threshold) return { type: 'probe.outcome', probe: ctx.type, outcome };
  if ((ctx.type === 'Liveness' && result === 'failure') || ctx.type === 'Startup') {
    ctx.onHold = true;
    ctx.resultRun = 0;
  }
  return { type: 'probe.outcome', probe: ctx.type, outcome, set: result };
}
