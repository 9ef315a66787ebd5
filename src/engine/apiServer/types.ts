import type { ApiRequest } from '../api/protocol';
import type { KubeObject } from '../api/objects';
import type { InFlightWrite, WriteIntent } from './write';
import type { ActorBase } from '../runtime/actor';
import type { WatchRegistry } from './watches';

export interface ApiServerContext extends ActorBase {
  /** The watch cache: resource → `namespace/name` → object. Only this actor writes it. */
  cache: Map<string, Map<string, KubeObject>>;
  /** Writes sent to etcd, by etcd request id. */
  inFlight: Map<string, InFlightWrite>;
  /** Per etcd key: writes waiting for the one in flight (present while a write is in flight). */
  keyQueues: Map<string, WriteIntent[]>;
  watches: WatchRegistry;
  /** Proxied calls to kubelets (logs, exec) waiting for an answer. */
  proxied: Map<string, ApiRequest>;
  nextId: number;
  /** The newest etcd revision seen: a list's resourceVersion. */
  revision: number;
  /** The cluster's Service IP range and NodePort range allocators live here, as in kube-apiserver. */
  allocators: {
    clusterIPs: Set<string>;
    nodePorts: Set<number>;
  };
  serviceCIDR: string;
}
