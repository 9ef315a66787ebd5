// `kubectl label` and `kubectl annotate`: read each object, change its labels or
// annotations locally, and send the difference as a JSON merge patch
// (`{"metadata":{"labels":{"app":"v2"}}}`) — a PATCH the controllers then react to,
// e.g. the EndpointSlice controller dropping a Pod whose labels no longer match.
import { createMergePatch, sameJson } from '../../api/mergePatch';
import type { KubeObject } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { flagNamespace } from '../common';
import { request, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { applyPairs, conflicts, parseAnnotationPairs, parseLabelPairs, resourcesAndPairs, type Pairs } from './pairs';
import { dryRunQuery, dryRunStrategy, dryRunSuffix, type DryRunStrategy } from './dryRun';
import { printedObject } from './printObject';
import { listObjects, parseResourceArgs, responseError, targetOf } from './resourceArgs';
import type { ResourceInfo } from '../../api/resources';

type Step<T> = Generator<KubectlEffect, T, unknown>;

/** What differs between the two verbs: the field, the words, the parser. */
interface MetadataVerb {
  verb: 'label' | 'annotate';
  field: 'labels' | 'annotations';
  pairType: string;
  parse(specs: string[]): Pairs | string;
  overwriteError(found: [string, string][]): string[];
  /** The NamePrinter's operation: label says what changed, annotate always `annotated`. */
  operation(before: KubeObject, after: KubeObject, overwrite: boolean): string;
}

const LABEL: MetadataVerb = {
  verb: 'label',
  field: 'labels',
  pairType: 'label',
  parse: parseLabelPairs,
  overwriteError: (found) => found.map(([k, v]) => `error: '${k}' already has a value (${v}), and --overwrite is false`),
  operation: (before, after, overwrite) => {
    // updateDataChangeMsg compares the JSON of the object before and after, and its length.
    if (sameJson(before, after)) return 'not labeled';
    return !overwrite && JSON.stringify(after).length < JSON.stringify(before).length ? 'unlabeled' : 'labeled';
  },
};

const ANNOTATE: MetadataVerb = {
  verb: 'annotate',
  field: 'annotations',
  pairType: 'annotation',
  parse: parseAnnotationPairs,
  overwriteError: (found) => [`error: --overwrite is false but found the following declared annotation(s): ${found.map(([k, v]) => `'${k}' already has a value (${v})`).join('; ')}`],
  operation: () => 'annotated',
};

interface Found {
  resource: ResourceInfo;
  object: KubeObject;
}

export function* label(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  return yield* changeMetadata(env, args, LABEL);
}

export function* annotate(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  return yield* changeMetadata(env, args, ANNOTATE);
}

function* changeMetadata(env: KubectlEnv, args: ParsedArgs, v: MetadataVerb): KubectlProgram {
  const split = resourcesAndPairs(args.positional, v.pairType);
  if (typeof split === 'string') return yield* fail(split);
  const pairs = v.parse(split.pairs);
  if (typeof pairs === 'string') return yield* fail(pairs);
  const dryRun = dryRunStrategy(args.flags);
  if (typeof dryRun !== 'string') return yield* fail(dryRun.error);
  const invalid = validate(args, split.resources, pairs, v);
  if (invalid !== undefined) return yield* fail(invalid);
  const found = yield* findObjects(env, args, split.resources);
  const errors = [...found.errors];
  for (const f of found.objects) errors.push(...(yield* changeOne(args, f, pairs, v, dryRun)));
  if (errors.length > 0) yield { op: 'err', text: errors.map((e) => e + '\n').join('') };
  return errors.length > 0 ? 1 : 0;
}

function* fail(text: string): KubectlProgram {
  yield { op: 'err', text: text + '\n' };
  return 1;
}

/** Complete and Validate: what kubectl refuses before it reads anything. */
function validate(args: ParsedArgs, resources: string[], pairs: Pairs, v: MetadataVerb): string | undefined {
  if (args.flags.all === true && String(args.flags.selector ?? '') !== '') return 'error: cannot set --all and --selector at the same time';
  if (args.flags.all === true && String(args.flags['field-selector'] ?? '') !== '') return 'error: cannot set --all and --field-selector at the same time';
  if (resources.length === 0) return 'error: one or more resources must be specified as <resource> <name> or <resource>/<name>';
  if (pairs.set.size === 0 && pairs.remove.length === 0) return `error: at least one ${v.pairType} update is required`;
  return undefined;
}

/** The builder with `.Latest()`: named objects are read with GET, the rest listed. */
function* findObjects(env: KubectlEnv, args: ParsedArgs, resources: string[]): Step<{ objects: Found[]; errors: string[] }> {
  const parsed = parseResourceArgs(resources);
  if (!parsed.ok) return { objects: [], errors: [parsed.error] };
  const selector = String(args.flags.selector ?? '');
  const fieldSelector = String(args.flags['field-selector'] ?? '');
  const ns = flagNamespace(env, args);
  const objects: Found[] = [];
  const errors: string[] = [];
  for (const q of parsed.queries) {
    if (q.names.length > 0) {
      if (selector !== '' || args.flags.all === true) return { objects: [], errors: ['error: name cannot be provided when a selector is specified'] };
      for (const name of q.names) {
        const res = yield* request({ verb: 'get', ...targetOf(q.resource, ns), name });
        if (res.code >= 300) errors.push(responseError(res));
        else objects.push({ resource: q.resource, object: res.body as KubeObject });
      }
      continue;
    }
    if (selector === '' && fieldSelector === '' && args.flags.all !== true) return { objects: [], errors: ['error: resource(s) were provided, but no name was specified'] };
    const listed = yield* listObjects(q.resource, args.flags['all-namespaces'] === true ? undefined : ns, { labelSelector: selector, fieldSelector });
    if ('error' in listed) errors.push(listed.error);
    else objects.push(...listed.items.map((object) => ({ resource: q.resource, object })));
  }
  return { objects, errors };
}

/** One object: refuse overwrites, PATCH the difference, print `pod/web labeled`. */
function* changeOne(args: ParsedArgs, f: Found, pairs: Pairs, v: MetadataVerb, dryRun: DryRunStrategy): Step<string[]> {
  const overwrite = args.flags.overwrite === true;
  const meta = f.object.metadata ?? {};
  const current = meta[v.field] as Record<string, string> | undefined;
  if (!overwrite) {
    const found = conflicts(current, pairs);
    if (found.length > 0) return v.overwriteError(found);
  }
  if (v.verb === 'label' && dryRun !== 'client') {
    for (const k of pairs.remove) if (current?.[k] === undefined) yield { op: 'out', text: `label ${JSON.stringify(k)} not found.\n` };
  }
  const { [v.field]: _old, ...rest } = meta;
  const changed = applyPairs(current, pairs);
  let after: KubeObject = { ...f.object, metadata: changed ? { ...rest, [v.field]: changed } : rest };
  const operation = v.operation(f.object, after, overwrite);
  if (dryRun !== 'client') {
    const name = meta.name ?? '';
    const ref = { kind: f.resource.kind, name, ...(meta.namespace ? { namespace: meta.namespace } : {}) };
    const body = createMergePatch(f.object, after);
    const fieldManager = String(args.flags['field-manager'] ?? `kubectl-${v.verb}`);
    const res = yield* request({ verb: 'patch', patchType: 'merge', ...targetOf(f.resource, meta.namespace), name, body, fieldManager, query: dryRunQuery(dryRun) }, ref);
    if (res.code >= 300) return [responseError(res)];
    after = res.body as KubeObject;
  }
  yield { op: 'out', text: printedObject(after, f.resource, String(args.flags.output ?? ''), operation + dryRunSuffix(dryRun)) };
  return [];
}
