import type { Effect } from '../images/effects';
import type { ContainerRecord, RuntimeContext } from './types';

/**
 * Name resolution and HTTP from inside a container. The Pod network (CNI routes, Services,
 * CoreDNS) answers these; until it is modelled, a name does not resolve and a connection
 * has nowhere to go — which is what a container without a network sees.
 */
export function networkEffect(_rt: RuntimeContext, _c: ContainerRecord, e: Extract<Effect, { op: 'resolve' | 'http' }>): unknown {
  if (e.op === 'resolve') return { ok: false, error: 'NXDOMAIN', name: e.name };
  return { ok: false, error: 'Network is unreachable' };
}
