// `kubectl scale deployment|replicaset|statefulset|replicationcontroller NAME --replicas=N`:
// a PATCH of the object's `scale` subresource with `{"spec":{"replicas":N}}`; the
// Deployment or ReplicaSet controller does the rest. Prints `deployment.apps/web scaled`.
import type { KubeObject } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { flagNamespace } from '../common';
import { displayName } from '../files';
import { request, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { dryRunQuery, dryRunStrategy, dryRunSuffix, type DryRunStrategy } from './dryRun';
import { listObjects, parseResourceArgs, responseError, targetOf, type ResourceQuery } from './resourceArgs';

const SCALABLE = new Set(['deployments', 'replicasets', 'statefulsets', 'replicationcontrollers']);

export function* scale(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const fail = function* (text: string): KubectlProgram {
    yield { op: 'err', text: text + '\n' };
    return 1;
  };
  if (!args.set.has('replicas')) return yield* fail('error: required flag(s) "replicas" not set');
  const replicas = Number(args.flags.replicas);
  if (replicas < 0) return yield* fail('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  const dryRun = dryRunStrategy(args.flags);
  if (typeof dryRun !== 'string') return yield* fail(dryRun.error);
  if (args.positional.length === 0) return yield* fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
  const parsed = parseResourceArgs(args.positional);
  if (!parsed.ok) return yield* fail(parsed.error);
  const ns = flagNamespace(env, args);
  const errors: string[] = [];
  for (const q of parsed.queries) {
    for (const name of yield* namesOf(args, q, ns, errors)) errors.push(...(yield* scaleOne(args, q, ns, name, replicas, dryRun)));
  }
  if (errors.length > 0) yield { op: 'err', text: errors.map((e) => e + '\n').join('') };
  return errors.length > 0 ? 1 : 0;
}

function* namesOf(args: ParsedArgs, q: ResourceQuery, ns: string, errors: string[]): Generator<KubectlEffect, string[], unknown> {
  if (q.names.length > 0) return q.names;
  const selector = String(args.flags.selector ?? '');
  if (selector === '' && args.flags.all !== true) {
    errors.push('error: resource(s) were provided, but no name was specified');
    return [];
  }
  const listed = yield* listObjects(q.resource, ns, { labelSelector: selector });
  if ('error' in listed) {
    errors.push(listed.error);
    return [];
  }
  return listed.items.map((o: KubeObject) => o.metadata?.name ?? '');
}

function* scaleOne(args: ParsedArgs, q: ResourceQuery, ns: string, name: string, replicas: number, dryRun: DryRunStrategy): Generator<KubectlEffect, string[], unknown> {
  const shown = displayName(q.resource, name);
  if (!SCALABLE.has(q.resource.resource)) return ['Error from server (NotFound): the server could not find the requested resource'];
  const current = Number(args.flags['current-replicas'] ?? -1);
  if (current >= 0) {
    const got = yield* request({ verb: 'get', ...targetOf(q.resource, ns), name });
    if (got.code >= 300) return [responseError(got)];
    const actual = ((got.body as KubeObject).spec as { replicas?: number } | undefined)?.replicas ?? 1;
    if (actual !== current) return [`error: Expected replicas to be ${current}, was ${actual}`];
  }
  if (dryRun !== 'client') {
    const ref = { kind: q.resource.kind, name, namespace: ns };
    const res = yield* request({ verb: 'patch', patchType: 'merge', ...targetOf(q.resource, ns), name, subresource: 'scale', body: { spec: { replicas } }, query: dryRunQuery(dryRun) }, ref);
    if (res.code >= 300) return [responseError(res)];
  }
  yield { op: 'out', text: String(args.flags.output ?? '') === 'name' ? `${shown}\n` : `${shown} scaled${dryRunSuffix(dryRun)}\n` };
  return [];
}
