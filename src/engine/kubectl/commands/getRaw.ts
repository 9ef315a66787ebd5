// `kubectl get --raw PATH`: GET a path of the API server and print its answer as the
// server wrote it — the JSON of an object or a list (compact, Go's field order at the top:
// kind, apiVersion, metadata), `ok` from /healthz, the indented version from /version. The
// REST API under kubectl, one URL at a time: /api/v1/namespaces/default/pods/web.
import type { KubeObject } from '../../api/objects';
import { RESOURCES, type ResourceInfo } from '../../api/resources';
import type { ApiResponse } from '../../api/protocol';
import { out, request, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { failWith } from './createGenerated';
import { responseError, targetOf } from './resourceArgs';
import { discoveryDocument } from '../discovery';
import { serverVersion } from './version';

export type RawTarget =
  | { resource: ResourceInfo; namespace?: string; name?: string; query: Record<string, string> }
  | { body: string }
  | undefined;

/** What kubectl refuses before it sends anything; undefined when the path may be sent. */
export function rawProblem(path: string, positional: readonly string[], flags: Record<string, unknown>): string | undefined {
  if (positional.length > 0) return 'error: arguments may not be passed when --raw is specified';
  if (flags.watch === true || flags['watch-only'] === true || String(flags.selector ?? '') !== '') return 'error: --raw may not be specified with other flags that filter the server request or alter the output';
  if (String(flags.output ?? '') !== '') return 'error: --raw and --output are mutually exclusive';
  if (!path.startsWith('/')) return `error: --raw must be a valid URL path: parse ${JSON.stringify(path)}: invalid URI for request`;
  return undefined;
}

export function* getRaw(env: KubectlEnv, path: string): KubectlProgram {
  const target = parse(path, env.server);
  if (!target) return yield* failWith('Error from server (NotFound): the server could not find the requested resource');
  if ('body' in target) {
    yield* out(target.body);
    return 0;
  }
  const res = yield* getTarget(target);
  if (res.code >= 300) return yield* failWith(responseError(res));
  yield* out(JSON.stringify(wireOrder(res.body as KubeObject, target.name === undefined)) + '\n');
  return 0;
}

/** GET what a path names: one object, or the list of them. */
export function* getTarget(t: Extract<RawTarget, { resource: ResourceInfo }>): Generator<KubectlEffect, ApiResponse, unknown> {
  return yield* request({ verb: t.name === undefined ? 'list' : 'get', ...targetOf(t.resource, t.namespace), ...(t.name !== undefined ? { name: t.name } : {}), ...(Object.keys(t.query).length > 0 ? { query: t.query } : {}) });
}

/** The API path's resource, namespace and name; or a path the server answers by itself. */
export function parse(raw: string, server: string): RawTarget {
  const [path = '', search = ''] = raw.split('?');
  const query = Object.fromEntries(search.split('&').filter(Boolean).map((kv) => kv.split('=').map(decodeURIComponent) as [string, string]));
  if (/^\/(healthz|livez|readyz)\/?$/.test(path)) return { body: 'ok' };
  if (path === '/version' || path === '/version/') return { body: JSON.stringify(serverVersion(), null, 2) };
  if (path === '/api' || path === '/api/') {
    const address = server.replace(/^https?:\/\//, '');
    return { body: JSON.stringify({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: address }] }) + '\n' };
  }
  const discovery = discoveryDocument(path);
  if (discovery !== undefined) return { body: discovery };
  const m = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))(?:\/namespaces\/([^/]+))?(?:\/([^/]+)(?:\/([^/]+))?)?\/?$/.exec(path);
  if (!m) return undefined;
  const groupVersion = m[1] ?? m[2]!;
  const [, , , ns, plural, name] = m;
  // /api/v1/namespaces/default is the Namespace itself.
  if (ns !== undefined && plural === undefined) return resourceTarget('v1', 'namespaces', undefined, ns, query);
  if (plural === undefined) return undefined;
  return resourceTarget(groupVersion, plural, ns, name, query);
}

function resourceTarget(groupVersion: string, plural: string, namespace: string | undefined, name: string | undefined, query: Record<string, string>): RawTarget {
  const resource = RESOURCES.find((r) => r.resource === plural && r.groupVersion === groupVersion);
  if (!resource || (namespace !== undefined && !resource.namespaced)) return undefined;
  return { resource, ...(namespace !== undefined ? { namespace } : {}), ...(name !== undefined ? { name } : {}), query };
}

/**
 * An object as the API server's JSON encoder writes a typed one: kind, apiVersion and
 * metadata first; a list's items carry no kind or apiVersion of their own.
 */
export function wireOrder(obj: KubeObject, list: boolean): Record<string, unknown> {
  const { kind, apiVersion, metadata, ...rest } = obj as KubeObject & Record<string, unknown>;
  const ordered: Record<string, unknown> = { kind, apiVersion, metadata: metaOrder(metadata), ...rest };
  if (list && Array.isArray(rest.items)) {
    ordered.items = (rest.items as Record<string, unknown>[]).map(({ kind: _k, apiVersion: _a, metadata: m, ...item }) => ({ metadata: metaOrder(m as KubeObject['metadata']), ...item }));
  }
  return ordered;
}

/** ObjectMeta's fields in the order Go declares them (and so writes them). */
const META_ORDER = ['name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields'];

function metaOrder(meta: KubeObject['metadata']): Record<string, unknown> | undefined {
  if (!meta) return meta;
  const m = meta as Record<string, unknown>;
  const known = META_ORDER.filter((k) => m[k] !== undefined).map((k) => [k, m[k]] as const);
  return Object.fromEntries([...known, ...Object.entries(m).filter(([k]) => !META_ORDER.includes(k))]);
}
