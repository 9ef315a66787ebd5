import type { ApiRequest } from '../api/protocol';
import type { InFlightWrite, WriteIntent } from './write';
import type { ActorBase } from '../runtime/actor';
import type { WatchRegistry } from './watches';
import type { CacheTable } from './cache';

export interface ApiServerContext extends ActorBase {
  /** The watch cache: resource → namespace → name → object (cache.ts). Only this actor writes it. */
  cache: Map<string, CacheTable>;
  /** Writes sent to etcd, by etcd request id. */
  inFlight: Map<string, InFlightWrite>;
  /**
   * Per etcd key, present while a write to it is in flight: the writes waiting for it, or
   * null while none waits (nearly always).
   */
  keyQueues: Map<string, WriteIntent[] | null>;
  watches: WatchRegistry;
  /**
   * Proxied calls to kubelets (logs, exec) waiting for an answer, by the kubelet request's ID;
   * a followed log (`kubectl logs -f`) stays here until it ends or its reader goes.
   */
  proxied: Map<string, ProxiedCall>;
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

/** A call the API server passed on to the kubelet of the Pod's node. */
export interface ProxiedCall {
  req: ApiRequest;
  node: string;
  uid: string | undefined;
}
