// The objects `kubectl rollout history|undo|restart` and `kubectl set image` act on, as
// cli-runtime's builder finds them with ResourceTypeOrNameArgs(allowEmpty=true):
// `TYPE/NAME…`, `TYPE NAME…`, or every object of a TYPE (narrowed with -l). Errors are
// collected and the objects that were found are still acted on (ContinueOnError).
import type { KubeList, KubeObject } from '../../api/objects';
import type { ResourceInfo } from '../../api/resources';
import type { ParsedArgs } from '../cli';
import { flagNamespace } from '../common';
import { request, type KubectlEffect, type KubectlEnv } from '../program';
import { listObjects, parseResourceArgs, responseError, targetOf } from './resourceArgs';

export interface Target {
  resource: ResourceInfo;
  namespace: string;
  object: KubeObject;
}

export type Step<T> = Generator<KubectlEffect, T, unknown>;

export function* findTargets(env: KubectlEnv, args: ParsedArgs, positional: string[]): Step<{ targets: Target[]; errors: string[] }> {
  const parsed = parseResourceArgs(positional);
  if (!parsed.ok) return { targets: [], errors: [parsed.error] };
  const namespace = flagNamespace(env, args);
  const targets: Target[] = [];
  const errors: string[] = [];
  for (const q of parsed.queries) {
    if (q.names.length === 0) {
      const listed = yield* listObjects(q.resource, namespace, { labelSelector: String(args.flags.selector ?? '') });
      if ('error' in listed) errors.push(listed.error);
      else for (const object of listed.items) targets.push({ resource: q.resource, namespace, object });
      continue;
    }
    for (const name of q.names) {
      const res = yield* request({ verb: 'get', ...targetOf(q.resource, namespace), name });
      if (res.code >= 300) errors.push(responseError(res));
      else targets.push({ resource: q.resource, namespace, object: res.body as KubeObject });
    }
  }
  return { targets, errors };
}

/** `Deployment.apps`, `Pod`: a GroupKind as Go's schema.GroupKind.String() writes it in kubectl's errors. */
export function groupKind(resource: ResourceInfo): string {
  const slash = resource.groupVersion.indexOf('/');
  return slash < 0 ? resource.kind : `${resource.kind}.${resource.groupVersion.slice(0, slash)}`;
}

/** GetAllReplicaSets: the ReplicaSets a Deployment controls, listed by its selector. */
export function* ownedReplicaSets(d: KubeObject, namespace: string, selector: string): Step<KubeObject[] | { error: string }> {
  const res = yield* request({ verb: 'list', resource: 'replicasets', groupVersion: 'apps/v1', namespace, ...(selector ? { query: { labelSelector: selector } } : {}) });
  if (res.code >= 300) return { error: `failed to retrieve replica sets from deployment ${d.metadata?.name ?? ''}: ${responseError(res).replace(/^error: /, '')}` };
  const uid = d.metadata?.uid;
  return (res.body as KubeList).items.filter((rs) => (rs.metadata?.ownerReferences ?? []).some((r) => r.controller === true && r.uid === uid));
}

/** The CLI's closing error lines, and the exit code they make. */
export function* finish(errors: string[]): Step<number> {
  if (errors.length > 0) yield { op: 'err', text: errors.map((e) => (e.startsWith('error: ') || e.startsWith('Error from server') ? e : `error: ${e}`) + '\n').join('') };
  return errors.length > 0 ? 1 : 0;
}
