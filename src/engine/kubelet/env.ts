// The environment the kubelet gives a container (kubelet_pods.go makeEnvironmentVariables):
// its declared variables, `$(VAR)` references expanded against the ones before them and
// the Service variables; the downward API's fields and resources; then a variable set for
// each Service the Pod can see (envvars.FromServices): `kubernetes` in `default` always,
// the Services of the Pod's own namespace unless enableServiceLinks is false. Services
// are the kubelet's informer's: only those that existed when the container was made.
import type { Container, KubeObject, Pod, Service } from '../api/objects';
import { bytes, milliCPU } from '../api/quantity';
import { dataOf, type SourceKind } from './podConfig';

/** A ConfigMap or Secret as the kubelet read it: null when the API server has none. */
export type SourceLookup = (kind: SourceKind, name: string) => KubeObject | null | undefined;

export interface EnvVar {
  name: string;
  value: string;
}

/** What the downward API reads from the node: its IP and allocatable, for unset limits. */
export interface NodeFacts {
  ip: string;
  allocatable: { cpu: string; memory: string; 'ephemeral-storage': string };
}

type FieldRef = { fieldPath: string };
type ResourceRef = { containerName?: string; resource: string; divisor?: string | number };

/** `$(VAR)` from `vars`, `$$` for a literal `$`; an unknown or unclosed reference stays as written. */
export function expand(input: string, lookup: (name: string) => string | undefined): string {
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (ch !== '$' || i + 1 >= input.length) {
      out += ch;
      continue;
    }
    const next = input[i + 1]!;
    if (next === '$') {
      out += '$';
      i++;
    } else if (next === '(') {
      const close = input.indexOf(')', i + 2);
      if (close < 0) {
        out += input.slice(i);
        break;
      }
      const name = input.slice(i + 2, close);
      out += lookup(name) ?? `$(${name})`;
      i = close;
    } else out += ch;
  }
  return out;
}

/** podFieldSelectorRuntimeValue: the fields `fieldRef` may name. */
function fieldValue(ref: FieldRef, pod: Pod, node: NodeFacts, podIP: string): string {
  const m = pod.metadata ?? {};
  const path = ref.fieldPath;
  const keyed = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (keyed) return (m[keyed[1] as 'labels' | 'annotations'] ?? {})[keyed[2]!] ?? '';
  switch (path) {
    case 'metadata.name':
      return m.name ?? '';
    case 'metadata.namespace':
      return m.namespace ?? 'default';
    case 'metadata.uid':
      return m.uid ?? '';
    case 'spec.nodeName':
      return pod.spec?.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec?.serviceAccountName ?? '';
    case 'status.hostIP':
    case 'status.hostIPs':
      return node.ip;
    case 'status.podIP':
    case 'status.podIPs':
      return podIP;
  }
  return '';
}

/** ExtractContainerResourceValue: a limit (the node's allocatable when unset) or request, over the divisor, rounded up. */
function resourceValue(ref: ResourceRef, pod: Pod, self: Container, node: NodeFacts): string {
  const c = (ref.containerName ? pod.spec?.containers.find((x) => x.name === ref.containerName) : undefined) ?? self;
  const [kind, resource] = ref.resource.split('.') as ['limits' | 'requests', string];
  const res = c.resources ?? {};
  const limit = (res.limits as Record<string, string | number> | undefined)?.[resource];
  const request = (res.requests as Record<string, string | number> | undefined)?.[resource];
  const raw = kind === 'limits' ? (limit ?? node.allocatable[resource as keyof NodeFacts['allocatable']]) : (request ?? limit ?? 0);
  if (resource === 'cpu') return String(Math.ceil(milliCPU(raw) / Math.max(1, milliCPU(ref.divisor ?? 1))));
  return String(Math.ceil(bytes(raw) / Math.max(1, bytes(ref.divisor ?? 1))));
}

/** makeEnvVariableName: `my-nginx` → `MY_NGINX`. */
function envName(service: string): string {
  return service.toUpperCase().replace(/-/g, '_');
}

/** envvars.FromServices for one Service: host, ports, and the Docker-link variables. */
function serviceVars(s: Service): EnvVar[] {
  const ip = s.spec?.clusterIP ?? '';
  const ports = s.spec?.ports ?? [];
  const prefix = envName(s.metadata?.name ?? '');
  const out: EnvVar[] = [{ name: `${prefix}_SERVICE_HOST`, value: ip }];
  if (ports.length === 0) return out;
  out.push({ name: `${prefix}_SERVICE_PORT`, value: String(ports[0]!.port) });
  for (const p of ports) if (p.name) out.push({ name: `${prefix}_SERVICE_PORT_${envName(p.name)}`, value: String(p.port) });
  ports.forEach((p, i) => {
    const proto = (p.protocol ?? 'TCP').toLowerCase();
    const url = `${proto}://${ip}:${p.port}`;
    if (i === 0) out.push({ name: `${prefix}_PORT`, value: url });
    const portPrefix = `${prefix}_PORT_${p.port}_${proto.toUpperCase()}`;
    out.push({ name: portPrefix, value: url }, { name: `${portPrefix}_PROTO`, value: proto }, { name: `${portPrefix}_PORT`, value: String(p.port) }, { name: `${portPrefix}_ADDR`, value: ip });
  });
  return out;
}

/** The variables of the Services a Pod in `namespace` sees (`links`: enableServiceLinks), by name, in order. */
export function serviceEnvFor(services: Iterable<Service>, namespace: string, links: boolean): ReadonlyMap<string, string> {
  return new Map(visibleServices(services, namespace, links).flatMap(serviceVars).map((v) => [v.name, v.value]));
}

/** getServiceEnvVarMap: the Services whose variables a Pod in `namespace` gets, by name. */
function visibleServices(services: Iterable<Service>, namespace: string, links: boolean): Service[] {
  const byName = new Map<string, Service>();
  for (const s of services) {
    const ip = s.spec?.clusterIP;
    if (!ip || ip === 'None') continue;
    const name = s.metadata?.name ?? '';
    const ns = s.metadata?.namespace ?? 'default';
    if (ns === 'default' && name === 'kubernetes') {
      if (!byName.has(name)) byName.set(name, s);
    } else if (ns === namespace && links) byName.set(name, s);
  }
  return [...byName.values()].sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1));
}

/** A ConfigMap's or Secret's data, or why the container cannot have it (undefined: optional and missing). */
function sourceData(kind: SourceKind, name: string, optional: boolean | undefined, source: SourceLookup): Record<string, string> | { error: string } | undefined {
  const obj = source(kind, name);
  if (obj) return dataOf(obj);
  if (optional) return undefined;
  return { error: `${kind === 'secrets' ? 'secret' : 'configmap'} "${name}" not found` };
}

/** configMapKeyRef / secretKeyRef: one key of a source; undefined when optional and missing. */
function keyValue(ref: { name?: string; key: string; optional?: boolean }, kind: SourceKind, namespace: string, source: SourceLookup): string | { error: string } | undefined {
  const data = sourceData(kind, ref.name ?? '', ref.optional, source);
  if (!data || 'error' in data) return data as { error: string } | undefined;
  if (typeof data[ref.key] === 'string') return data[ref.key];
  if (ref.optional) return undefined;
  return { error: `couldn't find key ${ref.key} in ${kind === 'secrets' ? 'Secret' : 'ConfigMap'} ${namespace}/${ref.name ?? ''}` };
}

/**
 * The container's variables (envFrom's first, then env's, which win), in the order they
 * were declared, then the Services' (not overriding any); or why it cannot be made.
 */
export function containerEnv(pod: Pod, c: Container, node: NodeFacts, podIP: string, serviceEnv: ReadonlyMap<string, string>, source: SourceLookup): EnvVar[] | { error: string } {
  const namespace = pod.metadata?.namespace ?? 'default';
  const declared = new Map<string, string>();
  const lookup = (name: string) => declared.get(name) ?? serviceEnv.get(name);
  for (const f of c.envFrom ?? []) {
    const ref = f.configMapRef ?? f.secretRef;
    const data = sourceData(f.configMapRef ? 'configmaps' : 'secrets', ref?.name ?? '', ref?.optional, source);
    if (data && 'error' in data) return data as { error: string };
    for (const [k, v] of Object.entries(data ?? {})) declared.set((f.prefix ?? '') + k, v);
  }
  for (const e of c.env ?? []) {
    let value: string | { error: string } | undefined = e.value ?? '';
    const from = e.valueFrom;
    if (value !== '') value = expand(value, lookup);
    else if (from?.fieldRef) value = fieldValue(from.fieldRef, pod, node, podIP);
    else if (from?.resourceFieldRef) value = resourceValue(from.resourceFieldRef as ResourceRef, pod, c, node);
    else if (from?.configMapKeyRef) value = keyValue(from.configMapKeyRef, 'configmaps', namespace, source);
    else if (from?.secretKeyRef) value = keyValue(from.secretKeyRef, 'secrets', namespace, source);
    if (value === undefined) continue;
    if (typeof value !== 'string') return value;
    declared.delete(e.name);
    declared.set(e.name, value);
  }
  const out: EnvVar[] = [...declared].map(([name, value]) => ({ name, value }));
  for (const [name, value] of serviceEnv) if (!declared.has(name)) out.push({ name, value });
  return out;
}
