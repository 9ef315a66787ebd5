// kube-controller-manager's endpoints controller (pkg/controller/endpoint): the legacy
// v1 Endpoints object named like its Service, deprecated since v1.33 but still written.
// Ready Pods go in `addresses`, the others in `notReadyAddresses`; terminating Pods are
// left out; subsets are grouped by port mapping and addresses sorted, as RepackSubsets does.
import type { Endpoints, KubeObject, Pod, Service } from '../api/objects';
import type { ApiResponse, WatchNotification } from '../api/protocol';
import { timestamp } from '../runtime/time';
import { controllerRequest } from './client';
import { KeyedWork } from './keyedWork';
import { desiredGroups, managesService, PodIndex, selects, serviceKey, type EndpointGroup, type PodEndpoint } from './serviceEndpoints';
import type { Controller, ControllerContext } from './types';

const NAME = 'endpoint-controller';

interface EndpointsState {
  services: Map<string, Service>;
  pods: PodIndex;
  endpoints: Map<string, Endpoints>;
  work: KeyedWork;
  verbs: Map<string, string>;
}

type Subsets = NonNullable<Endpoints['subsets']>;
type Address = NonNullable<Subsets[number]['addresses']>[number];

function onWatch(ctx: ControllerContext, state: EndpointsState, e: WatchNotification): void {
  if (e.event === 'BOOKMARK') return;
  const deleted = e.event === 'DELETED';
  const resource = e.watch.slice(e.watch.lastIndexOf('/') + 1);
  const key = serviceKey(e.object.metadata?.namespace, e.object.metadata?.name);
  if (resource === 'services') {
    if (deleted) state.services.delete(key);
    else state.services.set(key, e.object as Service);
    return sync(ctx, state, key);
  }
  if (resource === 'endpoints') {
    if (deleted) state.endpoints.delete(key);
    else state.endpoints.set(key, e.object as Endpoints);
    return;
  }
  const pod = e.object as Pod;
  const before = state.pods.put(pod, deleted);
  for (const [k, svc] of state.services) {
    if (selects(svc, pod) || (before && selects(svc, before))) sync(ctx, state, k);
  }
}

function onResponse(ctx: ControllerContext, state: EndpointsState, res: ApiResponse): void {
  const done = state.work.answered(res.id);
  if (!done) return;
  const verb = state.verbs.get(res.id);
  state.verbs.delete(res.id);
  if (res.code < 300 && verb === 'delete') state.endpoints.delete(done.key);
  else if (res.code < 300 && res.body && typeof res.body === 'object' && (res.body as KubeObject).kind === 'Endpoints') state.endpoints.set(done.key, res.body as Endpoints);
  sync(ctx, state, done.key);
}

function address(ep: PodEndpoint): Address {
  return {
    ip: ep.ip,
    ...(ep.hostname ? { hostname: ep.hostname } : {}),
    ...(ep.nodeName ? { nodeName: ep.nodeName } : {}),
    targetRef: { kind: 'Pod', name: ep.pod.name, namespace: ep.pod.namespace, uid: ep.pod.uid },
  };
}

function subsets(groups: EndpointGroup[]): Subsets {
  const out: Subsets = [];
  for (const g of groups) {
    const ready = g.endpoints.filter((e) => e.ready).map(address);
    const notReady = g.endpoints.filter((e) => !e.ready).map(address);
    if (ready.length === 0 && notReady.length === 0) continue;
    out.push({
      ...(ready.length ? { addresses: ready } : {}),
      ...(notReady.length ? { notReadyAddresses: notReady } : {}),
      ports: g.ports.map((p) => ({ ...(p.name ? { name: p.name } : {}), port: p.port, protocol: p.protocol as 'TCP', ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}) })),
    });
  }
  return out;
}

function sync(ctx: ControllerContext, state: EndpointsState, key: string): void {
  if (!state.work.begin(key)) return;
  const svc = state.services.get(key);
  const current = state.endpoints.get(key);
  const [ns = 'default', name = ''] = key.split('/');
  if (!svc || !managesService(svc)) {
    if (current && current.metadata?.labels?.['endpoints.kubernetes.io/managed-by'] === NAME) write(ctx, state, key, 'delete', ns, name);
    return;
  }
  const wanted = subsets(desiredGroups(svc, state.pods.inNamespace(ns), false));
  const labels = { ...(svc.metadata?.labels ?? {}), 'endpoints.kubernetes.io/managed-by': NAME };
  if (current && JSON.stringify(current.subsets ?? []) === JSON.stringify(wanted) && JSON.stringify(current.metadata?.labels ?? {}) === JSON.stringify(labels)) return;
  const annotations = { ...(current?.metadata?.annotations ?? {}), 'endpoints.kubernetes.io/last-change-trigger-time': timestamp(ctx.epoch, ctx.net.now()) };
  const metadata = current ? { ...current.metadata, labels, annotations } : { name, namespace: ns, labels, annotations };
  const body: Endpoints = { apiVersion: 'v1', kind: 'Endpoints', metadata, ...(wanted.length ? { subsets: wanted } : {}) } as Endpoints;
  write(ctx, state, key, current ? 'update' : 'create', ns, name, body);
}

function write(ctx: ControllerContext, state: EndpointsState, key: string, verb: 'create' | 'update' | 'delete', ns: string, name: string, body?: Endpoints): void {
  const id = controllerRequest(ctx, NAME, {
    verb,
    resource: 'endpoints',
    groupVersion: 'v1',
    namespace: ns,
    ...(verb !== 'create' ? { name } : {}),
    ...(body ? { body } : {}),
  });
  state.work.track(key, id);
  state.verbs.set(id, verb);
}

export const endpointsController: Controller<EndpointsState> = {
  name: NAME,
  watches: [{ resource: 'services' }, { resource: 'endpoints' }, { resource: 'pods' }],
  init: () => ({ services: new Map(), pods: new PodIndex(), endpoints: new Map(), work: new KeyedWork(), verbs: new Map() }),
  onWatch,
  onResponse,
};
