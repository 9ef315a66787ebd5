// `Containers:` / `Init Containers:` in `kubectl describe pod` (describe.go
// describeContainers): per container its ID, image, ports, command, state, last
// state, readiness, restarts, resources, probes, environment and mounts. Fields
// that only a status can tell (ID, Image ID, State…) appear once the kubelet has
// reported a status for that container.
import type { Container, ContainerState, ContainerStatus, Pod } from '../../../api/objects';
import { formatRFC1123Z } from '../duration';
import { parseQuantity, quantityMilliValue, quantityValue } from '../quantity';
import { joinHostPort } from '../serviceTables';
import { describeResources, printBool } from './common';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './writer';

type Probe = NonNullable<Container['livenessProbe']>;
type EnvVar = NonNullable<Container['env']>[number];

function portsString(c: Container, host: boolean): string {
  return (c.ports ?? [])
    .map((p) => {
      const s = `${host ? (p.hostPort ?? 0) : p.containerPort}/${p.protocol ?? 'TCP'}`;
      return p.name ? `${s} (${p.name})` : s;
    })
    .join(', ');
}

function writeBasicInfo(c: Container, status: ContainerStatus | undefined, space: string, w: PrefixWriter): void {
  // Under `Pod Template:` the name sits one space deeper than the section title.
  w.write(LEVEL_1, `${space ? ' ' : ''}${c.name}:\n`);
  if (status) w.write(LEVEL_2, `Container ID:\t${status.containerID ?? ''}\n`);
  w.write(LEVEL_2, `Image:\t${c.image ?? ''}\n`);
  if (status) w.write(LEVEL_2, `Image ID:\t${status.imageID ?? ''}\n`);
  const ports = portsString(c, false);
  w.write(LEVEL_2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${ports || '<none>'}\n`);
  const hostPorts = portsString(c, true);
  w.write(LEVEL_2, hostPorts.includes(',') ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${hostPorts || '<none>'}\n`);
}

function writeCommand(c: Container, w: PrefixWriter): void {
  for (const [title, list] of [
    ['Command', c.command],
    ['Args', c.args],
  ] as const) {
    if (!list || list.length === 0) continue;
    w.write(LEVEL_2, `${title}:\n`);
    for (const item of list) for (const s of item.split('\n')) w.write(LEVEL_3, `${s}\n`);
  }
}

function writeState(title: string, state: ContainerState | undefined, w: PrefixWriter): void {
  if (state?.running) {
    w.write(LEVEL_2, `${title}:\tRunning\n`);
    w.write(LEVEL_3, `Started:\t${formatRFC1123Z(state.running.startedAt)}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(LEVEL_2, `${title}:\tTerminated\n`);
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`);
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode}\n`);
    if (t.signal) w.write(LEVEL_3, `Signal:\t${t.signal}\n`);
    w.write(LEVEL_3, `Started:\t${formatRFC1123Z(t.startedAt)}\n`);
    w.write(LEVEL_3, `Finished:\t${formatRFC1123Z(t.finishedAt)}\n`);
  } else {
    w.write(LEVEL_2, `${title}:\tWaiting\n`);
    if (state?.waiting?.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`);
  }
}

/** `http-get http://:8080/healthz delay=3s timeout=1s period=3s #success=1 #failure=3`. */
export function describeProbe(p: Probe): string {
  // The API server defaults these; the fallbacks are its defaults.
  const attrs =
    `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s ` +
    `#success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
  if (p.httpGet) {
    const g = p.httpGet;
    const host = joinHostPort(g.host ?? '', g.port);
    const path = g.path ?? '';
    const sep = path && !path.startsWith('/') ? '/' : '';
    return `http-get ${(g.scheme ?? 'HTTP').toLowerCase()}://${host}${sep}${path} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

function writeProbes(c: Container, w: PrefixWriter): void {
  if (c.livenessProbe) w.write(LEVEL_2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`);
  if (c.readinessProbe) w.write(LEVEL_2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`);
  if (c.startupProbe) w.write(LEVEL_2, `Startup:\t${describeProbe(c.startupProbe)}\n`);
}

/** The value a downward-API fieldRef resolves to for this pod; a template has none yet. */
function fieldRefValue(pod: Pod | undefined, fieldPath: string): string {
  if (!pod) return '';
  const m = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(fieldPath);
  if (m) return (m[1] === 'labels' ? pod.metadata?.labels : pod.metadata?.annotations)?.[m[2] ?? ''] ?? '';
  const fields: Record<string, string | undefined> = {
    'metadata.name': pod.metadata?.name,
    'metadata.namespace': pod.metadata?.namespace,
    'metadata.uid': pod.metadata?.uid,
    'spec.nodeName': pod.spec?.nodeName,
    'spec.serviceAccountName': pod.spec?.serviceAccountName,
    'status.hostIP': pod.status?.hostIP,
    'status.podIP': pod.status?.podIP,
  };
  return fields[fieldPath] ?? '';
}

/** A resourceFieldRef value: the container's request or limit in units of the divisor. */
function resourceValue(c: Container, resource: string, divisor: string | number | undefined): string {
  const [kind, name = ''] = resource.split('.');
  const q = parseQuantity((kind === 'limits' ? c.resources?.limits : c.resources?.requests)?.[name] ?? 0);
  const d = parseQuantity(divisor ?? 1);
  if (!q || !d || d.nanos === 0n) return '';
  const value = name === 'cpu' ? quantityMilliValue(q) : quantityValue(q) * 1000n;
  const unit = name === 'cpu' ? quantityMilliValue(d) : quantityValue(d) * 1000n;
  // Divide rounding up, as the downward API does.
  const v = (value + unit - 1n) / unit;
  return v === 0n && kind === 'limits' ? 'node allocatable' : String(v);
}

function writeEnv(e: EnvVar, c: Container, pod: Pod | undefined, w: PrefixWriter): void {
  const from = e.valueFrom;
  if (!from) {
    (e.value ?? '').split('\n').forEach((s, i) => w.write(LEVEL_3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`));
  } else if (from.fieldRef) {
    const f = from.fieldRef;
    w.write(LEVEL_3, `${e.name}:\t${fieldRefValue(pod, f.fieldPath)} (${f.apiVersion ?? 'v1'}:${f.fieldPath})\n`);
  } else if (from.resourceFieldRef) {
    const r = from.resourceFieldRef;
    w.write(LEVEL_3, `${e.name}:\t${resourceValue(c, r.resource, r.divisor)} (${r.resource})\n`);
  } else if (from.secretKeyRef) {
    const s = from.secretKeyRef;
    w.write(LEVEL_3, `${e.name}:\t<set to the key '${s.key}' in secret '${s.name ?? ''}'>\tOptional: ${!!s.optional}\n`);
  } else if (from.configMapKeyRef) {
    const s = from.configMapKeyRef;
    w.write(LEVEL_3, `${e.name}:\t<set to the key '${s.key}' of config map '${s.name ?? ''}'>\tOptional: ${!!s.optional}\n`);
  }
}

function writeEnvironment(c: Container, pod: Pod | undefined, w: PrefixWriter): void {
  if (c.envFrom && c.envFrom.length > 0) {
    w.write(LEVEL_2, 'Environment Variables from:\n');
    for (const e of c.envFrom) {
      const ref = e.configMapRef ?? e.secretRef;
      const from = e.configMapRef ? 'ConfigMap' : e.secretRef ? 'Secret' : '';
      const kind = e.prefix ? `${from} with prefix '${e.prefix}'` : from;
      w.write(LEVEL_3, `${ref?.name ?? ''}\t${kind}\tOptional: ${!!ref?.optional}\n`);
    }
  }
  w.write(LEVEL_2, c.env && c.env.length > 0 ? 'Environment:\n' : 'Environment:\t<none>\n');
  for (const e of c.env ?? []) writeEnv(e, c, pod, w);
}

function writeMounts(c: Container, w: PrefixWriter): void {
  const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
  w.write(LEVEL_2, mounts.length === 0 ? 'Mounts:\t<none>\n' : 'Mounts:\n');
  for (const m of mounts) {
    const flags = [m.readOnly ? 'ro' : 'rw'];
    if (m.subPath) flags.push(`path=${JSON.stringify(m.subPath)}`);
    w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
  }
}

/**
 * One `Containers:`-style section. `pod` is undefined for a Pod template (no status,
 * no downward-API values); `space` is the template's extra indentation of the title.
 */
export function describeContainers(
  label: string,
  containers: Container[],
  statuses: ContainerStatus[] | undefined,
  pod: Pod | undefined,
  w: PrefixWriter,
  space = '',
): void {
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]));
  w.write(LEVEL_0, `${space}${label}:${containers.length === 0 ? ' <none>' : ''}\n`);
  for (const c of containers) {
    const status = byName.get(c.name);
    writeBasicInfo(c, status, space, w);
    writeCommand(c, w);
    if (status) {
      writeState('State', status.state, w);
      if (status.lastState?.terminated) writeState('Last State', status.lastState, w);
      w.write(LEVEL_2, `Ready:\t${printBool(status.ready)}\n`);
      w.write(LEVEL_2, `Restart Count:\t${status.restartCount}\n`);
    }
    describeResources(c.resources, w, LEVEL_2);
    writeProbes(c, w);
    writeEnvironment(c, pod, w);
    writeMounts(c, w);
  }
}
