import type { KubeObject } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { canonicalJson, threeWayPatch } from '../applyPatch';
import { fieldValidation, nameOf, objectNamespace, serverError, stringList, warnings, withNamespace } from '../common';
import { readManifests, type ManifestObject } from '../files';
import { note, out, request, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { failWith } from './createGenerated';
import { dryRunQuery, dryRunStrategy, dryRunSuffix, type DryRunStrategy } from './dryRun';
import { outputFormatError, printedObject, printedObjects } from './printObject';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

interface ApplyOptions {
  dryRun: DryRunStrategy;
  output: string;
  query: Record<string, string>;
}

/**
 * `kubectl apply -f`: client-side apply. For each object: GET it; if it is not there,
 * POST it with the last-applied-configuration annotation (`created`); if it is, PATCH the
 * three-way difference (`configured`), or say `unchanged` when there is none. With
 * `-o yaml|json` the objects are printed once all are applied, one object or a List.
 */
export function* apply(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const dryRun = dryRunStrategy(args.flags);
  if (typeof dryRun !== 'string') return yield* failWith(dryRun.error);
  const files = stringList(args.flags.filename);
  if (files.length === 0) return yield* failWith("error: must specify one of -f and -k\n\nSee 'kubectl apply -h' for help and examples");
  const validation = fieldValidation(args);
  if ('error' in validation) return yield* failWith(validation.error);
  const unsupported = notSimulated(args);
  if (unsupported) return yield* failWith(unsupported);
  const objects = yield* readManifests(env, files, args.flags.recursive === true, 'apply');
  if (!objects) return 1;
  const opts: ApplyOptions = { dryRun, output: String(args.flags.output ?? ''), query: { ...dryRunQuery(dryRun), ...validation.query } };
  const applied: KubeObject[] = [];
  let code = 0;
  for (const m of objects) {
    const obj = yield* applyOne(env, args, m, opts, objects.length);
    if (obj) applied.push(obj);
    else code = 1;
  }
  if (code !== 0 || !printsObjects(opts.output)) return code;
  // The printer is only made now (ApplyOptions.ToPrinter), so a wrong -o fails after the writes.
  const badOutput = outputFormatError(opts.output);
  if (badOutput) return yield* failWith(badOutput);
  yield* out(printedObjects(applied, opts.output));
  return 0;
}

/** ApplyOptions.shouldPrintObject: any -o but name prints the objects at the end instead of a line each. */
function printsObjects(output: string): boolean {
  return output !== '' && output !== 'name';
}

/**
 * Flags that would change what apply does but that Pod Lab does not simulate: refused with
 * kubectl's own error where it has one, else said plainly, rather than quietly ignored.
 */
function notSimulated(args: ParsedArgs): string | undefined {
  if (args.flags['server-side'] === true) return 'error: Pod Lab does not simulate server-side apply yet (field managers and their conflicts); run kubectl apply without --server-side';
  if (args.flags.prune !== true) return undefined;
  if (args.flags.all !== true && String(args.flags.selector ?? '') === '') {
    return 'error: all resources selected for prune without explicitly passing --all. To prune all resources, pass the --all flag. If you did not mean to prune all resources, specify a label selector';
  }
  return 'error: Pod Lab does not simulate apply --prune yet; delete what the files no longer hold with kubectl delete';
}

/**
 * One object: the object apply ends up with (what the server answered, or under
 * --dry-run=client what it would send), or undefined after an error. A client dry run of
 * an existing object computes no patch: kubectl says `configured (dry run)` and holds the
 * live object, whatever the file says.
 */
function* applyOne(env: KubectlEnv, args: ParsedArgs, m: ManifestObject, opts: ApplyOptions, objects: number): Generator<KubectlEffect, KubeObject | undefined, unknown> {
  const where = objectNamespace(env, args, m);
  if (where.error) return yield* failed(where.error);
  const name = nameOf(m.object);
  const ref = { kind: m.object.kind, name, ...(where.ns ? { namespace: where.ns } : {}) };
  yield* note('manifest.validate', { step: 3, ref, detail: { source: m.source, apiVersion: m.object.apiVersion, kind: m.object.kind, objects } });
  const desired = modifiedConfiguration(withNamespace(m.object, where.ns), true);
  const target = { resource: m.resource.resource, groupVersion: m.resource.groupVersion, ...(where.ns ? { namespace: where.ns } : {}) };
  if (!name && m.object.metadata?.generateName) return yield* failed(`error: from ${m.object.metadata.generateName}: cannot use generate name with apply`);
  const live = yield* request({ verb: 'get', ...target, name, step: 4 }, ref);
  if (live.code === 404) {
    if (opts.dryRun === 'client') return yield* done(desired, m, opts, 'created');
    const created = yield* request({ verb: 'create', ...target, body: desired, fieldManager: 'kubectl-client-side-apply', step: 4, query: opts.query }, ref);
    yield* warnings(created);
    if (created.code >= 300) {
      yield* serverError(created, 'creating', m);
      return undefined;
    }
    return yield* done(created.body as KubeObject, m, opts, 'created');
  }
  if (live.code >= 300) {
    yield* serverError(live, 'applying', m);
    return undefined;
  }
  const current = live.body as KubeObject;
  if (opts.dryRun === 'client') return yield* done(current, m, opts, 'configured');
  if (current.metadata?.annotations?.[LAST_APPLIED] === undefined) {
    yield { op: 'err', text: `Warning: resource ${m.resource.resource}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n` };
  }
  const patch = threeWayPatch(parseLastApplied(current), desired, current);
  if (Object.keys(patch).length === 0) return yield* done(current, m, opts, 'unchanged', true);
  const patched = yield* request({ verb: 'patch', ...target, name, body: patch, fieldManager: 'kubectl-client-side-apply', step: 4, query: opts.query }, ref);
  yield* warnings(patched);
  if (patched.code >= 300) {
    yield* serverError(patched, 'patching', m);
    return undefined;
  }
  return yield* done(patched.body as KubeObject, m, opts, 'configured', true);
}

/**
 * An object applied: its line (`pod/web configured`), unless -o prints the objects at the
 * end; after a patch, a warning if the object is already being deleted (WarnIfDeleting).
 */
function* done(obj: KubeObject, m: ManifestObject, opts: ApplyOptions, operation: string, patched = false): Generator<KubectlEffect, KubeObject, unknown> {
  if (patched && obj.metadata?.deletionTimestamp) yield { op: 'err', text: `Warning: Detected changes to resource ${obj.metadata.name ?? ''} which is currently being deleted.\n` };
  if (!printsObjects(opts.output)) yield* out(printedObject(obj, m.resource, opts.output, operation + dryRunSuffix(opts.dryRun)));
  return obj;
}

function* failed(text: string): Generator<KubectlEffect, undefined, unknown> {
  yield { op: 'err', text: text + '\n' };
  return undefined;
}

/**
 * The object as sent (GetModifiedConfiguration): its annotations — an empty map when it
 * has none — and, with `annotate` (apply; not diff), last-applied-configuration: the
 * object itself as JSON.
 */
export function modifiedConfiguration(obj: KubeObject, annotate: boolean): KubeObject {
  const annotations = { ...(obj.metadata?.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  const original = { ...obj, metadata: { ...obj.metadata, annotations } };
  if (!annotate) return original;
  return { ...obj, metadata: { ...obj.metadata, annotations: { ...annotations, [LAST_APPLIED]: canonicalJson(original) + '\n' } } };
}

/** What the object's last-applied-configuration annotation says, parsed (undefined when it has none or it is not JSON). */
export function parseLastApplied(obj: KubeObject): unknown {
  const text = obj.metadata?.annotations?.[LAST_APPLIED];
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
