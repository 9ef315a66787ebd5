// What every describer fetches (describe.go): the object itself, GET again by name
// after the builder found it, and the events about it.
import type { KubeEvent, KubeList } from '../../api/objects';
import type { ResourceInfo } from '../../api/resources';
import { request, type KubectlEffect } from '../program';
import { responseError, targetOf } from './resourceArgs';

export type Step<T> = Generator<KubectlEffect, T, unknown>;

/** An object the builder found, and where. */
export interface Found {
  resource: ResourceInfo;
  namespace: string | undefined;
  name: string;
  /** `--show-events=false`: fetch no events and print no Events section. */
  hideEvents?: boolean;
}

export function* getObject<T>(f: Found): Step<T | { error: string }> {
  const res = yield* request({ verb: 'get', ...targetOf(f.resource, f.namespace), name: f.name });
  if (res.code >= 300) return { error: responseError(res) };
  return res.body as T;
}

/**
 * searchEvents: the events about one object, found by the field selector kubectl sends
 * (involvedObject kind, name, namespace and uid, keys sorted as fields.Set prints them).
 */
export function* searchEvents(f: Found, kind: string, namespace: string, uid: string | undefined): Step<KubeEvent[] | undefined> {
  if (f.hideEvents) return undefined;
  const name = f.name;
  const fields = [`involvedObject.kind=${kind}`, `involvedObject.name=${name}`, `involvedObject.namespace=${namespace}`];
  if (uid) fields.push(`involvedObject.uid=${uid}`);
  const res = yield* request({
    verb: 'list',
    resource: 'events',
    groupVersion: 'v1',
    ...(namespace ? { namespace } : {}),
    query: { fieldSelector: fields.join(','), limit: '500' },
  });
  return res.code < 300 ? ((res.body as unknown as KubeList<KubeEvent>).items ?? []) : [];
}
