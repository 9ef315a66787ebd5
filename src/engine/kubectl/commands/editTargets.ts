// What `kubectl edit` edits: the builder's objects for TYPE NAME, TYPE/NAME, TYPE (every
// one in the namespace) or -f FILE, always read again from the server (Latest), each
// without its managedFields (the editor never shows them).
import type { KubeList, KubeObject } from '../../api/objects';
import type { ResourceInfo } from '../../api/resources';
import type { ParsedArgs } from '../cli';
import { flagNamespace, nameOf, objectNamespace, stringList } from '../common';
import { readManifests } from '../files';
import { request, type KubectlEffect, type KubectlEnv } from '../program';
import { NO_RESOURCES } from './delete';
import { parseResourceArgs, responseError, targetOf } from './resourceArgs';

type Step<T> = Generator<KubectlEffect, T, unknown>;

/** An object being edited: as read, and where it lives. */
export interface Target {
  resource: ResourceInfo;
  namespace: string | undefined;
  object: KubeObject;
}

export function* editTargets(env: KubectlEnv, args: ParsedArgs): Step<Target[] | string> {
  const files = stringList(args.flags.filename);
  const named: { resource: ResourceInfo; namespace: string | undefined; name?: string }[] = [];
  if (files.length > 0) {
    const objects = yield* readManifests(env, files, args.flags.recursive === true, 'edit');
    if (!objects) return [];
    for (const m of objects) {
      const where = objectNamespace(env, args, m);
      if (where.error) return where.error;
      named.push({ resource: m.resource, namespace: where.ns, name: nameOf(m.object) });
    }
  } else {
    if (args.positional.length === 0) return NO_RESOURCES;
    const parsed = parseResourceArgs(args.positional);
    if (!parsed.ok) return parsed.error;
    for (const q of parsed.queries) {
      const namespace = q.resource.namespaced ? flagNamespace(env, args) : undefined;
      if (q.names.length === 0) named.push({ resource: q.resource, namespace });
      for (const name of q.names) named.push({ resource: q.resource, namespace, name });
    }
  }
  const out: Target[] = [];
  for (const n of named) {
    const res = yield* request({ verb: n.name === undefined ? 'list' : 'get', ...targetOf(n.resource, n.namespace), ...(n.name !== undefined ? { name: n.name } : {}) });
    if (res.code >= 300) return responseError(res);
    const objects = n.name === undefined ? (res.body as KubeList).items.map((o) => typed(o, n.resource)) : [res.body as KubeObject];
    for (const object of objects) out.push({ resource: n.resource, namespace: n.namespace, object: withoutManagedFields(object) });
  }
  return out;
}

/** A list's items carry no kind or apiVersion; the builder's objects do. */
function typed(obj: KubeObject, resource: ResourceInfo): KubeObject {
  return { ...obj, apiVersion: resource.groupVersion, kind: resource.kind };
}

function withoutManagedFields(obj: KubeObject): KubeObject {
  if (!obj.metadata || !('managedFields' in obj.metadata)) return obj;
  const { managedFields: _drop, ...metadata } = obj.metadata as Record<string, unknown>;
  return { ...obj, metadata } as KubeObject;
}
