// The Pod that `kubectl exec` or `kubectl attach` connects to: named as POD, pod/NAME or
// TYPE/NAME (the object's first Pod),
// fetched, and refused as kubectl refuses it when it has already finished.
import type { Pod } from '../../api/objects';
import type { ApiResponse } from '../../api/protocol';
import { serverError } from '../common';
import { err, request, type KubectlEffect } from '../program';
import { podForObject } from './logsTargets';

type Step<T> = Generator<KubectlEffect, T, unknown>;

/** POD or pod/NAME (pods/, po/); undefined for another type (or nothing). */
function podName(arg: string | undefined): string | undefined {
  if (!arg) return undefined;
  const slash = arg.indexOf('/');
  if (slash < 0) return arg;
  return ['pod', 'pods', 'po'].includes(arg.slice(0, slash).toLowerCase()) ? arg.slice(slash + 1) : undefined;
}

/**
 * The Pod `arg` names (POD or pod/NAME) for `command` (exec, attach), fetched; kubectl's
 * error (`verb`: "exec into", "attach") when it is missing or has finished.
 */
export function* targetPod(namespace: string, arg: string | undefined, command: string, verb: string): Step<{ name: string; pod: Pod } | undefined> {
  let name = podName(arg);
  if (!name && arg) {
    // deploy/web, svc/web, rs/…: the first of its Pods (attachablePodForObject).
    const slash = arg.indexOf('/');
    const found = yield* podForObject(namespace, arg.slice(0, slash), arg.slice(slash + 1), verb);
    if ('error' in found) {
      yield* err(found.error + '\n');
      return undefined;
    }
    name = found.pod;
  }
  if (!name) {
    yield* err(`error: "kubectl ${command}" needs a Pod\n`);
    return undefined;
  }
  const pod = yield* runningPod(namespace, name, verb);
  return pod ? { name, pod } : undefined;
}

function* runningPod(namespace: string, name: string, verb: string): Step<Pod | undefined> {
  const got = yield* request({ verb: 'get', resource: 'pods', groupVersion: 'v1', namespace, name });
  if (got.code >= 300) {
    yield* serverError(got, 'applying');
    return undefined;
  }
  const pod = got.body as Pod;
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') {
    yield* err(`error: cannot ${verb} a container in a completed pod; current phase is ${phase}\n`);
    return undefined;
  }
  return pod;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * POST pods/NAME/exec: the API server proxies it to the kubelet on the Pod's node, which has
 * the runtime run `command` in the container. What it wrote and its exit code, or the
 * answer when the API server refused. `stream.input` is stdin as a pipe gives it, written
 * whole and closed (`cat f | kubectl exec -i …`); `stream.stdin` alone opens a session instead.
 */
export function* execIn(ns: string, pod: string, container: string, command: string[], stream: { tty: boolean; stdin?: boolean; input?: string }): Step<ExecResult | { refused: ApiResponse }> {
  const piped = stream.input !== undefined;
  const query: Record<string, string> = { container, ...(stream.stdin || piped ? { stdin: 'true' } : {}), stdout: 'true', stderr: 'true', ...(stream.tty ? { tty: 'true' } : {}) };
  const body = piped ? { command, stdin: stream.input } : { command };
  const res = yield* request({ verb: 'create', resource: 'pods', subresource: 'exec', groupVersion: 'v1', namespace: ns, name: pod, query, body }, { kind: 'Pod', namespace: ns, name: pod });
  if (res.code >= 300) return { refused: res };
  const result = JSON.parse(String(res.body ?? '{}')) as { stdout?: string; stderr?: string; exitCode?: number };
  return { stdout: result.stdout ?? '', stderr: result.stderr ?? '', code: result.exitCode ?? 0 };
}
