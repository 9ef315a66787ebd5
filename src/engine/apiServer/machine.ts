import type { ApiRequest, ApiServerEvent, WatchRequest } from '../api/protocol';
import type { EtcdResult } from '../etcd/types';
import { actorBase, type ActorInput } from '../runtime/actor';
import { component } from '../runtime/component';
import { applyDefaults } from '../manifest';
import { admitNew } from './admission';
import { handleCreate, resourceInfo } from './create';
import { handleDelete, handleDeleteCollection } from './delete';
import { handleEviction } from './eviction';
import { handlePodProxy, onKubeletLogChunk, onKubeletResult, onKubeletStreamEnd, onLogStreamClose, type KubeletLogChunk, type KubeletResult, type KubeletStreamEnd } from './proxy';
import { handleGet, handleList, sendInitialEvents } from './read';
import { fail, statuses } from './respond';
import type { ApiServerContext } from './types';
import { handleBinding, handleUpdate } from './update';
import { WatchRegistry } from './watches';
import { onEtcdResult, submitWrite } from './write';

export interface ApiServerInput extends ActorInput {
  serviceCIDR: string;
}

type Event = ApiServerEvent | EtcdResult | KubeletResult | KubeletLogChunk | KubeletStreamEnd;

/**
 * kube-apiserver: the only component that talks to etcd. Every other component reads and
 * writes cluster state through its REST verbs and learns about changes through watches.
 */
export const apiServerMachine = component<ApiServerContext, Event, ApiServerInput>({
  id: 'apiServer',
  context: (input) => initialContext(input),
  start: (ctx) => createSystemNamespaces(ctx),
  on: (ctx, e) => {
    switch (e.type) {
      case 'api.request':
        return dispatch(ctx, e);
      case 'api.watch.open':
        return openWatch(ctx, e);
      case 'api.watch.close':
        return ctx.watches.close(e.watch);
      case 'etcd.result':
        return onEtcdResult(ctx, e);
      case 'kubelet.result':
        return onKubeletResult(ctx, e);
      case 'kubelet.logs.chunk':
        return onKubeletLogChunk(ctx, e);
      case 'api.logs.close':
      case 'api.stream.close':
        return onLogStreamClose(ctx, e);
      case 'kubelet.stream.end':
        return onKubeletStreamEnd(ctx, e);
    }
  },
});

function openWatch(ctx: ApiServerContext, req: WatchRequest): void {
  const error = ctx.watches.open(req);
  if (error) throw new Error(`watch ${req.watch}: ${error}`);
  if (req.initialEvents) sendInitialEvents(ctx, req);
}

function initialContext(input: ApiServerInput): ApiServerContext {
  const ctx: ApiServerContext = {
    ...actorBase(input),
    cache: new Map(),
    inFlight: new Map(),
    keyQueues: new Map(),
    watches: new WatchRegistry(),
    proxied: new Map(),
    nextId: 1,
    revision: 1,
    allocators: { clusterIPs: new Set(), nodePorts: new Set() },
    serviceCIDR: input.serviceCIDR,
  };
  return ctx;
}

/**
 * kube-apiserver's system-namespaces controller creates these four on start-up; every
 * cluster has them before anyone applies anything.
 */
const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

function createSystemNamespaces(ctx: ApiServerContext): void {
  for (const name of SYSTEM_NAMESPACES) {
    const ns = admitNew(ctx, 'namespaces', applyDefaults({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }));
    submitWrite(ctx, { resource: 'namespaces', namespace: undefined, name, plan: (cur) => (cur ? { op: 'none', object: cur, code: 200 } : { op: 'put', object: ns, code: 201 }) });
  }
}

function dispatch(ctx: ApiServerContext, req: ApiRequest): void {
  const info = resourceInfo(req.resource);
  if (!info) return fail(ctx, req, statuses.notServed());
  if (req.resource === 'pods' && (req.subresource === 'log' || req.subresource === 'exec' || req.subresource === 'attach' || req.subresource === 'portforward')) return handlePodProxy(ctx, req);
  if (req.subresource === 'binding') return handleBinding(ctx, req);
  if (req.resource === 'pods' && req.subresource === 'eviction' && req.verb === 'create') return handleEviction(ctx, req);
  switch (req.verb) {
    case 'create':
      return handleCreate(ctx, req, info);
    case 'get':
      return handleGet(ctx, req, info);
    case 'list':
      return handleList(ctx, req, info);
    case 'update':
    case 'patch':
      return handleUpdate(ctx, req, info);
    case 'delete':
      return handleDelete(ctx, req, info);
    case 'deletecollection':
      return handleDeleteCollection(ctx, req, info);
  }
}
