import type { Pod } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { parseDuration } from '../cli/duration';
import { flagNamespace } from '../common';
import { nextLogChunk, request, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { DEFAULT_CONTAINER_ANNOTATION, defaultContainer } from './containerChoice';
import { podForObject, podsBySelector } from './logsTargets';
import { responseError } from './resourceArgs';

const USAGE =
  "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n";

/**
 * `kubectl logs [-f] POD [-c CONTAINER] [-p] [--tail=N] [--timestamps]`: GET the Pod to choose
 * the container (the only one, the `kubectl.kubernetes.io/default-container` one, or the
 * first, saying so on stderr), then GET pods/POD/log, which the API server proxies to the
 * kubelet on the Pod's node.
 */
export function* logs(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const selector = String(args.flags.selector ?? '');
  if (args.positional.length === 0 && selector === '') {
    yield { op: 'err', text: USAGE };
    return 1;
  }
  const asked = String(args.flags.container ?? '') || (selector ? '' : (args.positional[1] ?? ''));
  if (args.flags['all-containers'] === true && asked !== '') {
    yield { op: 'err', text: `error: --all-containers=true should not be specified with container name ${asked}\n` };
    return 1;
  }
  // With a selector, --tail defaults to the last 10 lines of each container.
  const query = logQuery(args, selector !== '' && !args.set.has('tail') ? 10 : Number(args.flags.tail ?? -1));
  if ('error' in query) {
    yield { op: 'err', text: query.error + '\n' };
    return 1;
  }
  const namespace = flagNamespace(env, args);
  const pods = yield* podsToRead(args, namespace, selector);
  if ('error' in pods) {
    yield { op: 'err', text: pods.error + '\n' };
    return 1;
  }
  if (pods.notice) yield { op: 'err', text: pods.notice };
  if (pods.names.length === 0) {
    yield { op: 'err', text: `No resources found in ${namespace} namespace.\n` };
    return 0;
  }
  const sources: LogSource[] = [];
  for (const name of pods.names) {
    const chosen = yield* containersOf(args, namespace, name, asked);
    if ('error' in chosen) {
      yield { op: 'err', text: chosen.error + '\n' };
      return 1;
    }
    sources.push(...chosen.map((container) => ({ pod: name, container })));
  }
  const follow = args.flags.follow === true;
  const most = Number(args.flags['max-log-requests'] ?? 5);
  if (follow && sources.length > 1 && sources.length > most) {
    yield { op: 'err', text: `error: you are attempting to follow ${sources.length} log streams, but maximum allowed concurrency is ${most}, use --max-log-requests to increase the limit\n` };
    return 1;
  }
  return yield* readLogs(env, args, namespace, sources, follow ? { ...query, follow: 'true' } : query);
}

interface LogSource {
  pod: string;
  container: string;
}

function* podsToRead(args: ParsedArgs, namespace: string, selector: string): Generator<KubectlEffect, { names: string[]; notice?: string } | { error: string }, unknown> {
  if (selector !== '') {
    if (args.positional.length > 0) return { error: "error: only a selector (-l) or a POD name is allowed\nSee 'kubectl logs -h' for help and examples" };
    const names = yield* podsBySelector(namespace, selector);
    return 'error' in names ? names : { names };
  }
  const arg = args.positional[0]!;
  const slash = arg.indexOf('/');
  if (slash < 0) return { names: [arg] };
  const found = yield* podForObject(namespace, arg.slice(0, slash), arg.slice(slash + 1));
  return 'error' in found ? found : { names: [found.pod], ...(found.notice ? { notice: found.notice } : {}) };
}

/** One Pod: GET it to choose the containers to read (`asked`, every one, or its default). */
function* containersOf(args: ParsedArgs, namespace: string, name: string, asked: string): Generator<KubectlEffect, string[] | { error: string }, unknown> {
  const got = yield* request({ verb: 'get', resource: 'pods', groupVersion: 'v1', namespace, name });
  if (got.code >= 300) return { error: responseError(got) };
  const pod = got.body as Pod;
  if (args.flags['all-containers'] === true) return everyContainer(pod);
  if (asked !== '') return [asked];
  const picked = logsContainer(pod);
  if (picked.notice) yield { op: 'err', text: picked.notice };
  return [picked.name];
}

/**
 * GET pods/POD/log for each source in turn. With `follow=true` the API server keeps a
 * running container's log open: what it writes next arrives in chunks, printed as they
 * come, until every followed container has exited (or Ctrl-C closes them).
 */
function* readLogs(env: KubectlEnv, args: ParsedArgs, namespace: string, sources: LogSource[], query: Record<string, string>): KubectlProgram {
  // --request-timeout bounds the whole HTTP exchange, the streamed body too (http.Client.Timeout).
  const timeoutMs = parseDuration(String(args.flags['request-timeout'] ?? '0')) ?? 0;
  const deadline = env.now() + timeoutMs;
  const prefixes = new Map<string, string>();
  for (const { pod, container } of sources) {
    const res = yield* request({ verb: 'get', resource: 'pods', groupVersion: 'v1', namespace, name: pod, subresource: 'log', query: { container, ...query } }, { kind: 'Pod', namespace, name: pod });
    if (res.code >= 300) {
      yield { op: 'err', text: responseError(res) + '\n' };
      return 1;
    }
    const prefix = args.flags.prefix === true ? `[pod/${pod}/${container}] ` : '';
    if (res.following) prefixes.set(res.id, prefix);
    if (typeof res.body === 'string' && res.body !== '') yield { op: 'out', text: withPrefix(res.body, prefix) };
  }
  while (prefixes.size > 0) {
    const chunk = yield* nextLogChunk(timeoutMs > 0 ? Math.max(1, deadline - env.now()) : 0);
    if (!chunk) {
      yield { op: 'err', text: 'error: context deadline exceeded (Client.Timeout or context cancellation while reading body)\n' };
      return 1;
    }
    if (chunk.text !== '') yield { op: 'out', text: withPrefix(chunk.text, prefixes.get(chunk.id) ?? '') };
    if (chunk.end) prefixes.delete(chunk.id);
  }
  return 0;
}

function withPrefix(text: string, prefix: string): string {
  return prefix ? text.replace(/^(?=.)/gm, prefix) : text;
}

/** podcmd's order for --all-containers: init containers, then the app's, then ephemeral ones. */
function everyContainer(pod: Pod): string[] {
  const spec = pod.spec;
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? []), ...(spec?.ephemeralContainers ?? [])].map((c) => c.name);
}

/** PodLogOptions from the flags: previous, tailLines, timestamps, sinceSeconds or sinceTime. */
function logQuery(args: ParsedArgs, tail: number): Record<string, string> | { error: string } {
  const query: Record<string, string> = {};
  if (args.flags.previous === true) query.previous = 'true';
  if (tail >= 0) query.tailLines = String(tail);
  if (args.flags.timestamps === true) query.timestamps = 'true';
  const sinceTime = String(args.flags['since-time'] ?? '');
  const sinceMs = Number(args.flags.since ?? 0);
  if (sinceTime !== '' && sinceMs !== 0) return { error: 'error: at most one of `sinceTime` or `sinceSeconds` may be specified' };
  if (sinceMs < 0) return { error: 'error: --since must be greater than 0' };
  if (sinceMs > 0) query.sinceSeconds = String(Math.ceil(sinceMs / 1000));
  if (sinceTime !== '') {
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(sinceTime)) return { error: `error: parsing time "${sinceTime}" as "2006-01-02T15:04:05Z07:00": cannot parse "${sinceTime}" as "2006"` };
    query.sinceTime = sinceTime;
  }
  return query;
}

/** LogsForObject's choice when -c is not given, and the stderr lines it prints. */
function logsContainer(pod: Pod): { name: string; notice?: string } {
  const annotations = pod.metadata?.annotations ?? {};
  const wanted = annotations['kubectl.kubernetes.io/default-logs-container'] || annotations[DEFAULT_CONTAINER_ANNOTATION];
  const picked = defaultContainer(pod, wanted);
  const notFound = wanted && picked.name !== wanted ? `Default container name "${wanted}" not found in pod ${pod.metadata?.name ?? ''}\n` : '';
  const notice = notFound + (picked.note ?? '');
  return notice ? { name: picked.name, notice } : { name: picked.name };
}
