// `kubectl cordon` and `kubectl uncordon` (kubectl pkg/cmd/drain, pkg/drain/cordon.go): set
// or clear a Node's `spec.unschedulable` with a strategic merge patch. The scheduler's
// NodeUnschedulable filter then keeps new Pods off it, and the node lifecycle controller
// adds the `node.kubernetes.io/unschedulable:NoSchedule` taint. `drain` starts the same way.
import type { Node } from '../../api/objects';
import { resourceForName } from '../../api/resources';
import { parseLabelSelector } from '../../api/selectors';
import { twoWayMergePatch } from '../../api/strategicPatch';
import type { ParsedArgs } from '../cli';
import { checkErrText, plainError, usageError, type GoError } from '../goErrors';
import type { KubectlEffect, KubectlEnv, KubectlProgram } from '../program';
import { dryRunStrategy, dryRunSuffix, type DryRunStrategy } from './dryRun';
import { nodesByNameOrSelector, patchNode } from './nodeArgs';

type Step<T> = Generator<KubectlEffect, T, unknown>;

export function* cordon(_env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  return yield* cordonCommand(args, 'cordon');
}

export function* uncordon(_env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  return yield* cordonCommand(args, 'uncordon');
}

function* cordonCommand(args: ParsedArgs, verb: 'cordon' | 'uncordon'): KubectlProgram {
  const found = yield* completeNodes(args, verb);
  if ('message' in found) return yield* failWith(found);
  yield* cordonOrUncordon(found.nodes, verb === 'cordon', found.dryRun);
  return 0;
}

export function* failWith(err: GoError): KubectlProgram {
  yield { op: 'err', text: checkErrText(err) };
  return 1;
}

/**
 * DrainCmdOptions.Complete: NODE names or `-l` (not both), the dry-run strategy, and every
 * Node read before anything is changed.
 */
export function* completeNodes(args: ParsedArgs, verb: string): Step<{ nodes: Node[]; dryRun: DryRunStrategy } | GoError> {
  const selector = String(args.flags.selector ?? '');
  const names = args.positional;
  if (names.length === 0 && !args.set.has('selector')) return usageError(`USAGE: ${verb} NODE [flags]`, `kubectl ${verb}`);
  if (names.length > 0 && selector !== '') return usageError('error: cannot specify both a node name and a --selector option', `kubectl ${verb}`);
  const dryRun = dryRunStrategy(args.flags);
  if (typeof dryRun !== 'string') return plainError(dryRun.error);
  const podSelector = String(args.flags['pod-selector'] ?? '');
  if (podSelector !== '' && !parseLabelSelector(podSelector).ok) return plainError('--pod-selector=<pod_selector> must be a valid label selector');
  const nodeNames: string[] = [];
  for (const arg of names) {
    const name = nodeName(arg);
    if (typeof name !== 'string') return name;
    nodeNames.push(name);
  }
  const found = yield* nodesByNameOrSelector(nodeNames, selector);
  return 'error' in found ? found.error : { nodes: found.nodes, dryRun };
}

/** ResourceNames("nodes", …): a bare name, or TYPE/NAME where the type must be Node. */
function nodeName(arg: string): string | GoError {
  const slash = arg.indexOf('/');
  if (slash < 0) return arg;
  const type = arg.slice(0, slash);
  const resource = resourceForName(type);
  if (!resource) return plainError(`the server doesn't have a resource type ${JSON.stringify(type)}`);
  if (resource.kind !== 'Node') {
    const [group, version] = resource.groupVersion.includes('/') ? resource.groupVersion.split('/') : ['', resource.groupVersion];
    return plainError(`error: expected resource of type node, got "${group}/${version}, Resource=${resource.resource}"`);
  }
  return arg.slice(slash + 1);
}

/**
 * RunCordonOrUncordon: a Node already as wanted is only reported; otherwise it is patched
 * (not for a client dry run). A failed patch is reported and the next Node still done.
 */
export function* cordonOrUncordon(nodes: Node[], desired: boolean, dryRun: DryRunStrategy): Step<void> {
  const verb = desired ? 'cordon' : 'uncordon';
  for (const node of nodes) {
    const name = node.metadata?.name ?? '';
    if ((node.spec?.unschedulable === true) === desired) {
      yield { op: 'out', text: `node/${name} already ${verb}ed${dryRunSuffix(dryRun)}\n` };
      continue;
    }
    if (dryRun !== 'client') {
      const patched = yield* patchNode(name, twoWayMergePatch(node, withUnschedulable(node, desired)), dryRun);
      if ('error' in patched) {
        yield { op: 'err', text: `error: unable to ${verb} node ${JSON.stringify(name)}: ${patched.error.message}\n` };
        continue;
      }
    }
    yield { op: 'out', text: `node/${name} ${verb}ed${dryRunSuffix(dryRun)}\n` };
  }
}

/** The Node with spec.unschedulable as wanted; false is left out (omitempty), so uncordon sends `null`. */
function withUnschedulable(node: Node, desired: boolean): Node {
  const { unschedulable: _old, ...spec } = node.spec ?? {};
  return { ...node, spec: desired ? { ...spec, unschedulable: true } : spec };
}
