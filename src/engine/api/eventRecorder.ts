import type { KubeEvent } from './objects';
import type { ActorBase } from '../runtime/actor';
import { timestamp } from '../runtime/time';
import { apiRequest } from './client';

export interface EventSpec {
  involvedObject: { kind: string; namespace?: string; name: string; uid?: string; apiVersion?: string; fieldPath?: string; resourceVersion?: string };
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
}

/**
 * client-go names an event `<object>.<UnixNano in hex>`, so events list in the order they
 * happened. Two events in the same virtual nanosecond get consecutive numbers.
 */
function eventSuffix(actor: ActorBase, rec: EventRecorder): string {
  const now = BigInt(Math.round((actor.epoch + actor.net.now()) * 1000)) * 1000n;
  const nanos = now > rec.lastNanos ? now : rec.lastNanos + 1n;
  rec.lastNanos = nanos;
  return nanos.toString(16);
}

/**
 * An event already sent: what makes it "the same" (client-go's EventCorrelator key; the
 * object's name is the key of the list it is kept in), and the Event's name and count.
 */
interface Recorded {
  kind: string;
  namespace: string;
  uid: string;
  fieldPath: string;
  type: string;
  reason: string;
  message: string;
  event: string;
  count: number;
}

type Involved = EventSpec['involvedObject'];

function same(r: Recorded, o: Involved, namespace: string, spec: EventSpec): boolean {
  return (
    r.uid === (o.uid ?? '') && r.kind === o.kind && r.namespace === namespace &&
    r.fieldPath === (o.fieldPath ?? '') && r.type === spec.type && r.reason === spec.reason && r.message === spec.message
  );
}

export interface EventRecorder {
  component: string;
  host?: string;
  /** Events already sent, by the name of the object they are about: a handful each. */
  seen: Map<string, Recorded[]>;
  /** Nanoseconds since 1970 are past 2^53, so they are counted exactly as a bigint. */
  lastNanos: bigint;
}

export function eventRecorder(component: string, host?: string): EventRecorder {
  return Object.assign({ component }, host ? { host } : {}, { seen: new Map<string, Recorded[]>(), lastNanos: 0n });
}

/**
 * client-go's event recorder: a new event is POSTed; the same event again (same object,
 * reason and message) PATCHes the first one with a higher `count` and a new
 * `lastTimestamp`, which is why describe prints `(x3 over 20s)`.
 */
export function recordEvent(actor: ActorBase & { nextRequest: number }, rec: EventRecorder, spec: EventSpec): void {
  const o = spec.involvedObject;
  const namespace = o.namespace ?? 'default';
  const now = timestamp(actor.epoch, actor.net.now());
  const ref = o.uid ? { kind: o.kind, namespace, name: o.name, uid: o.uid } : { kind: o.kind, namespace, name: o.name };
  let sent = rec.seen.get(o.name);
  const previous = sent?.find((r) => same(r, o, namespace, spec));
  if (previous) {
    previous.count += 1;
    apiRequest(
      actor,
      { verb: 'patch', resource: 'events', groupVersion: 'v1', namespace, name: previous.event, body: { count: previous.count, lastTimestamp: now } },
      ref,
    );
    return;
  }
  const name = `${o.name}.${eventSuffix(actor, rec)}`;
  if (!sent) {
    sent = [];
    rec.seen.set(o.name, sent);
  }
  sent.push({ kind: o.kind, namespace, uid: o.uid ?? '', fieldPath: o.fieldPath ?? '', type: spec.type, reason: spec.reason, message: spec.message, event: name, count: 1 });
  const event: KubeEvent = {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace },
    involvedObject: { ...o, namespace },
    reason: spec.reason,
    message: spec.message,
    type: spec.type,
    source: rec.host ? { component: rec.component, host: rec.host } : { component: rec.component },
    reportingComponent: rec.component,
    reportingInstance: rec.host ?? '',
    count: 1,
    firstTimestamp: now,
    lastTimestamp: now,
  };
  apiRequest(actor, { verb: 'create', resource: 'events', groupVersion: 'v1', namespace, body: event, typed: true }, ref);
}
