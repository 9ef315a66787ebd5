// `kubectl rollout history deployment/web [--revision=N]` (polymorphichelpers/history.go):
// a Deployment's revisions are its ReplicaSets' `deployment.kubernetes.io/revision`
// numbers, each with the change-cause annotation it carries, or `<none>`. With
// --revision, that revision's Pod template, described as `kubectl describe` would.
import { CHANGE_CAUSE, revisionOf } from '../../api/deploymentHistory';
import type { KubeObject } from '../../api/objects';
import type { IPodTemplateSpec } from 'kubernetes-models/v1/PodTemplateSpec';
import type { ParsedArgs } from '../cli';
import { displayName } from '../files';
import { describePodTemplate } from '../printers/describe/podTemplate';
import { PrefixWriter } from '../printers/describe/writer';
import { DESCRIBE_SETTINGS, tabwrite } from '../printers/tabwriter';
import { formatLabelSelector } from '../printers/workloadTables';
import type { KubectlEnv, KubectlProgram } from '../program';
import { findTargets, finish, groupKind, ownedReplicaSets, type Step, type Target } from './rolloutTargets';

export function* rolloutHistory(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  if (args.positional.length === 0 && (args.flags.filename as string[] | undefined)?.length === 0) return yield* finish(['error: required resource not specified']);
  const revision = Number(args.flags.revision ?? 0);
  if (revision < 0) return yield* finish([`error: revision must be a positive integer: ${revision}`]);
  const { targets, errors } = yield* findTargets(env, args, args.positional);
  for (const t of targets) {
    const text = yield* viewHistory(t, revision);
    if ('error' in text) {
      errors.push(text.error);
      continue;
    }
    const heading = revision > 0 ? `with revision #${revision}` : '';
    yield { op: 'out', text: `${displayName(t.resource, t.object.metadata?.name ?? '')} ${heading}\n${text.text}\n` };
  }
  return yield* finish(errors);
}

function* viewHistory(t: Target, revision: number): Step<{ text: string } | { error: string }> {
  if (t.resource.resource !== 'deployments') return { error: `error: no history viewer has been implemented for "${groupKind(t.resource)}"` };
  const selector = (t.object.spec as { selector?: Parameters<typeof formatLabelSelector>[0] } | undefined)?.selector;
  const sets = yield* ownedReplicaSets(t.object, t.namespace, formatLabelSelector(selector));
  if ('error' in sets) return sets;
  const byRevision = new Map<number, KubeObject>();
  for (const rs of sets) {
    const v = revisionOf(rs);
    if (v !== undefined) byRevision.set(v, rs);
  }
  if (byRevision.size === 0) return { text: 'No rollout history found.' };
  if (revision > 0) {
    const rs = byRevision.get(revision);
    if (!rs) return { error: 'error: unable to find the specified revision' };
    return { text: describeRevision(rs) };
  }
  const rows = [...byRevision.keys()].sort((a, b) => a - b).map((r) => `${r}\t${byRevision.get(r)!.metadata?.annotations?.[CHANGE_CAUSE] || '<none>'}\n`);
  return { text: tabwrite(`REVISION\tCHANGE-CAUSE\n${rows.join('')}`, DESCRIBE_SETTINGS) };
}

/** printTemplate: the revision's template, its change-cause among the template's annotations, tabs unaligned. */
function describeRevision(rs: KubeObject): string {
  const template = structuredTemplate(rs);
  const cause = rs.metadata?.annotations?.[CHANGE_CAUSE];
  if (cause) template.metadata = { ...template.metadata, annotations: { ...template.metadata?.annotations, [CHANGE_CAUSE]: cause } };
  const w = new PrefixWriter();
  describePodTemplate(template, w);
  return w.unaligned();
}

function structuredTemplate(rs: KubeObject): IPodTemplateSpec {
  return { ...((rs.spec as { template?: IPodTemplateSpec } | undefined)?.template ?? {}) };
}
