import type { KubeObject } from '../../api/objects';
import type { ResourceInfo } from '../../api/resources';
import type { ParsedArgs } from '../cli';
import { flagNamespace, nameOf, objectNamespace, stringList } from '../common';
import { kubectlErrorText } from '../errors';
import { readManifests } from '../files';
import { request, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { dryRunQuery, dryRunStrategy, dryRunSuffix, type DryRunStrategy } from './dryRun';
import { kindString, listObjects, parseResourceArgs, responseError, targetOf } from './resourceArgs';
import { WEEK_MS, waitDeleted } from './waitConditions';

/** One object to delete, as the builder found it. */
export interface Target {
  resource: ResourceInfo;
  namespace: string | undefined;
  name: string;
  /** The file it came from, for `error when deleting "pod.yaml": …`. */
  source?: string;
}

interface DeleteOptions {
  /** The DELETE's propagationPolicy: what happens to the objects this one owns. */
  cascade: Propagation;
  grace: number;
  force: boolean;
  ignoreNotFound: boolean;
  output: string;
  dryRun: DryRunStrategy;
}

type Step<T> = Generator<KubectlEffect, T, unknown>;

export const NO_RESOURCES = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

/**
 * `kubectl delete`: DELETE each object named by arguments, `-l`, `--all` or `-f`,
 * printing `pod "web" deleted from default namespace` as each DELETE returns; then, by
 * default (`--wait`), watch until every one is gone — a Pod only goes once its kubelet
 * has stopped the containers, so this takes its grace period.
 */
export function* deleteCommand(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const opts = yield* deleteOptions(args);
  if (typeof opts === 'number') return opts;
  const targets = yield* findTargets(env, args);
  if (targets === null) return 1;
  if (typeof targets === 'string') {
    yield { op: 'err', text: targets + '\n' };
    return 1;
  }
  const errors: string[] = [];
  const deleted: { target: Target; uid?: string }[] = [];
  let found = 0;
  let warnedClusterScope = !args.set.has('namespace') || args.flags['all-namespaces'] === true;
  for (const target of targets) {
    if (!warnedClusterScope && !target.resource.namespaced) {
      yield { op: 'err', text: 'Warning: deleting cluster-scoped resources, not scoped to the provided namespace\n' };
      warnedClusterScope = true;
    }
    const result = yield* deleteOne(target, opts);
    // An ignored NotFound still counts as found, as in kubectl: nothing is printed for it.
    if (result === 'skip') found += 1;
    else if (typeof result === 'string') errors.push(result);
    else deleted.push({ target, ...(result.uid ? { uid: result.uid } : {}) });
  }
  if (errors.length > 0) {
    yield { op: 'err', text: errors.map((e) => e + '\n').join('') };
    return 1;
  }
  if (deleted.length + found === 0) {
    yield { op: 'out', text: 'No resources found\n' };
    return 0;
  }
  if (args.flags.wait === false || opts.dryRun !== 'none') return 0;
  return yield* waitAll(env, deleted, Number(args.flags.timeout ?? 0));
}

export type Propagation = 'Background' | 'Foreground' | 'Orphan';

export const CASCADES: Record<string, Propagation> = { background: 'Background', foreground: 'Foreground', orphan: 'Orphan' };
/** The spellings Go's strconv.ParseBool reads. */
const TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

/** kubectl's parseCascadingFlag: a strategy, or the old boolean with a warning. */
function* cascadeOf(value: string): Step<{ policy: Propagation } | { error: string }> {
  const named = CASCADES[value];
  if (named) return { policy: named };
  const old = TRUE.includes(value) ? 'background' : FALSE.includes(value) ? 'orphan' : undefined;
  if (!old) return { error: `error: invalid cascade value (${value}). Must be "background", "foreground", or "orphan"` };
  yield { op: 'err', text: `warning: --cascade=${value} is deprecated (boolean value) and can be replaced with --cascade=${old}.\n` };
  return { policy: CASCADES[old]! };
}

/** Complete and Validate: cascading strategy, grace period, --now, --force and their conflicts. */
function* deleteOptions(args: ParsedArgs): Step<DeleteOptions | number> {
  const fail = function* (text: string): Step<number> {
    yield { op: 'err', text: text + '\n' };
    return 1;
  };
  const cascade = yield* cascadeOf(String(args.flags.cascade ?? 'background'));
  if ('error' in cascade) return yield* fail(cascade.error);
  const output = String(args.flags.output ?? '');
  if (output !== '' && output !== 'name') return yield* fail(`error: unexpected -o output mode: ${output}. We only support '-o name'`);
  let grace = Number(args.flags['grace-period'] ?? -1);
  const force = args.flags.force === true;
  if (args.flags.now === true) {
    if (grace !== -1) return yield* fail('error: --now and --grace-period cannot be specified together');
    grace = 1;
  }
  // kubectl turns --grace-period=0 into 1 unless --force asks for immediate removal.
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  const selecting = args.flags.all === true || String(args.flags.selector ?? '') !== '' || String(args.flags['field-selector'] ?? '') !== '';
  if (args.flags.all === true && String(args.flags.selector ?? '') !== '') return yield* fail('error: cannot set --all and --selector at the same time');
  if (force && grace > 0) return yield* fail('error: --force and --grace-period greater than 0 cannot be specified together');
  if (force && grace === 0) {
    yield { op: 'err', text: 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n' };
  }
  const dryRun = dryRunStrategy(args.flags);
  if (typeof dryRun !== 'string') return yield* fail(dryRun.error);
  const ignoreNotFound = args.set.has('ignore-not-found') ? args.flags['ignore-not-found'] === true : selecting || args.flags['ignore-not-found'] === true;
  return { cascade: cascade.policy, grace, force, ignoreNotFound, output, dryRun };
}

/** The builder: objects from files, or from TYPE NAME… / TYPE -l … / TYPE --all. */
/** null: the manifests could not be read (the reason is already printed). */
function* findTargets(env: KubectlEnv, args: ParsedArgs): Step<Target[] | string | null> {
  const files = stringList(args.flags.filename);
  if (files.length > 0) {
    if (args.positional.length > 0) return `error: Unexpected args: [${args.positional.join(' ')}]\nSee 'kubectl delete -h' for help and examples`;
    const objects = yield* readManifests(env, files, args.flags.recursive === true, 'delete');
    if (!objects) return null;
    const targets: Target[] = [];
    for (const m of objects) {
      const where = objectNamespace(env, args, m);
      if (where.error) return where.error;
      targets.push({ resource: m.resource, namespace: where.ns, name: nameOf(m.object), source: m.source });
    }
    return targets;
  }
  if (args.positional.length === 0) return NO_RESOURCES;
  const parsed = parseResourceArgs(args.positional);
  if (!parsed.ok) return parsed.error;
  const selector = String(args.flags.selector ?? '');
  const all = args.flags.all === true;
  const allNs = args.flags['all-namespaces'] === true;
  const ns = allNs ? undefined : flagNamespace(env, args);
  const targets: Target[] = [];
  for (const q of parsed.queries) {
    if (q.names.length > 0) {
      if (selector !== '' || all) return 'error: name cannot be provided when a selector is specified';
      for (const name of q.names) targets.push({ resource: q.resource, namespace: q.resource.namespaced ? flagNamespace(env, args) : undefined, name });
      continue;
    }
    if (selector === '' && !all && String(args.flags['field-selector'] ?? '') === '') return 'error: resource(s) were provided, but no name was specified';
    const listed = yield* listObjects(q.resource, ns, { labelSelector: selector, fieldSelector: String(args.flags['field-selector'] ?? '') });
    if ('error' in listed) return listed.error;
    for (const obj of listed.items) targets.push({ resource: q.resource, namespace: obj.metadata?.namespace, name: nameOf(obj) });
  }
  return targets;
}

/**
 * `kubectl run --rm`: DELETE what run created once its attached session is over, as
 * kubectl's DeleteResult does there — a missing object is no error, nothing waits for it
 * to go. The error text, if the DELETE failed.
 */
export function* removeCreated(resource: ResourceInfo, namespace: string, name: string): Step<string | undefined> {
  const result = yield* deleteOne({ resource, namespace, name }, { cascade: 'Background', grace: -1, force: false, ignoreNotFound: true, output: '', dryRun: 'none' });
  return typeof result === 'string' && result !== 'skip' ? result : undefined;
}

/**
 * `kubectl replace --force`: DELETE each object, as DeleteResult does for it — one that is
 * not there is no error and prints nothing. The error text, if a DELETE failed.
 */
export function* deleteForReplace(target: Required<Target>, opts: { grace: number; cascade: Propagation; output: string }): Step<string | undefined> {
  const result = yield* deleteOne(target, { ...opts, force: true, ignoreNotFound: true, dryRun: 'none' });
  return typeof result === 'string' && result !== 'skip' ? result : undefined;
}

/** One DELETE; what it printed is kubectl's PrintObj for deleted objects. */
function* deleteOne(target: Target, opts: DeleteOptions): Step<{ uid?: string } | string | 'skip'> {
  if (opts.dryRun === 'client') {
    yield { op: 'out', text: deletedLine(target, opts) };
    return {};
  }
  const query: Record<string, string> = dryRunQuery(opts.dryRun);
  if (opts.grace >= 0) query.gracePeriodSeconds = String(opts.grace);
  query.propagationPolicy = opts.cascade;
  const ref = { kind: target.resource.kind, name: target.name, ...(target.namespace ? { namespace: target.namespace } : {}) };
  const res = yield* request({ verb: 'delete', ...targetOf(target.resource, target.namespace), name: target.name, query }, ref);
  if (res.code >= 300) {
    if (res.code === 404 && opts.ignoreNotFound) return 'skip';
    if (!res.status) return responseError(res);
    return kubectlErrorText(res.status, target.source ? { verbing: 'deleting', source: target.source } : undefined);
  }
  yield { op: 'out', text: deletedLine(target, opts) };
  const body = res.body as KubeObject | undefined;
  const uid = body && typeof body === 'object' ? (body.metadata?.uid ?? (body as { details?: { uid?: string } }).details?.uid) : undefined;
  return uid ? { uid } : {};
}

/** `pod "web" deleted from default namespace`, `namespace "dev" deleted`, `pod/web` with -o name. */
function deletedLine(target: Target, opts: DeleteOptions): string {
  const kind = kindString(target.resource);
  if (opts.output === 'name') return `${kind}/${target.name}\n`;
  let operation = opts.grace === 0 ? 'force deleted' : 'deleted';
  operation += dryRunSuffix(opts.dryRun);
  if (target.resource.namespaced && target.namespace) return `${kind} "${target.name}" ${operation} from ${target.namespace} namespace\n`;
  return `${kind} "${target.name}" ${operation}\n`;
}

/** --wait: every deleted object in turn, against one deadline (a week when --timeout is 0). */
function* waitAll(env: KubectlEnv, deleted: { target: Target; uid?: string }[], timeoutMs: number): KubectlProgram {
  const deadline = env.now() + (timeoutMs > 0 ? timeoutMs : WEEK_MS);
  for (const { target, uid } of deleted) {
    const gone = yield* waitDeleted(target.resource, target.namespace, target.name, uid, deadline - env.now());
    if (!gone) {
      yield { op: 'err', text: `error: timed out waiting for the condition on ${target.resource.resource}/${target.name}\n` };
      return 1;
    }
  }
  return 0;
}
