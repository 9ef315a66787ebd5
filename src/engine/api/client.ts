import type { ActorBase } from '../runtime/actor';
import type { Detail, ObjectRef, Step } from '../runtime/trace';
import { requestKind, requestLine, type ApiRequest, type WatchRequest } from './protocol';
import { resourceForName } from './resources';

export type RequestSpec = Omit<ApiRequest, 'type' | 'id' | 'replyTo'>;

/**
 * Send a REST request to the API server on behalf of a component (client-go's role).
 * Returns the request id the response will carry.
 */
export function apiRequest(actor: ActorBase & { nextRequest: number }, spec: RequestSpec, ref?: ObjectRef, detail?: Detail): string {
  const id = `${actor.self}:${actor.nextRequest++}`;
  const line = requestLine(spec);
  const req: ApiRequest = Object.assign({ type: 'api.request' as const, id, replyTo: actor.self }, spec, { line });
  const singular = resourceForName(spec.resource)?.singular ?? spec.resource;
  actor.net.post(actor.self, {
    to: 'apiServer',
    event: req,
    kind: requestKind(spec, singular),
    step: spec.step,
    ref,
    detail: detail ? Object.assign({ request: line }, detail) : { request: line },
  });
  return id;
}

/** Open a watch (an informer's WATCH call); notifications arrive as `api.watch` events. */
export function openWatch(actor: ActorBase, spec: Omit<WatchRequest, 'type' | 'replyTo'>, step?: Step): void {
  const req: WatchRequest = { type: 'api.watch.open', replyTo: actor.self, ...spec };
  const query = [spec.labelSelector ? `labelSelector=${spec.labelSelector}` : '', spec.fieldSelector ? `fieldSelector=${spec.fieldSelector}` : '']
    .filter(Boolean)
    .join('&');
  actor.net.post(actor.self, {
    to: 'apiServer',
    event: req,
    kind: `${resourceForName(spec.resource)?.singular ?? spec.resource}.watch`,
    ...(step !== undefined ? { step } : {}),
    detail: { request: `GET /api/v1/${spec.resource}?watch=true${query ? '&' + query : ''}` },
  });
}
