import { apiRequest, type RequestSpec } from '../api/client';
import { eventRecorder, recordEvent, type EventSpec } from '../api/eventRecorder';
import type { ObjectRef } from '../runtime/trace';
import type { ControllerContext } from './types';

/** A REST call on behalf of one controller; its response comes back to that controller. */
export function controllerRequest(ctx: ControllerContext, controller: string, spec: RequestSpec, ref?: ObjectRef): string {
  const id = apiRequest(ctx, spec, ref);
  ctx.requests.set(id, controller);
  return id;
}

export function controllerEvent(ctx: ControllerContext, controller: string, spec: EventSpec): void {
  let rec = ctx.recorders.get(controller);
  if (!rec) {
    rec = eventRecorder(controller);
    ctx.recorders.set(controller, rec);
  }
  recordEvent(ctx, rec, spec);
}

/** Ask to be called back (`onTimer(key)`) after `ms` of virtual time. */
export function controllerTimer(ctx: ControllerContext, controller: string, key: string, ms: number): void {
  ctx.timers.push({ controller, key, ms });
}
