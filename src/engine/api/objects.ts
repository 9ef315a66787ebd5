// Kubernetes object shapes, taken from the generated types of `kubernetes-models`
// (the same package whose schemas validate manifests), so our objects are the real
// API objects and not a look-alike. Objects are treated as immutable values: an update
// makes a new object; nothing is mutated after it crosses an actor boundary.
import type { IPod } from 'kubernetes-models/v1/Pod';
import type { INode } from 'kubernetes-models/v1/Node';
import type { INamespace } from 'kubernetes-models/v1/Namespace';
import type { IEvent } from 'kubernetes-models/v1/Event';
import type { IService } from 'kubernetes-models/v1/Service';
import type { IEndpoints } from 'kubernetes-models/v1/Endpoints';
import type { IEndpointSlice } from 'kubernetes-models/discovery.k8s.io/v1/EndpointSlice';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IContainerStatus } from 'kubernetes-models/v1/ContainerStatus';
import type { IContainerState } from 'kubernetes-models/v1/ContainerState';
import type { IPodCondition } from 'kubernetes-models/v1/PodCondition';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { IPodStatus } from 'kubernetes-models/v1/PodStatus';
import type { IIoK8sApimachineryPkgApisMetaV1ObjectMeta as IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';

export type Pod = IPod;
export type PodSpec = IPodSpec;
export type PodStatus = IPodStatus;
export type Container = IContainer;
export type ContainerStatus = IContainerStatus;
export type ContainerState = IContainerState;
export type PodCondition = IPodCondition;
export type Node = INode;
export type Namespace = INamespace;
export type KubeEvent = IEvent;
export type Service = IService;
export type Endpoints = IEndpoints;
export type EndpointSlice = IEndpointSlice;
export type ObjectMeta = IObjectMeta;

/** Any object the API server stores: what every resource has in common. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata?: ObjectMeta;
  [field: string]: unknown;
}

/** What a list verb returns, like `PodList`. */
export interface KubeList<T = KubeObject> {
  apiVersion: string;
  kind: string;
  metadata: { resourceVersion: string };
  items: T[];
}

/** `Status` with `status: Failure`, as the API server returns it for an error. */
export interface StatusCause {
  reason: string;
  message: string;
  field?: string;
}
export interface ApiStatus {
  apiVersion: 'v1';
  kind: 'Status';
  status: 'Failure' | 'Success';
  message: string;
  reason: string;
  code: number;
  details?: { name?: string; group?: string; kind?: string; causes?: StatusCause[] };
}
