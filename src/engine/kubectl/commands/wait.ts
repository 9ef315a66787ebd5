import type { KubeObject } from '../../api/objects';
import type { ResourceInfo } from '../../api/resources';
import type { ParsedArgs } from '../cli';
import { flagNamespace, nameOf, objectNamespace, stringList } from '../common';
import { readManifests } from '../files';
import { request, waitFor, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { kindString, listObjects, parseResourceArgs, responseError, targetOf } from './resourceArgs';
import { conditionMet, parseWaitFor, waitDeleted, WEEK_MS, type WaitCondition } from './waitConditions';

type Step<T> = Generator<KubectlEffect, T, unknown>;

interface Info {
  resource: ResourceInfo;
  namespace: string | undefined;
  name: string;
  object?: KubeObject;
}

const NO_RESOURCES = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

/**
 * `kubectl wait --for=condition=Ready pod/web`: for each object in turn, watch it until
 * the condition holds (printing `pod/web condition met`), it is gone (`--for=delete`),
 * or the shared `--timeout` (30s) runs out — `error: timed out waiting for the
 * condition on pods/web`, exit 1.
 */
export function* wait(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const cond = parseWaitFor(String(args.flags.for ?? ''));
  if (typeof cond === 'string') {
    yield { op: 'err', text: cond + '\n' };
    return 1;
  }
  const infos = yield* findInfos(env, args, cond);
  if (infos === null) return 1;
  if (typeof infos === 'string') {
    yield { op: 'err', text: infos + '\n' };
    return 1;
  }
  if (infos.length === 0 && cond.kind !== 'delete') {
    yield { op: 'err', text: 'error: no matching resources found\n' };
    return 1;
  }
  const timeout = Number(args.flags.timeout ?? 30_000);
  const deadline = env.now() + (timeout < 0 ? WEEK_MS : timeout);
  for (const info of infos) {
    const error = yield* waitOne(env, info, cond, timeout === 0 ? 0 : deadline - env.now());
    if (error) {
      yield { op: 'err', text: error + '\n' };
      return 1;
    }
    yield { op: 'out', text: `${kindString(info.resource)}/${info.name} condition met\n` };
  }
  return 0;
}

/** The builder: objects named (each fetched; for `delete` a missing one is skipped), listed, or from files. */
function* findInfos(env: KubectlEnv, args: ParsedArgs, cond: WaitCondition): Step<Info[] | string | null> {
  const named: Info[] = [];
  const files = stringList(args.flags.filename);
  const ns = flagNamespace(env, args);
  const allNs = args.flags['all-namespaces'] === true;
  if (files.length > 0) {
    const objects = yield* readManifests(env, files, args.flags.recursive === true, 'wait');
    if (!objects) return null;
    for (const m of objects) named.push({ resource: m.resource, namespace: objectNamespace(env, args, m).ns, name: nameOf(m.object) });
  } else {
    if (args.positional.length === 0) return NO_RESOURCES;
    const parsed = parseResourceArgs(args.positional);
    if (!parsed.ok) return parsed.error;
    const selector = String(args.flags.selector ?? '');
    for (const q of parsed.queries) {
      if (q.names.length > 0) {
        for (const name of q.names) named.push({ resource: q.resource, namespace: q.resource.namespaced ? ns : undefined, name });
        continue;
      }
      if (selector === '' && args.flags.all !== true) return 'error: resource(s) were provided, but no name was specified';
      const listed = yield* listObjects(q.resource, allNs ? undefined : ns, { labelSelector: selector });
      if ('error' in listed) return listed.error;
      for (const o of listed.items) named.push({ resource: q.resource, namespace: o.metadata?.namespace, name: nameOf(o), object: o });
    }
    if (named.every((n) => n.object !== undefined)) return named;
  }
  return yield* fetchNamed(named, cond);
}

function* fetchNamed(named: Info[], cond: WaitCondition): Step<Info[] | string> {
  const out: Info[] = [];
  for (const info of named) {
    if (info.object) {
      out.push(info);
      continue;
    }
    const res = yield* request({ verb: 'get', ...targetOf(info.resource, info.namespace), name: info.name });
    if (res.code === 404 && (cond.kind === 'delete' || cond.kind === 'create')) {
      if (cond.kind === 'create') out.push(info);
      continue;
    }
    if (res.code >= 300) return responseError(res);
    out.push({ ...info, object: res.body as KubeObject });
  }
  return out;
}

/** One object; the error text, or undefined when the condition was met. */
function* waitOne(env: KubectlEnv, info: Info, cond: WaitCondition, timeoutMs: number): Step<string | undefined> {
  const timedOut = `error: timed out waiting for the condition on ${info.resource.resource}/${info.name}`;
  if (cond.kind === 'delete') {
    if (timeoutMs === 0) return info.object ? `error: condition not met for ${info.resource.resource}/${info.name}` : undefined;
    return (yield* waitDeleted(info.resource, info.namespace, info.name, info.object?.metadata?.uid, timeoutMs)) ? undefined : timedOut;
  }
  if (timeoutMs === 0) return info.object && conditionMet(cond, info.object) ? undefined : `error: condition not met for ${info.resource.resource}/${info.name}`;
  if (timeoutMs < 0) return timedOut;
  const result = yield* waitFor(
    { resource: info.resource.resource, groupVersion: info.resource.groupVersion, ...(info.namespace !== undefined && info.resource.namespaced ? { namespace: info.namespace } : {}), name: info.name },
    (obj, event) => (cond.kind !== 'create' && (event === 'DELETED' || event === 'BOOKMARK')) || (obj !== undefined && conditionMet(cond, obj)),
    timeoutMs,
  );
  if (!result.ok) return timedOut;
  if (!result.object) return `Error from server (NotFound): ${info.resource.resource} "${info.name}" not found`;
  return undefined;
}
