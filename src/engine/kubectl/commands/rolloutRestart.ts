// `kubectl rollout restart deployment/web` (polymorphichelpers/objectrestarter.go): a
// strategic merge patch that stamps the Pod template with
// `kubectl.kubernetes.io/restartedAt: <now, RFC 3339>`. A changed template is a new
// revision, so the Deployment controller rolls every Pod over to a new ReplicaSet.
import { timestamp } from '../../runtime/time';
import type { ParsedArgs } from '../cli';
import { displayName } from '../files';
import { request, type KubectlEnv, type KubectlProgram } from '../program';
import { responseError, targetOf } from './resourceArgs';
import { findTargets, finish } from './rolloutTargets';

const RESTARTABLE = new Set(['deployments', 'daemonsets', 'statefulsets']);

export function* rolloutRestart(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  if (args.positional.length === 0) return yield* finish(['error: required resource not specified']);
  const { targets, errors } = yield* findTargets(env, args, args.positional);
  for (const t of targets) {
    const name = t.object.metadata?.name ?? '';
    const group = t.resource.groupVersion.includes('/') ? `.${t.resource.groupVersion.split('/')[0]}` : '';
    if (!RESTARTABLE.has(t.resource.resource)) {
      errors.push(`error: ${t.resource.resource}${group} "${name}" restarting is not supported`);
      continue;
    }
    if ((t.object.spec as { paused?: boolean } | undefined)?.paused) {
      errors.push(`error: ${t.resource.resource}${group} "${name}" can't restart paused deployment (run rollout resume first)`);
      continue;
    }
    const restartedAt = timestamp(0, env.now());
    const body = { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': restartedAt } } } } };
    const ref = { kind: t.resource.kind, name, namespace: t.namespace };
    const res = yield* request({ verb: 'patch', patchType: 'strategic', ...targetOf(t.resource, t.namespace), name, body, fieldManager: String(args.flags['field-manager'] ?? 'kubectl-rollout') }, ref);
    if (res.code >= 300) errors.push(`failed to patch: ${responseError(res).replace(/^Error from server \(\w+\): /, '')}`);
    else yield { op: 'out', text: `${displayName(t.resource, name)} restarted\n` };
  }
  return yield* finish(errors);
}
