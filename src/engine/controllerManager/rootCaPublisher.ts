// kube-controller-manager's root-ca-cert-publisher (pkg/controller/certificates/rootcacertpublisher):
// every namespace gets a ConfigMap `kube-root-ca.crt` holding the cluster's CA bundle (the
// service-account volume of every Pod projects it), made again if it is deleted.
import { CLUSTER_CA_PEM, ROOT_CA_CONFIGMAP, ROOT_CA_DESCRIPTION } from '../api/clusterCa';
import type { Namespace } from '../api/objects';
import type { ApiResponse, WatchNotification } from '../api/protocol';
import { controllerRequest } from './client';
import type { Controller, ControllerContext } from './types';

const NAME = 'root-ca-cert-publisher';

interface PublisherState {
  /** Namespaces that are not being deleted. */
  live: Set<string>;
  /** Namespaces whose ConfigMap exists, or is being made. */
  published: Set<string>;
  creating: Map<string, string>;
}

function publish(ctx: ControllerContext, state: PublisherState, ns: string): void {
  if (!state.live.has(ns) || state.published.has(ns)) return;
  state.published.add(ns);
  const body = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: ROOT_CA_CONFIGMAP, namespace: ns, annotations: { 'kubernetes.io/description': ROOT_CA_DESCRIPTION } },
    data: { 'ca.crt': CLUSTER_CA_PEM },
  };
  const id = controllerRequest(ctx, NAME, { verb: 'create', resource: 'configmaps', groupVersion: 'v1', namespace: ns, body }, { kind: 'ConfigMap', namespace: ns, name: ROOT_CA_CONFIGMAP });
  state.creating.set(id, ns);
}

function onWatch(ctx: ControllerContext, state: PublisherState, e: WatchNotification): void {
  if (e.event === 'BOOKMARK') return;
  const m = e.object.metadata ?? {};
  if (e.object.kind === 'Namespace') {
    const name = m.name ?? '';
    if (e.event === 'DELETED' || (e.object as Namespace).metadata?.deletionTimestamp) state.live.delete(name);
    else state.live.add(name);
    return publish(ctx, state, name);
  }
  if (m.name !== ROOT_CA_CONFIGMAP) return;
  const ns = m.namespace ?? 'default';
  if (e.event === 'DELETED') {
    state.published.delete(ns);
    publish(ctx, state, ns);
  } else state.published.add(ns);
}

function onResponse(_ctx: ControllerContext, state: PublisherState, res: ApiResponse): void {
  const ns = state.creating.get(res.id);
  state.creating.delete(res.id);
  // AlreadyExists means it is there; any other failure is tried again on the next change.
  if (ns !== undefined && res.code >= 300 && res.code !== 409) state.published.delete(ns);
}

export const rootCaPublisher: Controller<PublisherState> = {
  name: NAME,
  watches: [{ resource: 'namespaces' }, { resource: 'configmaps' }],
  init: () => ({ live: new Set(), published: new Set(), creating: new Map() }),
  onWatch,
  onResponse,
};
