// `kubectl rollout status deployment/web`: print the Deployment's rollout status on every
// change the watch brings, as kubectl's DeploymentStatusViewer words it, until the rollout
// is done (`deployment "web" successfully rolled out`), `--watch=false` stops after one
// look, or `--timeout` runs out. `history`, `undo` and `restart` have files of their own.
import type { KubeObject } from '../../api/objects';
import { kubectlCommandHelp, type ParsedArgs } from '../cli';
import type { CommandImpl } from '../run';
import { flagNamespace } from '../common';
import { request, waitFor, type KubectlEnv, type KubectlProgram } from '../program';
import { parseResourceArgs, responseError, targetOf } from './resourceArgs';

/** Real subcommands of a group Pod Lab does not run, and the ones to try instead. */
const NOT_SIMULATED: Record<string, { names: Set<string>; hint: string }> = {
  rollout: { names: new Set(['pause', 'resume']), hint: 'try "kubectl rollout history", "undo" or "restart"' },
  'create secret': { names: new Set(['docker-registry', 'tls']), hint: 'try "kubectl create secret generic NAME --from-literal=KEY=VALUE"' },
  config: {
    names: new Set(['delete-cluster', 'delete-context', 'delete-user', 'rename-context', 'set', 'set-cluster', 'set-credentials', 'unset']),
    hint: 'its kubeconfig has one cluster, user and context; try "kubectl config view", "get-contexts" or "set-context --current --namespace=NAME"',
  },
};

/**
 * `kubectl rollout` or `kubectl set` without a subcommand Pod Lab runs (cmdutil
 * DefaultSubCommandRun): the group's help and exit 1; an unknown word is a usage error.
 */
export function subcommandGroup(verb: string): CommandImpl {
  return function* (_env, args) {
    const sub = args.positional[0];
    if (sub === undefined) {
      yield { op: 'out', text: kubectlCommandHelp(verb) ?? '' };
      return 1;
    }
    const known = NOT_SIMULATED[verb];
    const text = known?.names.has(sub) ? `error: "kubectl ${verb} ${sub}" is not part of Pod Lab's simulation yet; ${known.hint}` : `error: unknown command ${JSON.stringify(args.positional.join(' '))}\nSee 'kubectl ${verb} -h' for help and examples`;
    yield { op: 'err', text: text + '\n' };
    return 1;
  };
}

interface DeploymentLike {
  metadata?: { name?: string; generation?: number };
  spec?: { replicas?: number };
  status?: { observedGeneration?: number; replicas?: number; updatedReplicas?: number; availableReplicas?: number; conditions?: { type?: string; reason?: string }[] };
}

/** DeploymentStatusViewer.Status: the line to print, whether the rollout is done, or an error. */
export function deploymentStatus(obj: KubeObject): { text: string; done: boolean } | { error: string } {
  const d = obj as DeploymentLike;
  const name = d.metadata?.name ?? '';
  const s = d.status ?? {};
  if ((d.metadata?.generation ?? 0) > (s.observedGeneration ?? 0)) return { text: 'Waiting for deployment spec update to be observed...\n', done: false };
  if (s.conditions?.some((c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded')) return { error: `error: deployment "${name}" exceeded its progress deadline` };
  const want = d.spec?.replicas ?? 1;
  const updated = s.updatedReplicas ?? 0;
  const total = s.replicas ?? 0;
  const available = s.availableReplicas ?? 0;
  const waiting = (what: string) => ({ text: `Waiting for deployment "${name}" rollout to finish: ${what}...\n`, done: false });
  if (updated < want) return waiting(`${updated} out of ${want} new replicas have been updated`);
  if (total > updated) return waiting(`${total - updated} old replicas are pending termination`);
  if (available < updated) return waiting(`${available} of ${updated} updated replicas are available`);
  return { text: `deployment "${name}" successfully rolled out\n`, done: true };
}

export function* rolloutStatus(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const fail = function* (text: string): KubectlProgram {
    yield { op: 'err', text: text + '\n' };
    return 1;
  };
  if (args.positional.length === 0) return yield* fail('error: required resource not specified');
  const parsed = parseResourceArgs(args.positional);
  if (!parsed.ok) return yield* fail(parsed.error);
  const q = parsed.queries[0];
  const name = q?.names[0];
  if (!q || name === undefined || parsed.queries.length > 1 || q.names.length > 1) return yield* fail('error: rollout status is only supported on individual resources and resource collections are not supported yet');
  if (q.resource.resource !== 'deployments') return yield* fail(`error: no status viewer has been implemented for ${q.resource.kind}`);
  const ns = flagNamespace(env, args);
  const target = targetOf(q.resource, ns);
  const res = yield* request({ verb: 'get', ...target, name });
  if (res.code >= 300) return yield* fail(responseError(res));
  const timeout = Number(args.flags.timeout ?? 0);
  const deadline = timeout > 0 ? env.now() + timeout : Infinity;
  let obj = res.body as KubeObject;
  for (;;) {
    const status = deploymentStatus(obj);
    if ('error' in status) return yield* fail(status.error);
    yield { op: 'out', text: status.text };
    if (status.done || args.flags.watch === false) return 0;
    const left = deadline === Infinity ? 7 * 24 * 3600_000 : deadline - env.now();
    // A new watch starts with the object as it is; only a newer version is news.
    const seen = obj.metadata?.resourceVersion;
    const next = yield* waitFor({ ...target, name }, (o, event) => event === 'DELETED' || ((event === 'ADDED' || event === 'MODIFIED') && o?.metadata?.resourceVersion !== seen), left);
    if (!next.ok) return yield* fail('error: timed out waiting for the condition');
    if (!next.object) return yield* fail('error: object has been deleted');
    obj = next.object;
  }
}
