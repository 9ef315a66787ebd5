import type { KubeObject } from '../api/objects';
import type { WatchEventType, WatchNotification, WatchRequest } from '../api/protocol';
import {
  matchesFields,
  matchesLabels,
  parseFieldSelector,
  parseLabelSelector,
  type FieldRequirement,
  type Selector,
} from '../api/selectors';
import type { NetPort } from '../runtime/network';
import { kindName, type ObjectRef } from '../runtime/trace';
import { refOf, singularOf } from './respond';

export interface Watch {
  id: string;
  replyTo: string;
  resource: string;
  namespace?: string;
  labels: Selector;
  fields: FieldRequirement[];
  /** When false, MODIFIED notifications that change only `.status` are not sent. */
  statusUpdates: boolean;
  /** Which of the nine steps an ADDED notification on this watch belongs to. */
  stepOnAdded?: WatchRequest['stepOnAdded'];
}

/**
 * Open watches, and the filtering a real watch does: an object that starts matching a
 * watch's selectors arrives as ADDED, one that stops matching as DELETED. Watches on pods
 * by `spec.nodeName` (every kubelet has one) are indexed by node, so a write costs one
 * lookup rather than a scan of every node.
 */
export class WatchRegistry {
  private byResource = new Map<string, Watch[]>();
  private byNode = new Map<string, Watch[]>();
  private all = new Map<string, Watch>();

  open(req: WatchRequest): string | undefined {
    const labels = parseLabelSelector(req.labelSelector ?? '');
    if (!labels.ok) return labels.error;
    const fields = parseFieldSelector(req.fieldSelector ?? '');
    if (!fields.ok) return fields.error;
    const watch: Watch = {
      id: req.watch,
      replyTo: req.replyTo,
      resource: req.resource,
      ...(req.namespace !== undefined ? { namespace: req.namespace } : {}),
      labels: labels.selector,
      fields: fields.selector,
      statusUpdates: req.statusUpdates ?? true,
      ...(req.stepOnAdded !== undefined ? { stepOnAdded: req.stepOnAdded } : {}),
    };
    this.close(req.watch);
    this.all.set(watch.id, watch);
    const node = nodeIndex(watch);
    const list = node !== undefined ? this.byNode : this.byResource;
    const key = node !== undefined ? node : watch.resource;
    list.set(key, [...(list.get(key) ?? []), watch]);
    return undefined;
  }

  close(id: string): void {
    const watch = this.all.get(id);
    if (!watch) return;
    this.all.delete(id);
    const node = nodeIndex(watch);
    const list = node !== undefined ? this.byNode : this.byResource;
    const key = node !== undefined ? node : watch.resource;
    list.set(key, (list.get(key) ?? []).filter((w) => w !== watch));
  }

  /** Tell every interested watcher about a change from `before` to `after` (undefined = absent). */
  notify(net: NetPort, from: string, resource: string, before: KubeObject | undefined, after: KubeObject | undefined, refAfter?: ObjectRef): void {
    const change: Change = { net, from, resource, singular: singularOf(resource), before, after, refBefore: undefined, refAfter };
    const watches = this.byResource.get(resource);
    if (watches) for (const w of watches) tell(w, change);
    if (resource !== 'pods') return;
    const a = nodeNameOf(before);
    const b = nodeNameOf(after);
    const onA = this.byNode.get(a);
    if (onA) for (const w of onA) tell(w, change);
    const onB = b !== a ? this.byNode.get(b) : undefined;
    if (onB) for (const w of onB) tell(w, change);
  }
}

/** One write, as every watch is told about it; the object's ref is made once and shared by its notifications. */
interface Change {
  net: NetPort;
  from: string;
  resource: string;
  singular: string;
  before: KubeObject | undefined;
  after: KubeObject | undefined;
  refBefore: ObjectRef | undefined;
  refAfter: ObjectRef | undefined;
}

function tell(watch: Watch, c: Change): void {
  const type = transitionFor(watch, c.resource, c.before, c.after);
  if (!type) return;
  const gone = type === 'DELETED' && !c.after;
  const object = (gone ? c.before : c.after)!;
  const ref = gone ? (c.refBefore ??= refOf(object)) : (c.refAfter ??= refOf(object));
  const event: WatchNotification = { type: 'api.watch', watch: watch.id, event: type, object };
  c.net.post(c.from, {
    to: watch.replyTo,
    event,
    kind: kindName(c.singular, type),
    step: type === 'ADDED' ? watch.stepOnAdded : undefined,
    ref,
  });
}

function nodeIndex(w: Watch): string | undefined {
  if (w.resource !== 'pods') return undefined;
  const f = w.fields.find((r) => r.field === 'spec.nodeName' && r.op === '=');
  return f?.value;
}

function nodeNameOf(obj: KubeObject | undefined): string {
  const spec = obj?.spec as { nodeName?: string } | undefined;
  return spec?.nodeName ?? '';
}

function matches(w: Watch, resource: string, obj: KubeObject | undefined): boolean {
  if (!obj) return false;
  if (w.namespace !== undefined && obj.metadata?.namespace !== w.namespace) return false;
  if (!matchesLabels(w.labels, obj.metadata?.labels)) return false;
  return matchesFields(resource, w.fields, obj as Record<string, unknown>);
}

function transitionFor(w: Watch, resource: string, before?: KubeObject, after?: KubeObject): WatchEventType | undefined {
  const was = matches(w, resource, before);
  const is = matches(w, resource, after);
  if (!was && is) return 'ADDED';
  if (was && !is) return 'DELETED';
  if (!was || !is) return undefined;
  if (!w.statusUpdates && onlyStatusChanged(before!, after!)) return undefined;
  return 'MODIFIED';
}

/** True when an update touched nothing but `.status` (and the resourceVersion it bumps). */
export function onlyStatusChanged(before: KubeObject, after: KubeObject): boolean {
  if (before.spec !== after.spec) return false;
  const a = (before.metadata ?? {}) as Record<string, unknown>;
  const b = (after.metadata ?? {}) as Record<string, unknown>;
  return sameBut(a, b) && sameBut(b, a);
}

/** Every key of `a` but the ones a write bumps holds the same value in `b`. */
function sameBut(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key in a) {
    if (key !== 'resourceVersion' && key !== 'managedFields' && a[key] !== b[key]) return false;
  }
  return true;
}
