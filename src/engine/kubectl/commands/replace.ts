// `kubectl replace -f`: PUT each object whole, as the file has it. An object's fields the
// file leaves out are gone afterwards (unlike apply's patch), and a Pod whose spec the
// API server will not change in place is refused — the usual way out is `--force`, which
// deletes each object, polls until it is gone, and creates it again from the file.
import type { KubeObject } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { fieldValidation, nameOf, objectNamespace, serverError, stringList, warnings } from '../common';
import { kubectlErrorText } from '../errors';
import { readManifests, type ManifestObject } from '../files';
import { note, request, sleep, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { CASCADES, deleteForReplace } from './delete';
import { dryRunQuery, dryRunStrategy, dryRunSuffix, type DryRunStrategy } from './dryRun';
import { printedObject } from './printObject';
import { responseError } from './resourceArgs';

type Step<T> = Generator<KubectlEffect, T, unknown>;

interface ReplaceOptions {
  force: boolean;
  grace: number;
  timeoutMs: number;
  cascade: (typeof CASCADES)[string];
  output: string;
  dryRun: DryRunStrategy;
  query: Record<string, string>;
}

/** One object from the files, where it goes. */
interface Target {
  m: ManifestObject;
  ns: string | undefined;
  name: string;
}

export function* replace(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const opts = options(args);
  if (typeof opts === 'string') {
    yield { op: 'err', text: opts + '\n' };
    return 1;
  }
  const objects = yield* readManifests(env, stringList(args.flags.filename), args.flags.recursive === true, 'replace');
  if (!objects) return 1;
  const targets: Target[] = [];
  for (const m of objects) {
    const where = objectNamespace(env, args, m);
    if (where.error) {
      yield { op: 'err', text: where.error + '\n' };
      return 1;
    }
    targets.push({ m, ns: where.ns, name: nameOf(m.object) });
  }
  if (opts.force) return yield* forceReplace(env, targets, opts);
  let code = 0;
  for (const t of targets) if (!(yield* replaceOne(t, opts))) code = 1;
  return code;
}

/** Complete and Validate: --grace-period=0 becomes 1; it and --timeout only go with --force. */
function options(args: ParsedArgs): ReplaceOptions | string {
  if (stringList(args.flags.filename).length === 0) return 'error: must specify one of -f and -k';
  const validation = fieldValidation(args);
  if ('error' in validation) return validation.error;
  const force = args.flags.force === true;
  let grace = Number(args.flags['grace-period'] ?? -1);
  if (grace === 0) grace = 1;
  if (grace >= 0 && !force) return 'error: --grace-period must have --force specified';
  const timeoutMs = Number(args.flags.timeout ?? 0);
  if (timeoutMs !== 0 && !force) return 'error: --timeout must have --force specified';
  const cascade = CASCADES[String(args.flags.cascade ?? 'background')];
  if (!cascade) return `error: invalid cascade value (${String(args.flags.cascade)}). Must be "background", "foreground", or "orphan"`;
  const output = String(args.flags.output ?? '');
  if (!['', 'name', 'yaml', 'json'].includes(output)) return `error: Pod Lab does not print replace's result as -o ${output} yet; run kubectl get with -o ${output} afterwards`;
  if (String(args.flags.raw ?? '') !== '' || String(args.flags.subresource ?? '') !== '') return 'error: Pod Lab does not simulate replace --raw or --subresource; replace the whole object with -f';
  const dryRun = dryRunStrategy(args.flags);
  if (typeof dryRun !== 'string') return dryRun.error;
  if (force && dryRun !== 'none') return 'error: --dry-run can not be used when --force is set';
  return { force, grace, timeoutMs, cascade, output, dryRun, query: { ...dryRunQuery(dryRun), ...validation.query } };
}

/** What kubectl prints for a replaced object: `pod/web replaced`, its name, or the object. */
function replacedLine(t: Target, opts: ReplaceOptions, obj: KubeObject): string {
  return printedObject(obj, t.m.resource, opts.output, 'replaced' + dryRunSuffix(opts.dryRun));
}

function refOf(t: Target): { kind: string; name: string; namespace?: string } {
  return { kind: t.m.object.kind, name: t.name, ...(t.ns ? { namespace: t.ns } : {}) };
}

function where(t: Target): { resource: string; groupVersion: string; namespace?: string } {
  return { resource: t.m.resource.resource, groupVersion: t.m.resource.groupVersion, ...(t.ns ? { namespace: t.ns } : {}) };
}

/**
 * resource.Helper's Replace with overwrite: without a resourceVersion in the file, GET the
 * live object for its own, then PUT the file's object with it.
 */
function* replaceOne(t: Target, opts: ReplaceOptions): Step<boolean> {
  if (opts.dryRun === 'client') {
    yield { op: 'out', text: replacedLine(t, opts, t.m.object) };
    return true;
  }
  let body: KubeObject = t.m.object;
  if (!body.metadata?.resourceVersion) {
    const live = yield* request({ verb: 'get', ...where(t), name: t.name }, refOf(t));
    if (live.code >= 300) {
      yield* serverError(live, 'replacing', t.m);
      return false;
    }
    body = { ...body, metadata: { ...body.metadata, resourceVersion: (live.body as KubeObject).metadata?.resourceVersion } };
  }
  const res = yield* request({ verb: 'update', ...where(t), name: t.name, body, fieldManager: 'kubectl-replace', query: opts.query }, refOf(t));
  yield* warnings(res);
  if (res.code >= 300) {
    yield* serverError(res, 'replacing', t.m);
    return false;
  }
  yield { op: 'out', text: replacedLine(t, opts, res.body as KubeObject) };
  return true;
}

/** Delete every object, poll (GET each second) until each is gone, then create each from the file. */
function* forceReplace(env: KubectlEnv, targets: Target[], opts: ReplaceOptions): KubectlProgram {
  for (const t of targets) {
    const failed = yield* deleteForReplace({ resource: t.m.resource, namespace: t.ns, name: t.name, source: t.m.source }, opts);
    if (failed) {
      yield { op: 'err', text: failed + '\n' };
      return 1;
    }
  }
  const deadline = env.now() + (opts.timeoutMs > 0 ? opts.timeoutMs : 5 * 60_000);
  for (const t of targets) {
    const gone = yield* pollGone(env, t, deadline);
    if (gone !== true) {
      yield { op: 'err', text: gone + '\n' };
      return 1;
    }
  }
  for (const t of targets) {
    yield* note('manifest.validate', { step: 3, ref: refOf(t), detail: { source: t.m.source, apiVersion: t.m.object.apiVersion, kind: t.m.object.kind, objects: targets.length } });
    const res = yield* request({ verb: 'create', ...where(t), body: t.m.object, fieldManager: 'kubectl-replace', step: 4, query: opts.query }, refOf(t));
    yield* warnings(res);
    if (res.code >= 300) {
      yield { op: 'err', text: (res.status ? kubectlErrorText(res.status) : responseError(res)) + '\n' };
      return 1;
    }
    yield { op: 'out', text: replacedLine(t, opts, res.body as KubeObject) };
  }
  return 0;
}

/** wait.PollImmediate(1s): GET until NotFound; true, or the error to print. */
function* pollGone(env: KubectlEnv, t: Target, deadline: number): Step<true | string> {
  for (;;) {
    const res = yield* request({ verb: 'get', ...where(t), name: t.name }, refOf(t));
    if (res.code === 404) return true;
    if (res.code >= 300) return res.status ? kubectlErrorText(res.status) : responseError(res);
    if (env.now() + 1000 > deadline) return 'error: timed out waiting for the condition';
    yield* sleep(1000);
  }
}
