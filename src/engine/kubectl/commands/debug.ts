// `kubectl debug` (kubectl/pkg/cmd/debug): for each Pod named, add an ephemeral container
// to it (a PATCH of its `ephemeralcontainers` subresource), or with --copy-to create a copy
// with a debug container; for a node, create a Pod in the node's namespaces. With -i (or
// --attach), wait for the debug container to run and attach to it as `kubectl attach`
// would: the kubelet starts it in the Pod's sandbox, so it shares the Pod's network — and,
// with --target, that container's processes.
import type { ContainerStatus, KubeObject, Pod } from '../../api/objects';
import { resourceForName } from '../../api/resources';
import type { ParsedArgs } from '../cli';
import { flagNamespace, warnings } from '../common';
import { readManifests } from '../files';
import { err, out, request, waitFor, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { debugOptions, type DebugOptions } from './debugOptions';
import { debugContainerName, ephemeralContainer, nodeDebugPod, podCopy } from './debugPods';
import { responseError } from './resourceArgs';
import { readLog, stayAttached, type AttachPlan } from './runAttach';
import { WEEK_MS } from './waitConditions';

type Step<T> = Generator<KubectlEffect, T, unknown>;

interface Target {
  resource: string;
  name: string;
  namespace: string;
}

export function* debug(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const o = yield* debugOptions(args);
  if (typeof o === 'number') return o;
  const namespace = flagNamespace(env, args);
  const targets = yield* targetsOf(env, o, namespace);
  if (!targets) return 1;
  for (const t of targets) {
    const made = yield* visit(o, t, args);
    if ('error' in made) {
      yield* err(made.error + '\n');
      return 1;
    }
    if (o.attach && made.container) {
      const error = yield* attachTo(o, made.pod, made.container);
      if (error) {
        yield* err(error + '\n');
        return 1;
      }
    }
  }
  return 0;
}

/** The objects named: POD or TYPE/NAME arguments, or the objects in the -f files. */
function* targetsOf(env: KubectlEnv, o: DebugOptions, namespace: string): Step<Target[] | undefined> {
  const out: Target[] = [];
  for (const arg of o.targets) {
    const slash = arg.indexOf('/');
    const type = slash < 0 ? 'pods' : arg.slice(0, slash);
    const resource = resourceForName(type);
    if (!resource) {
      yield* err(`error: the server doesn't have a resource type "${type}"\n`);
      return undefined;
    }
    out.push({ resource: resource.resource, name: slash < 0 ? arg : arg.slice(slash + 1), namespace });
  }
  if (o.files.length > 0) {
    const objects = yield* readManifests(env, o.files, false, 'debug');
    if (!objects) return undefined;
    for (const m of objects) out.push({ resource: m.resource.resource, name: m.object.metadata?.name ?? '', namespace: m.object.metadata?.namespace ?? namespace });
  }
  return out;
}

type Made = { pod: Pod; container: string } | { error: string };

/** GET the object, then debug it as its kind allows. */
function* visit(o: DebugOptions, t: Target, args: ParsedArgs): Step<Made> {
  const info = resourceForName(t.resource)!;
  const got = yield* request({ verb: 'get', resource: info.resource, groupVersion: info.groupVersion, ...(info.namespaced ? { namespace: t.namespace } : {}), name: t.name });
  if (got.code >= 300) return { error: responseError(got) };
  if (info.resource === 'nodes') return yield* createPod(yield* nodeDebugPod(o, t.name, t.namespace), 'debugger');
  if (info.resource !== 'pods') {
    const [group, version] = info.groupVersion.includes('/') ? info.groupVersion.split('/') : ['', info.groupVersion];
    return { error: `error: "${group}/${version}, Kind=${info.kind}" not supported by debug` };
  }
  const pod = got.body as Pod;
  if (!o.copyTo) return yield* addEphemeral(o, pod);
  const keep = {
    labels: args.flags['keep-labels'] === true,
    annotations: args.flags['keep-annotations'] === true,
    livenessProbe: args.flags['keep-liveness'] === true,
    readinessProbe: args.flags['keep-readiness'] === true,
    startupProbe: args.flags['keep-startup'] === true,
    initContainers: args.flags['keep-init-containers'] !== false,
  };
  const copy = yield* podCopy(o, pod, keep);
  if ('error' in copy) return { error: `error: ${copy.error}` };
  const created = yield* createPod(copy.pod, copy.container);
  if ('error' in created || !o.replace) return created;
  // --replace: the original goes at once (grace period 0).
  const m = pod.metadata ?? {};
  const del = yield* request({ verb: 'delete', resource: 'pods', groupVersion: 'v1', namespace: m.namespace, name: m.name ?? '', query: { gracePeriodSeconds: '0' } });
  return del.code >= 300 ? { error: responseError(del) } : created;
}

/** debugByEphemeralContainer: PATCH the Pod's ephemeralcontainers with the new container. */
function* addEphemeral(o: DebugOptions, pod: Pod): Step<Made> {
  const name = yield* debugContainerName(o, pod);
  const m = pod.metadata ?? {};
  const res = yield* request(
    { verb: 'patch', patchType: 'strategic', resource: 'pods', subresource: 'ephemeralcontainers', groupVersion: 'v1', namespace: m.namespace, name: m.name ?? '', body: { spec: { ephemeralContainers: [ephemeralContainer(o, name)] } } },
    { kind: 'Pod', namespace: m.namespace, name: m.name ?? '' },
  );
  yield* warnings(res);
  if (res.code >= 300) return { error: responseError(res) };
  return { pod: res.body as Pod, container: name };
}

function* createPod(pod: Pod, container: string): Step<Made> {
  const ns = pod.metadata?.namespace;
  const res = yield* request({ verb: 'create', resource: 'pods', groupVersion: 'v1', namespace: ns, body: pod as KubeObject }, { kind: 'Pod', namespace: ns, name: pod.metadata?.name ?? '' });
  yield* warnings(res);
  if (res.code >= 300) return { error: responseError(res) };
  return { pod: res.body as Pod, container };
}

function statusOf(pod: Pod | undefined, name: string): ContainerStatus | undefined {
  const s = pod?.status;
  return [...(s?.initContainerStatuses ?? []), ...(s?.containerStatuses ?? []), ...(s?.ephemeralContainerStatuses ?? [])].find((x) => x.name === name);
}

/**
 * waitForContainer: watch the Pod until the container runs or has already ended; a
 * reason it waits with a message (a failing pull) is printed as a warning, once each.
 */
function* waitForContainer(o: DebugOptions, pod: Pod, container: string): Step<Pod | { error: string }> {
  const m = pod.metadata ?? {};
  let shown = '';
  for (;;) {
    let message = '';
    const result = yield* waitFor({ resource: 'pods', groupVersion: 'v1', namespace: m.namespace, name: m.name ?? '' }, (obj, event) => {
      if (event === 'DELETED' || !obj) return true;
      const s = statusOf(obj as Pod, container);
      message = s?.state?.waiting?.message ?? '';
      return s?.state?.running !== undefined || s?.state?.terminated !== undefined || (!o.quiet && message !== '' && message !== shown);
    }, WEEK_MS);
    const now = result.object as Pod | undefined;
    if (!now) return { error: `Error from server (NotFound): pods "${m.name ?? ''}" not found` };
    const s = statusOf(now, container);
    if (s?.state?.running || s?.state?.terminated) return now;
    shown = message;
    yield* err(`Warning: container ${container}: ${message}\n`);
  }
}

/** handleAttachPod: once the container runs, attach to it; one that has already ended shows its log. */
function* attachTo(o: DebugOptions, created: Pod, container: string): Step<string | undefined> {
  const pod = yield* waitForContainer(o, created, container);
  if ('error' in pod) return pod.error;
  const spec = [...(pod.spec?.containers ?? []), ...(pod.spec?.ephemeralContainers ?? [])].find((c) => c.name === container);
  const plan: AttachPlan = {
    namespace: pod.metadata?.namespace ?? 'default',
    name: pod.metadata?.name ?? '',
    restartPolicy: pod.spec?.restartPolicy ?? 'Always',
    stdin: o.interactive,
    tty: o.tty,
    quiet: o.quiet,
    leaveStdinOpen: false,
    podTimeoutMs: 60_000,
    typed: o.interactive && spec?.stdin === true,
    ephemeral: (pod.spec?.ephemeralContainers ?? []).some((c) => c.name === container),
  };
  const ended = statusOf(pod, container)?.state?.terminated !== undefined;
  const seen = plan.typed && !ended ? '' : yield* readLog(plan, container);
  if (typeof seen !== 'string') return seen.error;
  if (!ended) {
    const error = yield* stayAttached(plan, container, pod, seen);
    if (!error) return undefined;
    yield* err(`warning: couldn't attach to pod/${plan.name}, falling back to streaming logs: ${error.replace(/^error: /, '')}\n`);
  }
  const log = ended ? seen : yield* readLog(plan, container);
  if (typeof log !== 'string') return log.error;
  if (log) yield* out(log);
  return undefined;
}
