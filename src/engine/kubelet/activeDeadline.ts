// The kubelet's active deadline handler (pkg/kubelet/active_deadline.go): a Pod with
// `activeDeadlineSeconds` may be active on its node that long, counted from its status's
// startTime. Past it, the kubelet records DeadlineExceeded, the Pod fails with that reason,
// and its containers are stopped with the grace period.
import type { AnyActorRef } from 'xstate';
import { raiseLater } from '../runtime/timers';
import { podEvent } from './podActions';
import type { PodWorkerContext } from './podTypes';

export const DEADLINE_REASON = 'DeadlineExceeded';
const DEADLINE_MESSAGE = 'Pod was active on the node longer than the specified deadline';

/** Virtual ms until the deadline (0: passed); undefined for a Pod without one. */
function deadlineLeft(ctx: PodWorkerContext): number | undefined {
  const seconds = ctx.pod.spec?.activeDeadlineSeconds;
  if (typeof seconds !== 'number') return undefined;
  // startTime has whole seconds, as the API object's does.
  const started = Date.parse(ctx.startTime) - ctx.epoch;
  return Math.max(0, started + seconds * 1000 - ctx.net.now());
}

/** Wake the worker when the deadline is due (again, if an update shortened it). */
export function armDeadline(ctx: PodWorkerContext, self: AnyActorRef): void {
  const left = deadlineLeft(ctx);
  if (left !== undefined) raiseLater(self, ctx.net, left, { type: 'pw.deadline' }, 'deadline');
}

/** The deadline has passed for a Pod that is neither finished nor being torn down. */
export function pastDeadline(ctx: PodWorkerContext): boolean {
  return !ctx.terminating && ctx.terminalPhase === undefined && deadlineLeft(ctx) === 0;
}

/** ShouldEvict said yes: the event, and the Pod's phase and reason from now on. */
export function deadlineExceeded(ctx: PodWorkerContext): void {
  podEvent(ctx, 'Normal', DEADLINE_REASON, DEADLINE_MESSAGE);
  ctx.terminalPhase = 'Failed';
  ctx.failure = { reason: DEADLINE_REASON, message: DEADLINE_MESSAGE };
}
