// The REST protocol between clients (kubectl, scheduler, kubelets, controllers) and the
// API server, as events. It mirrors the real HTTP API: a verb on a resource path, a JSON
// body, a status code, and watches that stream ADDED / MODIFIED / DELETED.
import type { ApiStatus, KubeList, KubeObject } from './objects';
import { flat } from '../runtime/strings';
import { kindName, type Step } from '../runtime/trace';

export type Verb = 'create' | 'get' | 'list' | 'update' | 'patch' | 'delete' | 'deletecollection';

export interface ApiRequest {
  type: 'api.request';
  /** Unique per client; the response carries it back. */
  id: string;
  /** Actor address to answer. */
  replyTo: string;
  verb: Verb;
  /** Plural resource name, as in the URL: `pods`, `nodes`, `namespaces`, `events`, … */
  resource: string;
  /** API group/version for the path, e.g. `v1` or `apps/v1`. */
  groupVersion: string;
  namespace?: string;
  name?: string;
  /** `status`, `binding`, `log`, … */
  subresource?: string;
  body?: unknown;
  /** Query parameters: `labelSelector`, `fieldSelector`, `gracePeriodSeconds`, `container`, `previous`, `dryRun`, … */
  query?: Record<string, string>;
  /** The client's field manager, recorded as kubectl does (`kubectl-client-side-apply`, `kubectl-create`). */
  fieldManager?: string;
  /** Which of the nine steps this request is part of; the API server carries it to etcd and back. */
  step?: Step;
  /**
   * A frame on the stream an earlier exec or attach call opened (its session): a typed line
   * for the process's stdin, or its end. Not a new HTTP request, so it is traced as
   * `pod.exec.stdin`, not `pod.exec.create`. `data`: one forwarded connection's bytes on a
   * port-forward stream (`pod.portforward.data`).
   */
  frame?: 'stdin' | 'data';
  /**
   * For PATCH, the Content-Type: `strategic` (application/strategic-merge-patch+json, lists
   * merged by their key — kubectl's default) or `merge` (application/merge-patch+json,
   * RFC 7386: lists replaced, null deletes) or `json` (application/json-patch+json, RFC 6902:
   * a list of operations on paths, how `kubectl rollout undo` puts back an old template).
   */
  patchType?: 'strategic' | 'merge' | 'json';
  /**
   * The body was built by a cluster component from Go types (client-go's typed clients: the
   * event recorder), not decoded from a manifest someone wrote. It cannot carry an unknown
   * field or a wrong type, and a component only makes objects that pass validation, so the
   * API server stores it without decoding it strictly or validating it again (the stored
   * object is the same). kubectl never sets it: what a user sends is always checked.
   */
  typed?: boolean;
  /**
   * The HTTP request line the client sent (`POST /api/v1/namespaces/default/pods`), which
   * the response names again; a request built without one gets it from `requestLine`.
   */
  line?: string;
}

/** The trace name of a request: `pod.create`, `binding.create`, `pod.status.patch`, `pod.log.get`. */
export function requestKind(req: Pick<ApiRequest, 'verb' | 'resource' | 'subresource' | 'frame'>, singular: string): string {
  if (req.subresource === 'binding') return 'binding.create';
  if (req.frame) return kindName(kindName(singular, req.subresource ?? ''), req.frame);
  return req.subresource ? kindName(kindName(singular, req.subresource), req.verb) : kindName(singular, req.verb);
}

export interface ApiResponse {
  type: 'api.response';
  id: string;
  /** HTTP status: 200, 201, 404, 409, 422, 400 … */
  code: number;
  body?: KubeObject | KubeList | string;
  /** Set when `code` ≥ 400. */
  status?: ApiStatus;
  /** `Warning:` headers the API server adds (duplicate ports, deprecated fields). */
  warnings?: string[];
  /** A followed log (`follow=true`): the body is what was written so far; the rest comes as LogStreamChunk. */
  following?: boolean;
}

/** More of a followed log for the request `id`, or its end (the container exited). */
export interface LogStreamChunk {
  type: 'api.logChunk';
  id: string;
  text: string;
  end?: boolean;
}

/** The client stopped reading the followed log of its request `id` (Ctrl-C). */
export interface LogStreamClose {
  type: 'api.logs.close';
  id: string;
  /** The client's address: request IDs are the client's own. */
  replyTo: string;
}

/** BOOKMARK ends the initial events of a watch opened with `initialEvents` (sendInitialEvents). */
export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK';

/** One notification on a watch, delivered to the watcher's address. */
export interface WatchNotification {
  type: 'api.watch';
  watch: string;
  event: WatchEventType;
  object: KubeObject;
}

/**
 * Opening a watch. Real informers pass label/field selectors; the API server here takes the
 * same, plus the few filters the components need (`spec.nodeName=node-1`, `spec.nodeName=`).
 */
export interface WatchRequest {
  type: 'api.watch.open';
  /** Watch id, chosen by the watcher. */
  watch: string;
  replyTo: string;
  resource: string;
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** False: skip MODIFIED notifications that change only `.status` (a kubelet needs no echo of its own status writes). */
  statusUpdates?: boolean;
  /** Which of the nine steps an ADDED notification belongs to (5 for the scheduler, 6 for a kubelet). */
  stepOnAdded?: Step;
  /** Start with an ADDED for every matching object, then a BOOKMARK (list-then-watch). */
  initialEvents?: boolean;
}

export interface WatchClose {
  type: 'api.watch.close';
  watch: string;
}

/** The client closed a stream it had opened (kubectl port-forward ends): the API server tells the kubelet. */
export interface StreamClose {
  type: 'api.stream.close';
  id: string;
  replyTo: string;
}

/** The server side of a stream the request `id` opened has closed (the Pod is gone): the client has lost it. */
export interface StreamEnd {
  type: 'api.stream.end';
  id: string;
}

export type ApiServerEvent = ApiRequest | WatchRequest | WatchClose | LogStreamClose | StreamClose;

const METHODS: Record<Verb, string> = { create: 'POST', get: 'GET', list: 'GET', update: 'PUT', patch: 'PATCH', delete: 'DELETE', deletecollection: 'DELETE' };

/** The HTTP method and path kubectl -v=8 would print for a request. */
export function requestLine(req: Pick<ApiRequest, 'verb' | 'resource' | 'groupVersion' | 'namespace' | 'name' | 'subresource' | 'query'>): string {
  const root = req.groupVersion.includes('/') ? '/apis/' : '/api/';
  let line = METHODS[req.verb] + ' ' + root + req.groupVersion;
  if (req.namespace !== undefined && req.resource !== 'namespaces') line += '/namespaces/' + req.namespace;
  line += '/' + req.resource;
  if (req.name !== undefined) line += '/' + req.name;
  if (req.subresource !== undefined) line += '/' + req.subresource;
  const q = req.query ? Object.entries(req.query).filter(([, v]) => v !== '') : [];
  if (q.length > 0) line += '?' + q.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return flat(line);
}
