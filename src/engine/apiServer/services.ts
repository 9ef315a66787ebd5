import type { ApiStatus, KubeObject } from '../api/objects';
import type { ApiServerContext } from './types';

/**
 * Service addresses are allocated by kube-apiserver itself: a ClusterIP from the Service
 * CIDR and NodePorts from 30000–32767. Networking work fills this in; until then a
 * Service is stored as given.
 */
export function allocateServiceAddresses(
  _ctx: ApiServerContext,
  obj: KubeObject,
): { object: KubeObject } | { status: ApiStatus } {
  return { object: obj };
}
