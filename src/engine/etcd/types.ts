import type { KubeObject } from '../api/objects';
import type { ObjectRef, Step } from '../runtime/trace';

/** One key in etcd's keyspace: `/registry/pods/default/web`. */
export interface KeyValue {
  value: KubeObject;
  createRevision: number;
  modRevision: number;
  /** How many times the key was written since it was created. */
  version: number;
}

export interface EtcdPut {
  type: 'etcd.put';
  requestId: string;
  replyTo: string;
  key: string;
  value: KubeObject;
  /** Optimistic concurrency: fail unless the key's modRevision is this (0 = must not exist). */
  expectRevision?: number;
  step?: Step;
  ref?: ObjectRef;
}

export interface EtcdDelete {
  type: 'etcd.delete';
  requestId: string;
  replyTo: string;
  key: string;
  step?: Step;
  ref?: ObjectRef;
}

export interface EtcdResult {
  type: 'etcd.result';
  requestId: string;
  ok: boolean;
  /** The store's revision after the write; becomes the object's resourceVersion. */
  revision: number;
}

export type EtcdEvent = EtcdPut | EtcdDelete;
