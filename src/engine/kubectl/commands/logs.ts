import type { Pod } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { flagNamespace } from '../common';
import { request, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { DEFAULT_CONTAINER_ANNOTATION, defaultContainer } from './containerChoice';
import { podForObject, podsBySelector } from './logsTargets';
import { responseError } from './resourceArgs';

const USAGE =
  "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n";

/**
 * `kubectl logs POD [-c CONTAINER] [-p] [--tail=N] [--timestamps]`: GET the Pod to choose
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
  if (args.flags.follow === true) {
    yield { op: 'err', text: 'error: Pod Lab cannot stream logs with -f yet; run kubectl logs again to see the lines written since\n' };
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
  for (const name of pods.names) {
    const code = yield* podLogs(args, namespace, name, asked, query);
    if (code !== 0) return code;
  }
  return 0;
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

/** One Pod: GET it to choose its containers (`asked`, every one, or its default), then GET pods/POD/log for each. */
function* podLogs(args: ParsedArgs, namespace: string, name: string, asked: string, query: Record<string, string>): KubectlProgram {
  const got = yield* request({ verb: 'get', resource: 'pods', groupVersion: 'v1', namespace, name });
  if (got.code >= 300) {
    yield { op: 'err', text: responseError(got) + '\n' };
    return 1;
  }
  const pod = got.body as Pod;
  const all = args.flags['all-containers'] === true;
  let containers = all ? everyContainer(pod) : [asked];
  if (!all && asked === '') {
    const picked = logsContainer(pod);
    containers = [picked.name];
    if (picked.notice) yield { op: 'err', text: picked.notice };
  }
  for (const container of containers) {
    const res = yield* request({ verb: 'get', resource: 'pods', groupVersion: 'v1', namespace, name, subresource: 'log', query: { container, ...query } }, { kind: 'Pod', namespace, name });
    if (res.code >= 300) {
      yield { op: 'err', text: responseError(res) + '\n' };
      return 1;
    }
    if (typeof res.body !== 'string' || res.body === '') continue;
    const prefix = args.flags.prefix === true ? `[pod/${name}/${container}] ` : '';
    yield { op: 'out', text: prefix ? res.body.replace(/^(?=.)/gm, prefix) : res.body };
  }
  return 0;
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
