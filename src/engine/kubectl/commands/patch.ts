// `kubectl patch (-f FILE | TYPE NAME | TYPE/NAME) -p PATCH [--type strategic|merge|json]`:
// read each object, send the patch as it was written (YAML is turned into JSON first), and
// say `patched`, or `patched (no change)` when the object came back as it was read. The
// API server merges it (strategic: lists of containers merge by name), so a Pod's image
// can change in place while the rest of its spec cannot.
import { parseDocument } from 'yaml';
import { applyJsonPatch } from '../../api/jsonPatch';
import { applyMergePatch, sameJson } from '../../api/mergePatch';
import type { KubeObject } from '../../api/objects';
import type { ApiRequest } from '../../api/protocol';
import type { ResourceInfo } from '../../api/resources';
import { strategicMerge } from '../../api/strategicMerge';
import { goYamlError, goYamlText } from '../../manifest/yamlErrors';
import type { ParsedArgs } from '../cli';
import { flagNamespace, nameOf, objectNamespace, stringList, warnings } from '../common';
import { kubectlErrorText } from '../errors';
import { readManifests } from '../files';
import { request, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { NO_RESOURCES } from './delete';
import { dryRunQuery, dryRunStrategy, dryRunSuffix, type DryRunStrategy } from './dryRun';
import { printedObject } from './printObject';
import { parseResourceArgs, responseError, targetOf } from './resourceArgs';

type Step<T> = Generator<KubectlEffect, T, unknown>;
type PatchType = NonNullable<ApiRequest['patchType']>;

const PATCH_TYPES: Record<string, PatchType> = { json: 'json', merge: 'merge', strategic: 'strategic' };

interface PatchOptions {
  type: PatchType;
  patch: unknown;
  dryRun: DryRunStrategy;
  output: string;
  subresource: string;
}

/** An object to patch: as read from the server (or the file), and where it lives. */
interface Found {
  resource: ResourceInfo;
  namespace: string | undefined;
  object: KubeObject;
}

export function* patch(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const opts = options(env, args);
  if (typeof opts === 'string') return yield* fail(opts);
  const found = yield* findObjects(env, args);
  if (typeof found === 'string') return yield* fail(found);
  if (found.length === 0) return yield* fail('error: no objects passed to patch');
  for (const f of found) {
    const error = yield* patchOne(f, opts, args);
    if (error) return yield* fail(error);
  }
  return 0;
}

function* fail(text: string): KubectlProgram {
  yield { op: 'err', text: text + '\n' };
  return 1;
}

/** Complete and Validate, then the patch itself: from -p or --patch-file, YAML or JSON. */
function options(env: KubectlEnv, args: ParsedArgs): PatchOptions | string {
  const inline = String(args.flags.patch ?? '');
  const file = String(args.flags['patch-file'] ?? '');
  if (inline !== '' && file !== '') return 'error: cannot specify --patch and --patch-file together';
  if (inline === '' && file === '') return 'error: must specify --patch or --patch-file containing the contents of the patch';
  if (args.flags.local === true) return 'error: Pod Lab does not simulate patch --local yet; patch the object in the cluster, or with --dry-run=client';
  const typeName = String(args.flags.type ?? 'strategic');
  const type = PATCH_TYPES[typeName.toLowerCase()];
  if (!type) return `error: --type must be one of [json merge strategic], not ${JSON.stringify(typeName)}`;
  const dryRun = dryRunStrategy(args.flags);
  if (typeof dryRun !== 'string') return dryRun.error;
  const output = String(args.flags.output ?? '');
  if (!['', 'name', 'yaml', 'json'].includes(output)) return `error: Pod Lab does not print patch's result as -o ${output} yet; run kubectl get with -o ${output} afterwards`;
  const subresource = String(args.flags.subresource ?? '');
  if (subresource !== '' && subresource !== 'status' && subresource !== 'scale') return `error: invalid subresource value: ${JSON.stringify(subresource)}. Must be one of [status scale]`;
  if (subresource === 'scale') return "error: Pod Lab's API server has no scale subresource yet; patch spec.replicas without --subresource, or use kubectl scale";
  const text = file !== '' ? env.files.get(file) : inline;
  if (text === undefined) return `error: unable to read patch file: open ${file}: no such file or directory`;
  const parsed = yamlToJson(text);
  if ('error' in parsed) return `error: unable to parse ${JSON.stringify(inline)}: error converting YAML to JSON: ${parsed.error}`;
  return { type, patch: parsed.value, dryRun, output, subresource };
}

/** sigs.k8s.io/yaml's ToJSON: JSON is YAML, so either way the patch becomes a JSON value. */
function yamlToJson(text: string): { value: unknown } | { error: string } {
  const doc = parseDocument(text);
  const err = doc.errors[0];
  if (err) return { error: goYamlText(goYamlError(err, text, 0, 0)) };
  return { value: doc.toJSON() ?? null };
}

/** The builder: objects named by -f (as the files have them) or by TYPE NAME / TYPE/NAME (read with GET). */
function* findObjects(env: KubectlEnv, args: ParsedArgs): Step<Found[] | string> {
  const files = stringList(args.flags.filename);
  if (files.length > 0) {
    const objects = yield* readManifests(env, files, args.flags.recursive === true, 'patch');
    if (!objects) return [];
    const found: Found[] = [];
    for (const m of objects) {
      const where = objectNamespace(env, args, m);
      if (where.error) return where.error;
      found.push({ resource: m.resource, namespace: where.ns, object: m.object });
    }
    return found;
  }
  if (args.positional.length === 0) return NO_RESOURCES;
  const parsed = parseResourceArgs(args.positional);
  if (!parsed.ok) return parsed.error;
  const found: Found[] = [];
  for (const q of parsed.queries) {
    if (q.names.length === 0) return 'error: resource(s) were provided, but no name was specified';
    const ns = q.resource.namespaced ? flagNamespace(env, args) : undefined;
    for (const name of q.names) {
      const res = yield* request({ verb: 'get', ...targetOf(q.resource, ns), name });
      if (res.code >= 300) return responseError(res);
      found.push({ resource: q.resource, namespace: ns, object: res.body as KubeObject });
    }
  }
  return found;
}

/** One PATCH (or, with --dry-run=client, the patch worked out here); undefined, or the error to print. */
function* patchOne(f: Found, opts: PatchOptions, args: ParsedArgs): Step<string | undefined> {
  const name = nameOf(f.object);
  let after: KubeObject;
  if (opts.dryRun === 'client') {
    const local = patchedLocally(f.object, opts);
    if ('error' in local) return `error: ${local.error}`;
    after = local.object;
  } else {
    const ref = { kind: f.resource.kind, name, ...(f.namespace ? { namespace: f.namespace } : {}) };
    const res = yield* request(
      {
        verb: 'patch',
        patchType: opts.type,
        ...targetOf(f.resource, f.namespace),
        name,
        ...(opts.subresource ? { subresource: opts.subresource } : {}),
        body: opts.patch,
        fieldManager: String(args.flags['field-manager'] ?? 'kubectl-patch'),
        query: dryRunQuery(opts.dryRun),
      },
      ref,
    );
    yield* warnings(res);
    if (res.code >= 300) return res.status ? kubectlErrorText(res.status) : responseError(res);
    after = res.body as KubeObject;
  }
  const operation = sameJson(f.object, after) ? 'patched (no change)' : 'patched';
  yield { op: 'out', text: printedObject(after, f.resource, opts.output, operation + dryRunSuffix(opts.dryRun)) };
  return undefined;
}

/** getPatchedJSON: the same three kinds of patch, applied to the object as read. */
function patchedLocally(obj: KubeObject, opts: PatchOptions): { object: KubeObject } | { error: string } {
  if (opts.type === 'json') {
    const r = applyJsonPatch(obj, opts.patch);
    return r.ok ? { object: r.value as KubeObject } : { error: r.error };
  }
  if (typeof opts.patch !== 'object' || opts.patch === null || Array.isArray(opts.patch)) return { error: `json: cannot unmarshal ${Array.isArray(opts.patch) ? 'array' : typeof opts.patch} into Go value of type map[string]interface {}` };
  const merged = opts.type === 'merge' ? applyMergePatch(obj, opts.patch) : strategicMerge(obj, opts.patch);
  return { object: merged as KubeObject };
}
