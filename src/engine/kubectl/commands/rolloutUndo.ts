// `kubectl rollout undo deployment/web [--to-revision=N]` (polymorphichelpers/rollback.go):
// kubectl itself finds the ReplicaSet of the wanted revision (by default the one before
// the newest) and writes its Pod template back into the Deployment with a JSON patch,
// with the ReplicaSet's own annotations (a change-cause). The Deployment controller then
// sees a template it already has a ReplicaSet for, renumbers it, and rolls over to it.
import { NOT_COPIED, revisionOf, templateIgnoringHash } from '../../api/deploymentHistory';
import { sameJson } from '../../api/mergePatch';
import type { KubeObject } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { displayName } from '../files';
import { formatLabelSelector } from '../printers/workloadTables';
import { request, type KubectlEnv, type KubectlProgram } from '../program';
import { dryRunQuery, dryRunStrategy, dryRunSuffix, type DryRunStrategy } from './dryRun';
import { responseError, targetOf } from './resourceArgs';
import { findTargets, finish, groupKind, ownedReplicaSets, type Step, type Target } from './rolloutTargets';

export function* rolloutUndo(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  if (args.positional.length === 0) return yield* finish(['error: required resource not specified']);
  const dryRun = dryRunStrategy(args.flags);
  if (typeof dryRun !== 'string') return yield* finish([dryRun.error]);
  const { targets, errors } = yield* findTargets(env, args, args.positional);
  for (const t of targets) {
    const result = yield* rollback(t, Number(args.flags['to-revision'] ?? 0), dryRun);
    if ('error' in result) errors.push(result.error);
    else yield { op: 'out', text: `${displayName(t.resource, t.object.metadata?.name ?? '')} ${result.text}${dryRunSuffix(dryRun)}\n` };
  }
  return yield* finish(errors);
}

interface Template {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: unknown;
}

function* rollback(t: Target, toRevision: number, dryRun: DryRunStrategy): Step<{ text: string } | { error: string }> {
  const d = t.object;
  if (t.resource.resource !== 'deployments') return { error: `error: no rollbacker has been implemented for "${groupKind(t.resource)}"` };
  const spec = (d.spec ?? {}) as { paused?: boolean; selector?: Parameters<typeof formatLabelSelector>[0]; template?: Template };
  if (toRevision < 0) return { error: `error: unable to find specified revision ${toRevision} in history` };
  if (spec.paused) return { error: "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again" };
  const sets = yield* ownedReplicaSets(d, t.namespace, formatLabelSelector(spec.selector));
  if ('error' in sets) return sets;
  const rs = pick(sets, toRevision);
  if (!rs) return { error: toRevision > 0 ? `error: unable to find specified revision ${toRevision} in history` : `error: no rollout history found for deployment "${d.metadata?.name ?? ''}"` };
  const template = templateIgnoringHash((rs.spec as { template?: Template } | undefined)?.template ?? {});
  if (sameJson(template, templateIgnoringHash(spec.template ?? {}))) return { text: `skipped rollback (current template already matches revision ${toRevision})` };
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata?.annotations ?? {})) if (NOT_COPIED.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(rs.metadata?.annotations ?? {})) if (!NOT_COPIED.has(k)) annotations[k] = v;
  if (dryRun === 'client') return { text: 'rolled back' };
  const patch = [
    { op: 'replace', path: '/spec/template', value: template },
    { op: 'replace', path: '/metadata/annotations', value: annotations },
  ];
  const ref = { kind: 'Deployment', name: d.metadata?.name ?? '', namespace: t.namespace };
  const res = yield* request({ verb: 'patch', patchType: 'json', ...targetOf(t.resource, t.namespace), name: d.metadata?.name ?? '', body: patch, fieldManager: 'kubectl-rollout', query: dryRunQuery(dryRun) }, ref);
  if (res.code >= 300) return { error: responseError(res) };
  return { text: 'rolled back' };
}

/** deploymentRevision: the ReplicaSet of that revision, or (0) the second newest. */
function pick(sets: KubeObject[], toRevision: number): KubeObject | undefined {
  const numbered = sets.filter((rs) => revisionOf(rs) !== undefined).sort((a, b) => revisionOf(b)! - revisionOf(a)!);
  if (toRevision > 0) return numbered.find((rs) => revisionOf(rs) === toRevision);
  return numbered[1];
}
