// Container lifecycle hooks (pkg/kubelet/lifecycle/handlers.go, kuberuntime_container.go):
// postStart runs right after the container starts, and the container is not reported
// running until it is done; preStop runs before the container is stopped and takes its
// time out of the grace period, the stop itself getting at least two seconds. A hook runs
// a command in the container (CRI ExecSync), an HTTP GET against the Pod, or just sleeps.
import type { Container } from '../api/objects';
import type { CriResponse } from '../containerRuntime/cri';
import { startTimer, stopTimer } from '../runtime/timers';
import type { AnyActorRef } from 'xstate';
import { cri } from './containerActions';
import { containerEvent } from './containerEvents';
import type { ContainerWorkerContext } from './containerTypes';
import type { ProbeAnswer, ProbeRun } from './prober/messages';
import { probeAction, type ProbeAction } from './prober/spec';

export type HookType = 'PostStart' | 'PreStop';
type Handler = NonNullable<NonNullable<Container['lifecycle']>['postStart']>;
type HookAction = ProbeAction | { kind: 'sleep'; seconds: number };

/** A hook on its way: what it runs, when it began, the call it waits for. */
export interface HookRun {
  type: HookType;
  action: HookAction | { error: string };
  startedAt: number;
  requestId?: string;
  /** PreStop: the grace period it runs within. */
  graceSeconds?: number;
}

/** How a hook ended: ok, or the message of its Failed…Hook event. */
export type HookDone = { type: 'hook.done'; failed?: string; /** PreStop: the seconds left for the stop. */ graceLeft?: number };

const TIMEOUT = 'hook:timeout';
const SLEEP = 'hook:sleep';

export function hookOf(c: Container, type: HookType): Handler | undefined {
  return type === 'PostStart' ? c.lifecycle?.postStart : c.lifecycle?.preStop;
}

function actionOf(h: Handler, c: Container, podIP: string): HookAction | { error: string } {
  const sleep = (h as { sleep?: { seconds: number } }).sleep;
  if (sleep) return { kind: 'sleep', seconds: sleep.seconds };
  const action = probeAction(h as Parameters<typeof probeAction>[0], c, podIP);
  // The handler runner's own User-Agent (lifecycle/handlers.go), not the prober's.
  if (!('error' in action) && action.kind === 'http') action.headers['User-Agent'] = 'kube-lifecycle/1.35';
  return action;
}

/** Start a hook; PreStop gets `graceSeconds` before the kubelet stops waiting for it. */
export function runHook(ctx: ContainerWorkerContext, self: AnyActorRef, type: HookType, graceSeconds?: number): void {
  endHook(ctx, self);
  const handler = hookOf(ctx.container, type)!;
  const action = actionOf(handler, ctx.container, ctx.podIP ?? '');
  const run: HookRun = { type, action, startedAt: ctx.net.now(), ...(graceSeconds !== undefined ? { graceSeconds } : {}) };
  ctx.hook = run;
  if (graceSeconds !== undefined) startTimer(self, ctx.net, TIMEOUT, graceSeconds * 1000, { type: 'after.hookTimeout' });
  if ('error' in action) return startTimer(self, ctx.net, SLEEP, 0, { type: 'after.hookSleep' });
  if (action.kind === 'sleep') return startTimer(self, ctx.net, SLEEP, action.seconds * 1000, { type: 'after.hookSleep' });
  run.requestId = `${ctx.self}:${ctx.nextRequest++}`;
  const base = { requestId: run.requestId, replyTo: ctx.self, containerId: ctx.containerId ?? '' };
  ctx.net.post(ctx.self, {
    to: ctx.runtime,
    event: action.kind === 'exec' ? { type: 'cri.ExecSync', ...base, cmd: action.command, timeoutSeconds: 0 } : ({ type: 'probe.run', ...base, action, hook: true } satisfies ProbeRun),
    kind: 'hook',
    ref: { kind: 'Pod', namespace: ctx.pod.namespace, name: ctx.pod.name, uid: ctx.pod.uid },
    detail: { hook: type, container: ctx.container.name, action: label(action) },
  });
}

function label(a: HookAction): string {
  if (a.kind === 'sleep') return `sleep ${a.seconds}s`;
  if (a.kind === 'http') return `http-get ${a.url}`;
  if (a.kind === 'exec') return `exec [${a.command.join(' ')}]`;
  return a.kind;
}

/** The answer (or the sleep's end) belongs to the hook that is running. */
export function isHookEnd(ctx: ContainerWorkerContext, e: { type: string; requestId?: string }): boolean {
  if (!ctx.hook) return false;
  if (e.type === 'after.hookSleep') return true;
  return (e.type === 'cri.response' || e.type === 'probe.answer') && e.requestId !== undefined && e.requestId === ctx.hook.requestId;
}

/** How the hook went, in the words of the kubelet's handler runner. */
export function hookResult(ctx: ContainerWorkerContext, e: { type: string }): HookDone {
  const run = ctx.hook!;
  const a = run.action;
  const where = `for Container ${JSON.stringify(ctx.container.name)} in Pod ${JSON.stringify(`${ctx.pod.name}_${ctx.pod.namespace}(${ctx.pod.uid})`)}`;
  if ('error' in a) return { type: 'hook.done', failed: `Cannot run handler: ${a.error}` };
  if (a.kind === 'exec' && e.type === 'cri.response') {
    const r = e as CriResponse;
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    if (!r.ok) return { type: 'hook.done', failed: `Exec lifecycle hook ([${a.command.join(' ')}]) ${where} failed - error: rpc error: code = Unknown desc = ${r.error ?? ''}, message: ""` };
    if ((r.exitCode ?? 0) !== 0) {
      return { type: 'hook.done', failed: `Exec lifecycle hook ([${a.command.join(' ')}]) ${where} failed - error: command '${a.command.join(' ')}' exited with ${r.exitCode}: ${r.stderr ?? ''}, message: ${JSON.stringify(output)}` };
    }
  }
  if (a.kind === 'http' && e.type === 'probe.answer' && !(e as ProbeAnswer).open) {
    return { type: 'hook.done', failed: `HTTP lifecycle hook (${a.path}) ${where} failed - error: Get ${JSON.stringify(a.url)}: dial tcp ${ctx.podIP ?? ''}:${a.port}: connect: connection refused` };
  }
  return { type: 'hook.done' };
}

/** The hook is over (done, or out of time): forget it and its timers. */
export function endHook(ctx: ContainerWorkerContext, self: AnyActorRef): HookRun | undefined {
  const run = ctx.hook;
  ctx.hook = undefined;
  stopTimer(self, ctx.net, TIMEOUT);
  stopTimer(self, ctx.net, SLEEP);
  return run;
}

/** What is left of the grace period once preStop has had its time: never under two seconds. */
export function graceAfterPreStop(ctx: ContainerWorkerContext, run: HookRun): number {
  const spent = Math.floor((ctx.net.now() - run.startedAt) / 1000);
  return Math.max(2, (run.graceSeconds ?? 30) - spent);
}

/** The FailedPostStartHook / FailedPreStopHook event. */
export function hookFailedEvent(ctx: ContainerWorkerContext, type: HookType, message: string): void {
  containerEvent(ctx, 'Warning', type === 'PostStart' ? 'FailedPostStartHook' : 'FailedPreStopHook', message);
}

/** Stop the container, its preStop hook first when it has one (and time for it). */
export function stopWithPreStop(ctx: ContainerWorkerContext, self: AnyActorRef, graceSeconds: number): void {
  if (hookOf(ctx.container, 'PreStop') && graceSeconds > 0 && ctx.status.state?.running) return runHook(ctx, self, 'PreStop', graceSeconds);
  cri(ctx, { type: 'cri.StopContainer', containerId: ctx.containerId ?? '', timeoutSeconds: graceSeconds });
}
