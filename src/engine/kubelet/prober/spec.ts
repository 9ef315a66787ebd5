// What the kubelet's prober (pkg/kubelet/prober) does with a container's probe: resolve
// the port (a number or a container port's name), build the action it will run, and turn
// what came back into a result and the output the Unhealthy event quotes
// (pkg/probe/http, tcp, exec, grpc).
import type { Container } from '../../api/objects';

/** The probe types as the prober names them in events: `Liveness probe failed: …`. */
export type ProbeType = 'Liveness' | 'Readiness' | 'Startup';

type Probe = NonNullable<Container['livenessProbe']>;

export interface ProbeTiming {
  initialDelayMs: number;
  periodMs: number;
  timeoutMs: number;
  successThreshold: number;
  failureThreshold: number;
}

export type ProbeAction =
  | { kind: 'http'; url: string; port: number; path: string; headers: Record<string, string> }
  | { kind: 'tcp'; port: number }
  | { kind: 'exec'; command: string[] }
  | { kind: 'grpc'; port: number; service: string };

/** What one probe run gives back: probe.Success / Failure / Unknown (an error) and its output. */
export interface ProbeOutcome {
  result: 'success' | 'failure' | 'unknown';
  output: string;
}

/** The field of a container for each probe type. */
export function probeOf(c: Container, type: ProbeType): Probe | undefined {
  if (type === 'Liveness') return c.livenessProbe;
  if (type === 'Readiness') return c.readinessProbe;
  return c.startupProbe;
}

/** The API server's defaults (period 10 s, timeout 1 s, thresholds 1 and 3) when a field is absent. */
export function probeTiming(p: Probe): ProbeTiming {
  return {
    initialDelayMs: (p.initialDelaySeconds ?? 0) * 1000,
    periodMs: (p.periodSeconds ?? 10) * 1000,
    timeoutMs: (p.timeoutSeconds ?? 1) * 1000,
    successThreshold: p.successThreshold ?? 1,
    failureThreshold: p.failureThreshold ?? 3,
  };
}

/**
 * extractPort: an int, or a container port's name; failing that, the string parsed as an
 * int (its strconv error is what the event shows).
 */
export function extractPort(port: number | string, c: Container): number | { error: string } {
  let n: number;
  if (typeof port === 'number') n = port;
  else {
    const named = (c.ports ?? []).find((p) => p.name === port);
    if (named) n = named.containerPort;
    else if (/^[+-]?\d+$/.test(port)) n = Number(port);
    else return { error: `strconv.Atoi: parsing ${JSON.stringify(port)}: invalid syntax` };
  }
  if (n > 0 && n < 65536) return n;
  return { error: `invalid port number: ${n}` };
}

/** The action a probe runs against the Pod at `podIP`; an error when its port cannot be resolved. */
export function probeAction(p: Probe, c: Container, podIP: string): ProbeAction | { error: string } {
  if (p.exec) return { kind: 'exec', command: p.exec.command ?? [] };
  if (p.httpGet) {
    const g = p.httpGet;
    const port = extractPort(g.port, c);
    if (typeof port !== 'number') return port;
    const host = g.host || podIP;
    const path = g.path ?? '';
    const scheme = (g.scheme ?? 'HTTP').toLowerCase();
    const headers: Record<string, string> = { 'User-Agent': 'kube-probe/1.35', Accept: '*/*' };
    for (const h of g.httpHeaders ?? []) headers[h.name] = h.value;
    const url = `${scheme}://${host}:${port}${path && !path.startsWith('/') ? '/' : ''}${path}`;
    return { kind: 'http', url, port, path: path || '/', headers };
  }
  if (p.tcpSocket) {
    const port = extractPort(p.tcpSocket.port, c);
    return typeof port === 'number' ? { kind: 'tcp', port } : port;
  }
  if (p.grpc) return { kind: 'grpc', port: p.grpc.port, service: p.grpc.service ?? '' };
  return { error: 'missing probe handler' };
}

/** A short label for the trace: `http-get http://10.244.1.5:8080/`, `tcp-socket :6379`, `exec [cat /tmp/healthy]`. */
export function actionLabel(a: ProbeAction): string {
  if (a.kind === 'http') return `http-get ${a.url}`;
  if (a.kind === 'tcp') return `tcp-socket :${a.port}`;
  if (a.kind === 'grpc') return `grpc :${a.port}`;
  return `exec [${a.command.join(' ')}]`;
}

/** DoHTTPProbe: 2xx and 3xx succeed; anything else fails without quoting the body (issue 99425). */
export function httpOutcome(url: string, port: number, podIP: string, answer: { open: boolean; status?: number }): ProbeOutcome {
  if (!answer.open || answer.status === undefined) {
    return { result: 'failure', output: `Get ${JSON.stringify(url)}: dial tcp ${podIP}:${port}: connect: connection refused` };
  }
  if (answer.status >= 200 && answer.status < 400) return { result: 'success', output: '' };
  return { result: 'failure', output: `HTTP probe failed with statuscode: ${answer.status}` };
}

/** DoTCPProbe: a connection that opens is a success. */
export function tcpOutcome(port: number, podIP: string, open: boolean): ProbeOutcome {
  return open ? { result: 'success', output: '' } : { result: 'failure', output: `dial tcp ${podIP}:${port}: connect: connection refused` };
}

/**
 * The gRPC health check. No image in the catalog serves grpc.health.v1.Health, so a probe
 * that reaches a listening port meets a server that does not implement it.
 */
export function grpcOutcome(port: number, podIP: string, timeoutMs: number, open: boolean): ProbeOutcome {
  if (!open) return { result: 'failure', output: `timeout: failed to connect service "${podIP}:${port}" within ${timeoutMs / 1000}s: context deadline exceeded` };
  return { result: 'failure', output: 'error: this server does not implement the grpc health protocol (grpc.health.v1.Health): unknown service grpc.health.v1.Health' };
}

/** The exec prober: exit code 0 succeeds; the combined output is what the event quotes. */
export function execOutcome(answer: { ok: boolean; error?: string; exitCode?: number; stdout?: string; stderr?: string }): ProbeOutcome {
  if (!answer.ok) return { result: 'unknown', output: `rpc error: code = Unknown desc = ${answer.error ?? ''}` };
  const output = `${answer.stdout ?? ''}${answer.stderr ?? ''}`;
  return { result: answer.exitCode === 0 ? 'success' : 'failure', output };
}

/** The Unhealthy event text (prober.probe): `Liveness probe failed: …` or `… errored and resulted in unknown state: …`. */
export function unhealthyMessage(type: ProbeType, o: ProbeOutcome): string {
  if (o.result === 'unknown') return `${type} probe errored and resulted in unknown state: ${o.output}`;
  return `${type} probe failed: ${o.output.replace(/\n+$/, '')}`;
}
