import { recordEvent } from '../api/eventRecorder';
import type { ContainerWorkerContext } from './containerTypes';
import { fieldPath } from './imagePolicy';

/** Record a kubelet event about this container (involvedObject.fieldPath names it). */
export function containerEvent(ctx: ContainerWorkerContext, type: 'Normal' | 'Warning', reason: string, message: string): void {
  recordEvent(ctx, ctx.recorder, {
    involvedObject: {
      kind: 'Pod',
      apiVersion: 'v1',
      namespace: ctx.pod.namespace,
      name: ctx.pod.name,
      uid: ctx.pod.uid,
      fieldPath: fieldPath(ctx.kind, ctx.container.name),
    },
    type,
    reason,
    message,
  });
}

/**
 * Go's time.Duration String() for the Pulled message: `523ms`, `1.462s`, `1m2.5s`.
 */
export function goDurationPrecise(ms: number): string {
  if (ms < 1000) return `${trim(ms)}ms`;
  const totalSeconds = ms / 1000;
  if (totalSeconds < 60) return `${trim(totalSeconds)}s`;
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds - minutes * 60;
  if (minutes < 60) return `${minutes}m${trim(seconds)}s`;
  return `${Math.floor(minutes / 60)}h${minutes % 60}m${trim(seconds)}s`;
}

function trim(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
