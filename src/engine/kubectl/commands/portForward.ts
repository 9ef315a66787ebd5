// `kubectl port-forward TYPE/NAME [LOCAL:]REMOTE…` (kubectl/pkg/cmd/portforward, client-go
// tools/portforward): find the Pod (a Service's or Deployment's first Pod, a Service port
// mapped to its targetPort), refuse one that is not Running, open the portforward stream
// (POST pods/NAME/portforward, an upgraded connection), listen on the laptop's loopback and
// carry each connection to the Pod and its answer back. It runs until stopped (Ctrl-C, kill),
// or until the stream is lost: the Pod went, or a connection failed inside it.
import type { KubeObject, Pod, Service } from '../../api/objects';
import type { ApiResponse } from '../../api/protocol';
import { resourceForName } from '../../api/resources';
import { klogTime } from '../../images/clock';
import type { Payload } from '../../nodeNet/types';
import type { ParsedArgs } from '../cli';
import { flagNamespace } from '../common';
import { err, out, request, type KubectlEffect, type KubectlEnv, type KubectlProgram, type Listened } from '../program';
import type { ForwardEvent } from '../forward';
import { firstPodOf } from './logsTargets';
import { hostPort, parseAddresses, parsePorts, podPorts, servicePorts, type ForwardedPort } from './portForwardPorts';
import { responseError } from './resourceArgs';

type Step<T> = Generator<KubectlEffect, T, unknown>;

const USAGE = "See 'kubectl port-forward -h' for help and examples\n";

export function* portForward(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  if (args.positional.length < 2) {
    yield* err(`error: TYPE/NAME and list of ports are required for port-forward\n${USAGE}`);
    return 1;
  }
  const namespace = flagNamespace(env, args);
  const target = yield* forwardablePod(namespace, args.positional[0]!, args.positional.slice(1));
  if ('error' in target) {
    yield* err(target.error + '\n');
    return 1;
  }
  const addresses = parseAddresses((args.flags.address as string[] | undefined) ?? ['localhost']);
  const ports = parsePorts(target.ports);
  const bad = 'error' in addresses ? addresses : 'error' in ports ? ports : undefined;
  if (bad) {
    yield* err(`error: ${bad.error}\n`);
    return 1;
  }
  // runSinglePortForward reads the Pod again and forwards only to a running one.
  const got = yield* request({ verb: 'get', resource: 'pods', groupVersion: 'v1', namespace, name: target.pod });
  if (got.code >= 300) return yield* fail(responseError(got));
  const phase = (got.body as Pod).status?.phase ?? '';
  if (phase !== 'Running') return yield* fail(`error: unable to forward port because pod is not running. Current status=${phase}`);
  const ref = { kind: 'Pod', namespace, name: target.pod };
  const query = { ports: (ports as ForwardedPort[]).map((p) => String(p.remote)).join(',') };
  const opened = yield* request({ verb: 'create', resource: 'pods', subresource: 'portforward', groupVersion: 'v1', namespace, name: target.pod, query }, ref);
  if (opened.code >= 300) return yield* fail(`error: error upgrading connection: ${opened.status?.message ?? ''}`);
  yield { op: 'stream', id: opened.id };
  const listened = yield* listenAll(ports as ForwardedPort[], addresses as string[]);
  if (!listened) return 1;
  return yield* serve(env, namespace, target.pod, listened);
}

function* fail(message: string): Step<number> {
  yield* err(message + '\n');
  return 1;
}

/**
 * The Pod to forward to and the ports as the Pod's: a Pod by name (`pod/NAME`, `NAME`), or
 * the first Pod of what TYPE/NAME selects, with a Service's ports mapped to targetPorts.
 */
function* forwardablePod(namespace: string, arg: string, ports: string[]): Step<{ pod: string; ports: string[] } | { error: string }> {
  const slash = arg.indexOf('/');
  const resource = resourceForName(slash < 0 ? 'pods' : arg.slice(0, slash));
  const name = slash < 0 ? arg : arg.slice(slash + 1);
  if (!resource) return { error: `error: the server doesn't have a resource type "${arg.slice(0, slash)}"` };
  const got = yield* request({ verb: 'get', resource: resource.resource, groupVersion: resource.groupVersion, namespace, name });
  if (got.code >= 300) return { error: responseError(got) };
  const obj = got.body as KubeObject;
  let pod = obj as Pod;
  if (resource.resource !== 'pods') {
    const first = yield* firstPodOf(namespace, resource, obj, 'attach to');
    if ('error' in first) return first;
    pod = first.pod;
  }
  const mapped = resource.resource === 'services' ? servicePorts(ports, obj as Service, pod) : podPorts(ports, pod);
  if ('error' in mapped) return { error: `error: ${mapped.error}` };
  return { pod: pod.metadata?.name ?? '', ports: mapped };
}

/** Listen on each port (once, for every address), saying so; kubectl's errors when a port is taken. */
function* listenAll(ports: ForwardedPort[], addresses: string[]): Step<ForwardedPort[] | undefined> {
  const bound: ForwardedPort[] = [];
  for (const p of ports) {
    const r = (yield { op: 'listen', port: p.local }) as Listened;
    if (!r.ok) {
      const why = r.error === 'EACCES' ? 'permission denied' : 'address already in use';
      const errors = addresses.map((a) => `unable to create listener: Error listen ${a.includes(':') ? 'tcp6' : 'tcp4'} ${hostPort(a, p.local)}: bind: ${why}`);
      yield* err(`Unable to listen on port ${p.local}: Listeners failed to create with the following errors: [${errors.join(' ')}]\n`);
      continue;
    }
    for (const a of addresses) yield* out(`Forwarding from ${hostPort(a, r.port)} -> ${p.remote}\n`);
    bound.push({ local: r.port, remote: p.remote });
  }
  if (bound.length > 0) return bound;
  yield* err(`error: unable to listen on any of the requested ports: [${ports.map((p) => `{${p.local} ${p.remote}}`).join(' ')}]\n`);
  return undefined;
}

/** handleConnection for each connection, until the stream is lost (ErrLostConnectionToPod). */
function* serve(env: KubectlEnv, namespace: string, pod: string, ports: ForwardedPort[]): Step<number> {
  for (;;) {
    const e = (yield { op: 'accept' }) as ForwardEvent;
    if (e.kind === 'lost') return yield* fail('error: lost connection to pod');
    const port = ports.find((p) => p.local === e.port) ?? ports[0]!;
    yield* out(`Handling connection for ${port.local}\n`);
    const body = { port: port.remote, request: e.request };
    const res = yield* request({ verb: 'create', resource: 'pods', subresource: 'portforward', frame: 'data', groupVersion: 'v1', namespace, name: pod, query: { ports: String(port.remote) }, body }, { kind: 'Pod', namespace, name: pod });
    yield { op: 'answer', deliveryId: e.deliveryId, payload: answerOf(res) };
    if (res.code < 300) continue;
    // The error stream said why; the stream is closed, and port-forward ends with it.
    const message = `an error occurred forwarding ${port.local} -> ${port.remote}: ${res.status?.message ?? ''}`;
    yield* err(`E${klogTime(env.now())} ${String(env.pid ?? 1).padStart(7)} portforward.go:424] "Unhandled Error" err=${JSON.stringify(message)}\n`);
    return yield* fail('error: lost connection to pod');
  }
}

/** What came back on the data stream, for the local connection: the HTTP answer, or nothing at all. */
function answerOf(res: ApiResponse): Payload | undefined {
  if (res.code >= 300) return undefined;
  const a = JSON.parse(String(res.body ?? '{}')) as { status: number; headers: Record<string, string>; body: string };
  return { kind: 'http-response', status: a.status, headers: a.headers ?? {}, body: a.body ?? '' };
}
