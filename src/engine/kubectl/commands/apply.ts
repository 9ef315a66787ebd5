import type { KubeObject } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { canonicalJson, threeWayPatch } from '../applyPatch';
import { fieldValidation, nameOf, objectNamespace, serverError, stringList, warnings } from '../common';
import { displayName, readManifests, type ManifestObject } from '../files';
import { note, out, request, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * `kubectl apply -f`: client-side apply. For each object: GET it; if it is not there,
 * POST it with the last-applied-configuration annotation (`created`); if it is, PATCH the
 * three-way difference (`configured`), or say `unchanged` when there is none.
 */
export function* apply(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const files = stringList(args.flags.filename);
  if (files.length === 0) {
    yield { op: 'err', text: "error: must specify one of -f and -k\n\nSee 'kubectl apply -h' for help and examples\n" };
    return 1;
  }
  const validation = fieldValidation(args);
  if ('error' in validation) {
    yield { op: 'err', text: validation.error + '\n' };
    return 1;
  }
  const unsupported = notSimulated(args);
  if (unsupported) {
    yield { op: 'err', text: unsupported + '\n' };
    return 1;
  }
  const objects = yield* readManifests(env, files, args.flags.recursive === true, 'apply');
  if (!objects) return 1;
  let code = 0;
  for (const m of objects) if (!(yield* applyOne(env, args, m, validation.query, objects.length))) code = 1;
  return code;
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

function* applyOne(env: KubectlEnv, args: ParsedArgs, m: ManifestObject, query: Record<string, string>, objects: number): Generator<KubectlEffect, boolean, unknown> {
  const where = objectNamespace(env, args, m);
  if (where.error) {
    yield { op: 'err', text: where.error + '\n' };
    return false;
  }
  const name = nameOf(m.object);
  const ref = { kind: m.object.kind, name, ...(where.ns ? { namespace: where.ns } : {}) };
  yield* note('manifest.validate', { step: 3, ref, detail: { source: m.source, apiVersion: m.object.apiVersion, kind: m.object.kind, objects } });
  const desired = withLastApplied(m.object);
  const target = { resource: m.resource.resource, groupVersion: m.resource.groupVersion, ...(where.ns ? { namespace: where.ns } : {}) };
  if (!name && m.object.metadata?.generateName) {
    yield { op: 'err', text: `error: from ${m.object.metadata.generateName}: cannot use generate name with apply\n` };
    return false;
  }
  const live = yield* request({ verb: 'get', ...target, name, step: 4 }, ref);
  if (live.code === 404) {
    const created = yield* request({ verb: 'create', ...target, body: desired, fieldManager: 'kubectl-client-side-apply', step: 4, query }, ref);
    yield* warnings(created);
    if (created.code >= 300) {
      yield* serverError(created, 'creating', m);
      return false;
    }
    yield* out(`${displayName(m.resource, nameOf(created.body as KubeObject))} created\n`);
    return true;
  }
  if (live.code >= 300) {
    yield* serverError(live, 'applying', m);
    return false;
  }
  const current = live.body as KubeObject;
  const original = parseLastApplied(current);
  const patch = threeWayPatch(original, desired, current);
  if (Object.keys(patch).length === 0) {
    yield* out(`${displayName(m.resource, name)} unchanged\n`);
    return true;
  }
  const patched = yield* request({ verb: 'patch', ...target, name, body: patch, fieldManager: 'kubectl-client-side-apply', step: 4, query }, ref);
  yield* warnings(patched);
  if (patched.code >= 300) {
    yield* serverError(patched, 'patching', m);
    return false;
  }
  yield* out(`${displayName(m.resource, name)} configured\n`);
  return true;
}

/** The object as sent: its annotations plus last-applied-configuration, the file's own content as JSON. */
function withLastApplied(obj: KubeObject): KubeObject {
  const annotations = { ...(obj.metadata?.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  const metadata = { ...obj.metadata };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  else delete metadata.annotations;
  const original = { ...obj, metadata };
  return { ...obj, metadata: { ...metadata, annotations: { ...annotations, [LAST_APPLIED]: canonicalJson(original) + '\n' } } };
}

function parseLastApplied(obj: KubeObject): unknown {
  const text = obj.metadata?.annotations?.[LAST_APPLIED];
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

