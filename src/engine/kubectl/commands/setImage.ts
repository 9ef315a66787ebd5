// `kubectl set image deployment/web web=nginx:1.27` (cmd/set/set_image.go): change the
// image of named containers (or `*`, all of them) in a Pod or a Pod template, sent as a
// strategic merge patch of just those containers. Nothing changed, nothing sent and
// nothing printed. A change-cause the object already carries is rewritten to this
// command line (RecordFlags without --record), so `rollout history` can tell revisions apart.
import { CHANGE_CAUSE } from '../../api/deploymentHistory';
import type { KubeObject } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { displayName } from '../files';
import { request, type KubectlEnv, type KubectlProgram } from '../program';
import { dryRunQuery, dryRunStrategy, dryRunSuffix, type DryRunStrategy } from './dryRun';
import { responseError, targetOf } from './resourceArgs';
import { findTargets, finish, type Step, type Target } from './rolloutTargets';

interface Container {
  name: string;
  image?: string;
}

interface PodSpecLike {
  containers?: Container[];
  initContainers?: Container[];
}

export function* setImage(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const split = splitArgs(args.positional);
  if ('error' in split) return yield* finish([split.error]);
  const problems: string[] = [];
  if (args.flags.all === true && String(args.flags.selector ?? '') !== '') problems.push('cannot set --all and --selector at the same time');
  if (split.resources.length === 0) problems.push('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (split.images.size === 0) problems.push('at least one image update is required');
  else if (split.images.size > 1 && split.images.has('*')) problems.push('all containers are already specified by *, but saw more than one container_name=container_image pairs');
  if (problems.length > 0) return yield* finish([`error: ${problems.length > 1 ? `[${problems.join(', ')}]` : problems[0]}`]);
  const dryRun = dryRunStrategy(args.flags);
  if (typeof dryRun !== 'string') return yield* finish([dryRun.error]);
  const { targets, errors } = yield* findTargets(env, args, split.resources);
  const cause = ['kubectl set image', ...args.positional, ...[...args.set].map((f) => `--${f}=${String(args.flags[f])}`)].join(' ');
  for (const t of targets) errors.push(...(yield* updateOne(args, t, split.images, cause, dryRun)));
  return yield* finish(errors);
}

/** GetResourcesAndPairs: resources first, then NAME=IMAGE pairs. */
function splitArgs(positional: string[]): { resources: string[]; images: Map<string, string> } | { error: string } {
  const resources: string[] = [];
  const images = new Map<string, string>();
  for (const arg of positional) {
    if (!arg.includes('=')) {
      if (images.size > 0) return { error: `error: all resources must be specified before image changes: ${arg}` };
      resources.push(arg);
      continue;
    }
    const [name = '', ...rest] = arg.split('=');
    const image = rest.join('=');
    if (name === '' || image === '') return { error: `error: invalid image format: ${JSON.stringify(arg)}` };
    images.set(name, image);
  }
  return { resources, images };
}

function* updateOne(args: ParsedArgs, t: Target, images: Map<string, string>, cause: string, dryRun: DryRunStrategy): Step<string[]> {
  const name = t.object.metadata?.name ?? '';
  const path = podSpecPath(t.resource.resource);
  if (!path) return [`error: ${displayName(t.resource, name)} the object is not a pod or does not have a pod template: *v1.${t.resource.kind}\n`];
  const spec = dig(t.object, path) as PodSpecLike | undefined;
  const errors: string[] = [];
  const patchSpec: Record<string, Container[]> = {};
  for (const [container, image] of images) {
    let found = false;
    for (const field of ['initContainers', 'containers'] as const) {
      const changed = (spec?.[field] ?? []).filter((c) => c.name === container || container === '*');
      if (changed.length > 0) found = true;
      const differing = changed.filter((c) => c.image !== image).map((c) => ({ image, name: c.name }));
      if (differing.length > 0) patchSpec[field] = [...(patchSpec[field] ?? []), ...differing];
    }
    if (!found) errors.push(`error: unable to find container named ${JSON.stringify(container)}`);
  }
  if (Object.keys(patchSpec).length === 0) return errors;
  const shown = displayName(t.resource, name);
  if (dryRun === 'client') {
    yield { op: 'out', text: `${shown} image updated (dry run)\n` };
    return errors;
  }
  const body: Record<string, unknown> = nest(path, patchSpec);
  if (t.object.metadata?.annotations?.[CHANGE_CAUSE] !== undefined) body.metadata = { annotations: { [CHANGE_CAUSE]: cause } };
  const res = yield* request({ verb: 'patch', patchType: 'strategic', ...targetOf(t.resource, t.namespace), name, body, fieldManager: String(args.flags['field-manager'] ?? 'kubectl-set'), query: dryRunQuery(dryRun) }, { kind: t.resource.kind, name, namespace: t.namespace });
  if (res.code >= 300) return [...errors, `failed to patch image update to pod template: ${responseError(res).replace(/^Error from server \(\w+\): /, '')}`];
  yield { op: 'out', text: `${shown} image updated${dryRunSuffix(dryRun)}\n` };
  return errors;
}

/** Where each kind keeps its PodSpec (polymorphichelpers.updatePodSpecForObject). */
function podSpecPath(resource: string): string[] | undefined {
  if (resource === 'pods') return ['spec'];
  if (resource === 'cronjobs') return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
  if (['deployments', 'replicasets', 'daemonsets', 'statefulsets', 'replicationcontrollers', 'jobs'].includes(resource)) return ['spec', 'template', 'spec'];
  return undefined;
}

function dig(obj: KubeObject, path: string[]): unknown {
  let at: unknown = obj;
  for (const k of path) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[k] : undefined;
  return at;
}

function nest(path: string[], leaf: unknown): Record<string, unknown> {
  return path.reduceRight<unknown>((inner, k) => ({ [k]: inner }), leaf) as Record<string, unknown>;
}
