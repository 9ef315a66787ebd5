// `kubectl taint nodes NODE key=value:Effect`: read each Node, work out its new taints
// locally (taintSpec.ts) and send the difference as a strategic merge patch
// (`{"spec":{"taints":[…]}}` — taints are a list without a merge key, so it is sent whole).
// The scheduler's TaintToleration filter then keeps Pods that do not tolerate a taint off it.
import type { KubeObject, Node } from '../../api/objects';
import { resourceForName } from '../../api/resources';
import { twoWayMergePatch } from '../../api/strategicPatch';
import type { ParsedArgs } from '../cli';
import { checkErrText, plainError, usageError, type GoError } from '../goErrors';
import type { KubectlEffect, KubectlEnv, KubectlProgram } from '../program';
import { dryRunStrategy, dryRunSuffix, type DryRunStrategy } from './dryRun';
import { getNode, listNodes, NODES, patchNode, visitErrors } from './nodeArgs';
import { outputFormatError, printedObject } from './printObject';
import { conflictingTaints, existingTaintKeys, parseTaints, reorganizeTaints, type Taint, type TaintChanges } from './taintSpec';

type Step<T> = Generator<KubectlEffect, T, unknown>;

interface TaintRun {
  changes: TaintChanges;
  overwrite: boolean;
  dryRun: DryRunStrategy;
  output: string;
  fieldManager: string;
}

export function* taint(_env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const planned = plan(args);
  if ('message' in planned) return yield* fail(planned);
  const { run, names } = planned;
  const selector = String(args.flags.selector ?? '');
  const errors: GoError[] = [];
  if (args.flags.all === true || selector !== '') {
    const listed = yield* listNodes(selector);
    if ('error' in listed) return yield* fail(listed.error);
    for (const node of listed.nodes) errors.push(...(yield* taintOne(node, run)));
  } else {
    // Each named Node is read and changed in turn; one that fails does not stop the others.
    for (const name of names) {
      const got = yield* getNode(name);
      if ('error' in got) errors.push(got.error);
      else errors.push(...(yield* taintOne(got.node, run)));
    }
  }
  const err = visitErrors(errors);
  return err ? yield* fail(err) : 0;
}

function* fail(err: GoError): KubectlProgram {
  yield { op: 'err', text: checkErrText(err) };
  return 1;
}

/** Complete and Validate: everything kubectl refuses before it reads a Node. */
function plan(args: ParsedArgs): { run: TaintRun; names: string[] } | GoError {
  const dryRun = dryRunStrategy(args.flags);
  if (typeof dryRun !== 'string') return plainError(dryRun.error);
  const output = String(args.flags.output ?? '');
  const badOutput = outputFormatError(output);
  if (badOutput) return plainError(badOutput);
  const split = splitArgs(args.positional);
  if ('message' in split) return split;
  if (split.resources.length < 1) return plainError('one or more resources must be specified as <resource> <name>');
  if (split.specs.length < 1) return plainError('at least one taint update is required');
  const changes = parseTaints(split.specs);
  if (typeof changes === 'string') return usageError(changes, 'kubectl taint');
  const invalid = validate(args, split.resources, changes);
  if (invalid) return invalid;
  const run = { changes, overwrite: args.flags.overwrite === true, dryRun, output, fieldManager: String(args.flags['field-manager'] ?? 'kubectl-taint') };
  return { run, names: split.resources.slice(1) };
}

/** Resources first, then taints (a word with `=` or `:`, or ending in `-`). */
function splitArgs(positional: string[]): { resources: string[]; specs: string[] } | GoError {
  const resources: string[] = [];
  const specs: string[] = [];
  for (const s of positional) {
    const isTaint = s.includes('=') || s.includes(':') || s.endsWith('-');
    if (isTaint) specs.push(s);
    else if (specs.length > 0) return plainError(`all resources must be specified before taint changes: ${s}`);
    else resources.push(s);
  }
  return { resources, specs };
}

function validate(args: ParsedArgs, resources: string[], changes: TaintChanges): GoError | undefined {
  const type = resources[0]!.toLowerCase();
  const resource = resourceForName(type);
  if (!resource) return plainError(`the server doesn't have a resource type ${JSON.stringify(type)}`);
  if (resource.kind !== 'Node') return plainError(`invalid resource type ${type}, only node types are supported`);
  const conflict = conflictingTaints(changes);
  if (conflict) return plainError(conflict);
  const selector = String(args.flags.selector ?? '');
  if (args.flags.all === true && selector !== '') return plainError("setting 'all' parameter with a non empty selector is prohibited");
  if (args.flags.all !== true && selector === '' && resources.length < 2) return plainError("at least one resource name must be specified since 'all' parameter is not set");
  return undefined;
}

/** updateTaints, then the PATCH (none for a client dry run) and `node/node-1 tainted`. */
function* taintOne(node: Node, run: TaintRun): Step<GoError[]> {
  const name = node.metadata?.name ?? '';
  const current = (node.spec?.taints ?? []) as Taint[];
  if (!run.overwrite) {
    const existing = existingTaintKeys(current, run.changes.add);
    if (existing) return [plainError(`node ${name} already has ${existing} taint(s) with same effect(s) and --overwrite is false`)];
  }
  const next = reorganizeTaints(current, run.overwrite, run.changes);
  if (next.errors.length > 0) return [visitErrors(next.errors.map(plainError))!];
  const after = withTaints(node, next.taints);
  let shown: KubeObject = after;
  if (run.dryRun !== 'client') {
    const patched = yield* patchNode(name, twoWayMergePatch(node, after), run.dryRun, run.fieldManager);
    if ('error' in patched) return [patched.error];
    shown = patched.node as KubeObject;
  }
  yield { op: 'out', text: printedObject(shown, NODES, run.output, next.operation + dryRunSuffix(run.dryRun)) };
  return [];
}

/** The Node with these taints; none leaves the field out (omitempty), so the patch sends `null`. */
function withTaints(node: Node, taints: Taint[]): KubeObject {
  const { taints: _old, ...spec } = node.spec ?? {};
  return { ...node, spec: taints.length > 0 ? { ...spec, taints } : spec } as KubeObject;
}
