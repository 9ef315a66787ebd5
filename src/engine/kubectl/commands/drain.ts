// `kubectl drain NODE` (kubectl pkg/cmd/drain): cordon the Node, then evict every Pod on it
// that may go (drainFilters.ts) and wait for each to be gone (drainEvict.ts). The
// ReplicaSet controller makes replacements, which the scheduler puts on the other Nodes.
// A Node that cannot be drained stays cordoned, and kubectl says which are left.
import type { Node } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { aggregate, checkErrText, type GoError } from '../goErrors';
import type { KubectlEffect, KubectlEnv, KubectlProgram } from '../program';
import { completeNodes, cordonOrUncordon, failWith } from './cordon';
import { deleteOrEvictPods, type EvictOptions } from './drainEvict';
import { podsForDeletion, podsToDelete, warningsText, type DrainFilterOptions } from './drainFilters';
import { dryRunSuffix } from './dryRun';

type Step<T> = Generator<KubectlEffect, T, unknown>;

type DrainOptions = DrainFilterOptions & EvictOptions;

export function* drain(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  // pflag warns about a deprecated flag as it parses it.
  if (args.set.has('delete-local-data')) {
    yield { op: 'err', text: 'Flag --delete-local-data has been deprecated, This option is deprecated and will be deleted. Use --delete-emptydir-data.\n' };
  }
  const found = yield* completeNodes(args, 'drain');
  if ('message' in found) return yield* failWith(found);
  const o = drainOptions(env, args, found.dryRun);
  yield* cordonOrUncordon(found.nodes, true, o.dryRun);
  const fatal: GoError[] = [];
  const remaining: string[] = [];
  for (const node of found.nodes) {
    const name = node.metadata?.name ?? '';
    const err = yield* drainNode(node, o);
    if (!err) {
      yield { op: 'out', text: `node/${name} drained${dryRunSuffix(o.dryRun)}\n` };
      continue;
    }
    yield { op: 'err', text: `error: unable to drain node ${JSON.stringify(name)} due to error: ${err.message}, continuing command...\n` };
    fatal.push(err);
    remaining.push(name);
  }
  if (remaining.length === 0) return 0;
  yield { op: 'err', text: `There are pending nodes to be drained:\n${remaining.map((n) => ` ${n}\n`).join('')}` };
  yield { op: 'err', text: checkErrText(aggregate(fatal)!) };
  return 1;
}

function drainOptions(env: KubectlEnv, args: ParsedArgs, dryRun: DrainOptions['dryRun']): DrainOptions {
  const f = args.flags;
  return {
    force: f.force === true,
    ignoreDaemonSets: f['ignore-daemonsets'] === true,
    deleteEmptyDirData: f['delete-emptydir-data'] === true || f['delete-local-data'] === true,
    skipWaitForDeleteTimeoutSeconds: Number(f['skip-wait-for-delete-timeout'] ?? 0),
    podSelector: String(f['pod-selector'] ?? ''),
    gracePeriodSeconds: Number(f['grace-period'] ?? -1),
    timeoutMs: Number(f.timeout ?? 0),
    disableEviction: f['disable-eviction'] === true,
    dryRun,
    now: () => env.now(),
  };
}

/** deleteOrEvictPodsSimple: refuse, warn, evict; on a failure, say which Pods are still there. */
function* drainNode(node: Node, o: DrainOptions): Step<GoError | undefined> {
  const name = node.metadata?.name ?? '';
  const found = yield* podsForDeletion(name, o);
  if ('error' in found) return aggregate([found.error]);
  if (found.errors.length > 0) return aggregate(found.errors);
  const warnings = warningsText(found.list);
  if (warnings) yield { op: 'err', text: `Warning: ${warnings}\n` };
  const pods = podsToDelete(found.list);
  if (o.dryRun === 'client') {
    for (const pod of pods) yield { op: 'out', text: `evicting pod ${pod.metadata?.namespace}/${pod.metadata?.name} (dry run)\n` };
    return undefined;
  }
  const err = yield* deleteOrEvictPods(pods, o);
  if (err) yield* reportPending(name, err, o);
  return err;
}

/** What kubectl says after a failed eviction: the Pods still on the Node, listed again. */
function* reportPending(nodeName: string, err: GoError, o: DrainOptions): Step<void> {
  const again = yield* podsForDeletion(nodeName, o);
  if ('error' in again) {
    yield { op: 'err', text: `Following errors occurred while getting the list of pods to delete:\n${again.error.message}` };
    return;
  }
  const pending = podsToDelete(again.list);
  if (pending.length > 0) {
    yield { op: 'err', text: `There are pending pods in node ${JSON.stringify(nodeName)} when an error occurred: ${err.message}\n${pending.map((p) => `pod/${p.metadata?.name}\n`).join('')}` };
  }
  if (again.errors.length > 0) yield { op: 'err', text: `Following errors occurred while getting the list of pods to delete:\n${aggregate(again.errors)!.message}` };
}
