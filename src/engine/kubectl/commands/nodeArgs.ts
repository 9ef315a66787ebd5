// How `taint`, `cordon`, `uncordon` and `drain` find their Nodes: by name (one GET each)
// or by label selector (one LIST), as their resource builders do, and how they PATCH one.
import type { KubeList, Node } from '../../api/objects';
import { resourceForName } from '../../api/resources';
import { aggregate, serverError, type GoError } from '../goErrors';
import { request, type KubectlEffect } from '../program';
import { dryRunQuery, type DryRunStrategy } from './dryRun';

type Step<T> = Generator<KubectlEffect, T, unknown>;

export const NODES = resourceForName('nodes')!;

/** GET /api/v1/nodes/NAME. */
export function* getNode(name: string): Step<{ node: Node } | { error: GoError }> {
  const res = yield* request({ verb: 'get', resource: 'nodes', groupVersion: 'v1', name });
  return res.code >= 300 ? { error: serverError(res) } : { node: res.body as Node };
}

/** GET /api/v1/nodes?labelSelector=…: every Node the selector matches ('' for all). */
export function* listNodes(selector: string): Step<{ nodes: Node[] } | { error: GoError }> {
  const res = yield* request({ verb: 'list', resource: 'nodes', groupVersion: 'v1', ...(selector ? { query: { labelSelector: selector } } : {}) });
  return res.code >= 300 ? { error: serverError(res) } : { nodes: (res.body as KubeList).items as Node[] };
}

/**
 * The builder without ContinueOnError (cordon, uncordon, drain): every named Node is read
 * before any is changed, and the first that fails stops the command.
 */
export function* nodesByNameOrSelector(names: string[], selector: string): Step<{ nodes: Node[] } | { error: GoError }> {
  if (names.length === 0) return yield* listNodes(selector);
  const nodes: Node[] = [];
  for (const name of names) {
    const got = yield* getNode(name);
    if ('error' in got) return got;
    nodes.push(got.node);
  }
  return { nodes };
}

/** PATCH a Node with a strategic merge patch (kubectl's default for built-in types). */
export function* patchNode(name: string, body: unknown, dryRun: DryRunStrategy, fieldManager?: string): Step<{ node: Node } | { error: GoError }> {
  const query = dryRunQuery(dryRun);
  const res = yield* request(
    { verb: 'patch', patchType: 'strategic', resource: 'nodes', groupVersion: 'v1', name, body, ...(fieldManager ? { fieldManager } : {}), ...(Object.keys(query).length > 0 ? { query } : {}) },
    { kind: 'Node', name },
  );
  return res.code >= 300 ? { error: serverError(res) } : { node: res.body as Node };
}

/** The errors a ContinueOnError visit collected, as one error for CheckErr (undefined: none). */
export function visitErrors(errors: GoError[]): GoError | undefined {
  return errors.length === 1 ? errors[0] : aggregate(errors);
}
