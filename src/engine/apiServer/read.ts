import type { KubeList } from '../api/objects';
import type { ApiRequest, WatchNotification, WatchRequest } from '../api/protocol';
import type { ResourceInfo } from '../api/resources';
import {
  matchesFields,
  matchesLabels,
  parseFieldSelector,
  parseLabelSelector,
  unsupportedField,
} from '../api/selectors';
import { cached, cachedList } from './cache';
import { fail, refOf, reply, singularOf, statuses } from './respond';
import type { ApiServerContext } from './types';
import { kindName } from '../runtime/trace';

/** GET one object from the watch cache (kube-apiserver serves reads from it). */
export function handleGet(ctx: ApiServerContext, req: ApiRequest, info: ResourceInfo): void {
  const ns = info.namespaced ? req.namespace : undefined;
  const obj = cached(ctx, info.resource, ns, req.name ?? '');
  if (!obj) return fail(ctx, req, statuses.notFound(info, req.name ?? ''));
  reply(ctx, req, 200, obj);
}

/** GET a collection, filtered by label and field selectors like the real list call. */
export function handleList(ctx: ApiServerContext, req: ApiRequest, info: ResourceInfo): void {
  const labels = parseLabelSelector(req.query?.labelSelector ?? '');
  if (!labels.ok) return fail(ctx, req, statuses.badRequest(labels.error));
  const fields = parseFieldSelector(req.query?.fieldSelector ?? '');
  if (!fields.ok) return fail(ctx, req, statuses.badRequest(fields.error));
  const unsupported = unsupportedField(info.resource, fields.selector);
  if (unsupported) return fail(ctx, req, statuses.badRequest(unsupported));
  const ns = info.namespaced ? req.namespace : undefined;
  const items = cachedList(ctx, info.resource, ns).filter(
    (o) => matchesLabels(labels.selector, o.metadata?.labels) && matchesFields(info.resource, fields.selector, o as Record<string, unknown>),
  );
  const list: KubeList = {
    apiVersion: info.groupVersion,
    kind: `${info.kind}List`,
    metadata: { resourceVersion: String(ctx.revision) },
    items,
  };
  reply(ctx, req, 200, list);
}

/** A watch opened with initialEvents: ADDED for what already matches, then a BOOKMARK. */
export function sendInitialEvents(ctx: ApiServerContext, req: WatchRequest): void {
  const labels = parseLabelSelector(req.labelSelector ?? '');
  const fields = parseFieldSelector(req.fieldSelector ?? '');
  const singular = singularOf(req.resource);
  for (const obj of cachedList(ctx, req.resource, req.namespace)) {
    if (labels.ok && !matchesLabels(labels.selector, obj.metadata?.labels)) continue;
    if (fields.ok && !matchesFields(req.resource, fields.selector, obj as Record<string, unknown>)) continue;
    const event: WatchNotification = { type: 'api.watch', watch: req.watch, event: 'ADDED', object: obj };
    ctx.net.post(ctx.self, { to: req.replyTo, event, kind: kindName(singular, 'ADDED'), ref: refOf(obj) });
  }
  const bookmark: WatchNotification = {
    type: 'api.watch',
    watch: req.watch,
    event: 'BOOKMARK',
    object: { apiVersion: 'v1', kind: 'Status', metadata: { resourceVersion: String(ctx.revision), annotations: { 'k8s.io/initial-events-end': 'true' } } },
  };
  ctx.net.post(ctx.self, { to: req.replyTo, event: bookmark, kind: kindName(singular, 'BOOKMARK') });
}
