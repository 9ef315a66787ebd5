// `kubectl diff -f FILE` (pkg/cmd/diff): what `kubectl apply` would change, without changing
// it. Each object of the files is read back from the server (LIVE) and sent again as apply
// would send it, with ?dryRun=All, so the API server defaults, validates and admits it but
// stores nothing (MERGED: a dry-run create for a new object, a dry-run three-way patch for
// an existing one). Both are written as YAML into two temp directories and compared with
// `diff -u -N`; exit 0 when nothing would change, 1 when something would, 2 on an error.
import type { KubeObject } from '../../api/objects';
import { groupOf } from '../../api/resources';
import { matchesLabels, parseLabelSelector, type Selector } from '../../api/selectors';
import type { ParsedArgs } from '../cli';
import { threeWayPatch } from '../applyPatch';
import { nameOf, objectNamespace, stringList, withNamespace } from '../common';
import { kubectlErrorText } from '../errors';
import { readManifests, type ManifestObject } from '../files';
import { toYaml } from '../printers';
import { err, out, request, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { diffTime, unifiedFileDiff, type DiffSide } from '../unifiedDiff';
import { modifiedConfiguration, parseLastApplied } from './apply';

/** An error ends kubectl diff with status 2 (cmdutil.CheckDiffErr: the usual code plus one), 1 meaning "differences found". */
const FAILED = 2;

interface Versions {
  /** `v1.Pod.default.web`: the file both directories hold for the object. */
  name: string;
  live: KubeObject | undefined;
  merged: KubeObject;
}

export function* diff(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const problem = optionError(args);
  if (problem) return yield* failed(problem);
  const selector = parseLabelSelector(String(args.flags.selector ?? ''));
  if (!selector.ok) return yield* failed(selector.error);
  const objects = yield* readManifests(env, stringList(args.flags.filename), args.flags.recursive === true);
  if (!objects) return FAILED;
  const liveDir = `/tmp/LIVE-${(yield { op: 'randomUint32' }) as number}`;
  const mergedDir = `/tmp/MERGED-${(yield { op: 'randomUint32' }) as number}`;
  const versions: Versions[] = [];
  for (const m of objects.filter((o) => selected(selector.selector, o))) {
    const v = yield* versionsOf(env, args, m);
    if (!v) return FAILED;
    versions.push(v);
  }
  // The files are written object by object, LIVE then MERGED, a few microseconds apart; diff reads them in name order.
  let nanos = ((yield { op: 'randomUint32' }) as number) % 500_000;
  const written = (path: string, obj: KubeObject | undefined): DiffSide => {
    nanos += 20_000 + (path.length * 7919) % 40_000;
    return { path, text: obj ? toYaml(obj) : undefined, time: diffTime(env.now(), nanos) };
  };
  const files = versions.map((v) => ({ name: v.name, live: written(`${liveDir}/${v.name}`, v.live), merged: written(`${mergedDir}/${v.name}`, v.merged) }));
  let text = '';
  for (const f of files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) text += unifiedFileDiff('diff -u -N', f.live, f.merged);
  if (text === '') return 0;
  yield* out(text);
  return 1;
}

/** The checks DiffOptions.Complete and validateArgs make before reading anything. */
function optionError(args: ParsedArgs): string | undefined {
  if (args.positional.length > 0) return `error: Unexpected args: [${args.positional.join(' ')}]\nSee 'kubectl diff -h' for help and examples`;
  if (stringList(args.flags.filename).length === 0) return 'error: must specify one of -f and -k';
  if (args.flags['force-conflicts'] === true && args.flags['server-side'] !== true) return 'error: --force-conflicts only works with --server-side';
  if (args.flags['server-side'] === true) return 'error: Pod Lab does not simulate server-side apply yet (field managers and their conflicts); run kubectl diff without --server-side';
  if (args.flags.prune === true) return 'error: Pod Lab does not simulate diff --prune yet; kubectl get shows what the files no longer hold';
  return undefined;
}

/** The resource builder's LabelSelectorParam: with -l, only the files' objects whose labels match. */
function selected(selector: Selector, m: ManifestObject): boolean {
  return selector.length === 0 || matchesLabels(selector, m.object.metadata?.labels);
}

/** InfoObject.Name: `[group.]version.kind.namespace.name`. */
function fileName(m: ManifestObject, ns: string | undefined): string {
  const group = groupOf(m.resource);
  const version = m.resource.groupVersion.split('/').pop();
  return `${group ? `${group}.` : ''}${version}.${m.object.kind}.${ns ?? ''}.${nameOf(m.object)}`;
}

/** The object as the server holds it and as it would hold it once applied; undefined after an error (printed). */
function* versionsOf(env: KubectlEnv, args: ParsedArgs, m: ManifestObject): Generator<KubectlEffect, Versions | undefined, unknown> {
  const where = objectNamespace(env, args, m);
  if (where.error) return yield* printed(where.error);
  const name = nameOf(m.object);
  const ref = { kind: m.object.kind, name, ...(where.ns ? { namespace: where.ns } : {}) };
  const target = { resource: m.resource.resource, groupVersion: m.resource.groupVersion, ...(where.ns ? { namespace: where.ns } : {}) };
  const local = withNamespace(m.object, where.ns);
  const got = yield* request({ verb: 'get', ...target, name }, ref);
  if (got.code >= 300 && got.code !== 404) return yield* serverFailure(got.status);
  const live = got.code === 404 ? undefined : (got.body as KubeObject);
  const query = { dryRun: 'All' };
  let merged = live;
  if (!live) {
    const created = yield* request({ verb: 'create', ...target, body: local, fieldManager: String(args.flags['field-manager']), query }, ref);
    if (created.code >= 300) return yield* serverFailure(created.status);
    merged = created.body as KubeObject;
  } else {
    const patch = threeWayPatch(parseLastApplied(live), modifiedConfiguration(local, false), live);
    if (Object.keys(patch).length > 0) {
      const patched = yield* request({ verb: 'patch', ...target, name, body: patch, fieldManager: String(args.flags['field-manager']), query }, ref);
      if (patched.code >= 300) return yield* serverFailure(patched.status);
      merged = patched.body as KubeObject;
    }
    if (live.metadata?.deletionTimestamp) yield* err(`Warning: Detected changes to resource ${name} which is currently being deleted.\n`);
  }
  return { name: fileName(m, where.ns), ...masked(m, live, merged!) };
}

const MASK = { same: '***', before: '*** (before)', after: '*** (after)' };

/** Masker: a Secret's data values never reach the screen; a changed one shows as before/after. */
function masked(m: ManifestObject, live: KubeObject | undefined, merged: KubeObject): { live: KubeObject | undefined; merged: KubeObject } {
  if (m.object.kind !== 'Secret' || m.resource.groupVersion !== 'v1') return { live, merged };
  const from = (live as { data?: Record<string, string> } | undefined)?.data;
  const to = (merged as { data?: Record<string, string> }).data;
  const maskedFrom: Record<string, string> = {};
  const maskedTo: Record<string, string> = {};
  for (const k of Object.keys(from ?? {})) {
    const changed = to !== undefined && k in to && to[k] !== from![k];
    maskedFrom[k] = changed ? MASK.before : MASK.same;
    if (to !== undefined && k in to) maskedTo[k] = changed ? MASK.after : MASK.same;
  }
  for (const k of Object.keys(to ?? {})) maskedTo[k] ??= MASK.same;
  return {
    live: live && from ? { ...live, data: maskedFrom } as KubeObject : live,
    merged: to ? { ...merged, data: maskedTo } as KubeObject : merged,
  };
}

function* serverFailure(status: Parameters<typeof kubectlErrorText>[0] | undefined): Generator<KubectlEffect, undefined, unknown> {
  return yield* printed(status ? kubectlErrorText(status) : 'error: unknown error');
}

function* printed(text: string): Generator<KubectlEffect, undefined, unknown> {
  yield* err(text + '\n');
  return undefined;
}

function* failed(text: string): Generator<KubectlEffect, number, unknown> {
  yield* printed(text);
  return FAILED;
}
