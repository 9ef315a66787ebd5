// kube-controller-manager's EndpointSlice controller (pkg/controller/endpointslice): for
// every Service with a selector it keeps EndpointSlices named `<service>-<5 chars>`
// (generateName), labelled `kubernetes.io/service-name`, listing the selected Pods with
// their readiness: a Pod that is not Ready stays in the slice with `ready: false`, and
// kube-proxy sends it no traffic. A Service with no Pods still gets one empty slice.
import type { EndpointSlice, KubeObject, Pod, Service } from '../api/objects';
import type { ApiResponse, WatchNotification } from '../api/protocol';
import { timestamp } from '../runtime/time';
import { controllerRequest } from './client';
import { KeyedWork } from './keyedWork';
import { desiredGroups, managesService, PodIndex, selects, serviceKey, type EndpointGroup } from './serviceEndpoints';
import type { Controller, ControllerContext } from './types';

const NAME = 'endpointslice-controller';
export const MANAGED_BY = 'endpointslice-controller.k8s.io';
const MAX_ENDPOINTS_PER_SLICE = 100;

interface SliceState {
  services: Map<string, Service>;
  pods: PodIndex;
  /** Slices this controller manages, by service key, then by slice name. */
  slices: Map<string, Map<string, EndpointSlice>>;
  work: KeyedWork;
  /** Which verb each request in flight was, so a DELETE's answer is not taken for a live slice. */
  verbs: Map<string, string>;
}

type SliceBody = Pick<EndpointSlice, 'addressType' | 'endpoints' | 'ports'> & { labels: Record<string, string> };

function managedBy(slice: EndpointSlice): string | undefined {
  const labels = slice.metadata?.labels ?? {};
  if (labels['endpointslice.kubernetes.io/managed-by'] !== MANAGED_BY) return undefined;
  return serviceKey(slice.metadata?.namespace, labels['kubernetes.io/service-name']);
}

function remember(state: SliceState, slice: EndpointSlice, deleted: boolean): void {
  const key = managedBy(slice);
  if (!key) return;
  let m = state.slices.get(key);
  if (!m) {
    m = new Map();
    state.slices.set(key, m);
  }
  if (deleted) m.delete(slice.metadata?.name ?? '');
  else m.set(slice.metadata?.name ?? '', slice);
}

function onWatch(ctx: ControllerContext, state: SliceState, e: WatchNotification): void {
  if (e.event === 'BOOKMARK') return;
  const deleted = e.event === 'DELETED';
  const resource = e.watch.slice(e.watch.lastIndexOf('/') + 1);
  if (resource === 'services') {
    const svc = e.object as Service;
    const key = serviceKey(svc.metadata?.namespace, svc.metadata?.name);
    if (deleted) state.services.delete(key);
    else state.services.set(key, svc);
    return sync(ctx, state, key);
  }
  if (resource === 'endpointslices') return remember(state, e.object as unknown as EndpointSlice, deleted);
  const pod = e.object as Pod;
  const before = state.pods.put(pod, deleted);
  for (const [key, svc] of state.services) {
    if (selects(svc, pod) || (before && selects(svc, before))) sync(ctx, state, key);
  }
}

function onResponse(ctx: ControllerContext, state: SliceState, res: ApiResponse): void {
  const done = state.work.answered(res.id);
  if (!done) return;
  const verb = state.verbs.get(res.id);
  state.verbs.delete(res.id);
  if (res.code < 300 && verb === 'delete' && res.body && typeof res.body === 'object') remember(state, res.body as unknown as EndpointSlice, true);
  else if (res.code < 300 && res.body && typeof res.body === 'object' && (res.body as KubeObject).kind === 'EndpointSlice') {
    remember(state, res.body as unknown as EndpointSlice, false);
  }
  sync(ctx, state, done.key);
}

/** The slices' content for each group, at most 100 endpoints each. */
function desiredBodies(svc: Service, groups: EndpointGroup[]): SliceBody[] {
  const labels: Record<string, string> = { ...(svc.metadata?.labels ?? {}), 'endpointslice.kubernetes.io/managed-by': MANAGED_BY, 'kubernetes.io/service-name': svc.metadata?.name ?? '' };
  if (svc.spec?.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  const bodies: SliceBody[] = [];
  for (const g of groups) {
    for (let i = 0; i < g.endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) {
      bodies.push({ addressType: 'IPv4', labels, ports: g.ports as EndpointSlice['ports'], endpoints: g.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE).map(toEndpoint) });
    }
  }
  // A Service without endpoints still has a placeholder slice, with no ports.
  // (the API shows `endpoints: null` and no ports for it).
  if (bodies.length === 0) bodies.push({ addressType: 'IPv4', labels, endpoints: null as unknown as [] });
  return bodies;
}

function toEndpoint(ep: EndpointGroup['endpoints'][number]): NonNullable<EndpointSlice['endpoints']>[number] {
  return {
    addresses: [ep.ip],
    conditions: { ready: ep.ready, serving: ep.serving, terminating: ep.terminating },
    ...(ep.hostname ? { hostname: ep.hostname } : {}),
    ...(ep.nodeName ? { nodeName: ep.nodeName } : {}),
    targetRef: { kind: 'Pod', name: ep.pod.name, namespace: ep.pod.namespace, uid: ep.pod.uid },
  };
}

function sameContent(slice: EndpointSlice, body: SliceBody): boolean {
  const a = { labels: slice.metadata?.labels ?? {}, ports: slice.ports ?? [], endpoints: slice.endpoints ?? [] };
  const b = { labels: body.labels, ports: body.ports ?? [], endpoints: body.endpoints ?? [] };
  return JSON.stringify(a) === JSON.stringify(b);
}

/** syncService: make the Service's managed slices say what its Pods say. */
function sync(ctx: ControllerContext, state: SliceState, key: string): void {
  if (!state.work.begin(key)) return;
  const svc = state.services.get(key);
  const existing = [...(state.slices.get(key)?.values() ?? [])].sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1));
  const [ns = 'default'] = key.split('/');
  if (!svc || !managesService(svc)) {
    for (const s of existing) write(ctx, state, key, { verb: 'delete', name: s.metadata?.name ?? '' }, ns);
    return;
  }
  const bodies = desiredBodies(svc, desiredGroups(svc, state.pods.inNamespace(ns), true));
  bodies.forEach((body, i) => {
    const current = existing[i];
    if (current && sameContent(current, body)) return;
    write(ctx, state, key, { verb: current ? 'update' : 'create', body: sliceObject(ctx, svc, body, current), name: current?.metadata?.name }, ns);
  });
  for (const extra of existing.slice(bodies.length)) write(ctx, state, key, { verb: 'delete', name: extra.metadata?.name ?? '' }, ns);
}

function sliceObject(ctx: ControllerContext, svc: Service, body: SliceBody, current: EndpointSlice | undefined): EndpointSlice {
  const { labels, ...content } = body;
  const m = svc.metadata ?? {};
  const metadata = current
    ? { ...current.metadata, labels }
    : {
        generateName: `${m.name ?? ''}-`,
        namespace: m.namespace ?? 'default',
        labels,
        ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: m.name ?? '', uid: m.uid ?? '', controller: true, blockOwnerDeletion: true }],
      };
  const annotations = { ...(current?.metadata?.annotations ?? {}), 'endpoints.kubernetes.io/last-change-trigger-time': timestamp(ctx.epoch, ctx.net.now()) };
  return { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { ...metadata, annotations }, ...content } as EndpointSlice;
}

function write(ctx: ControllerContext, state: SliceState, key: string, op: { verb: 'create' | 'update' | 'delete'; name?: string; body?: EndpointSlice }, ns: string): void {
  const id = controllerRequest(ctx, NAME, {
    verb: op.verb,
    resource: 'endpointslices',
    groupVersion: 'discovery.k8s.io/v1',
    namespace: ns,
    ...(op.name !== undefined && op.verb !== 'create' ? { name: op.name } : {}),
    ...(op.body ? { body: op.body } : {}),
  });
  state.work.track(key, id);
  state.verbs.set(id, op.verb);
}

export const endpointSliceController: Controller<SliceState> = {
  name: NAME,
  watches: [{ resource: 'services' }, { resource: 'endpointslices' }, { resource: 'pods' }],
  init: () => ({ services: new Map(), pods: new PodIndex(), slices: new Map(), work: new KeyedWork(), verbs: new Map() }),
  onWatch,
  onResponse,
};
