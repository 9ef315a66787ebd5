// kubectl port-forward's port arguments, worded as kubectl and client-go word their errors:
// `[LOCAL:]REMOTE` with a named REMOTE looked up in the Pod's containers
// (convertPodNamedPortToNumber), or for a Service its port mapped to the targetPort it
// sends to (translateServicePortToTargetPort, named targetPorts resolved in the chosen Pod);
// then client-go's parsePorts (`:5000` and `0:5000` let the kernel pick a local port) and
// parseAddresses (`localhost` is both 127.0.0.1 and ::1).
import type { Pod, Service } from '../../api/objects';

export interface ForwardedPort {
  local: number;
  remote: number;
}

type Result<T> = T | { error: string };

/** splitPort: `[LOCAL:]REMOTE`; anything but one colon is both sides the first part. */
function splitPort(port: string): [string, string] {
  const parts = port.split(':');
  return parts.length === 2 ? [parts[0]!, parts[1]!] : [parts[0]!, parts[0]!];
}

const isNumber = (s: string) => /^[+-]?\d+$/.test(s);

/** util.LookupContainerPortNumberByName. */
function containerPortByName(pod: Pod, name: string): Result<number> {
  for (const c of pod.spec?.containers ?? []) {
    for (const p of c.ports ?? []) if (p.name === name) return p.containerPort;
  }
  return { error: `Pod '${pod.metadata?.name ?? ''}' does not have a named port '${name}'` };
}

/** The pod's ports as numbers: a named REMOTE becomes its containerPort. */
export function podPorts(ports: string[], pod: Pod): Result<string[]> {
  const out: string[] = [];
  for (const port of ports) {
    const [local, remote] = splitPort(port);
    if (remote === '') return { error: 'remote port cannot be empty' };
    let number = remote;
    if (!isNumber(remote)) {
      const found = containerPortByName(pod, remote);
      if (typeof found !== 'number') return found;
      number = String(found);
    }
    out.push(local !== remote ? `${local}:${number}` : number);
  }
  return out;
}

/** A Service's ports as the Pod's: each port (or port name) becomes the targetPort it sends to. */
export function servicePorts(ports: string[], svc: Service, pod: Pod): Result<string[]> {
  const name = svc.metadata?.name ?? '';
  const out: string[] = [];
  for (const port of ports) {
    let [local, remote] = splitPort(port);
    let number = Number(remote);
    if (!isNumber(remote)) {
      const named = (svc.spec?.ports ?? []).find((p) => p.name === remote);
      if (!named) return { error: `Service '${name}' does not have a named port '${remote}'` };
      number = named.port;
      if (local === remote) local = String(number);
    }
    const target = containerPortByServicePort(svc, pod, number);
    if (typeof target !== 'number') return target;
    remote = String(target);
    out.push(local !== remote ? `${local}:${remote}` : remote);
  }
  return out;
}

/** util.LookupContainerPortNumberByServicePort. */
function containerPortByServicePort(svc: Service, pod: Pod, port: number): Result<number> {
  const spec = (svc.spec?.ports ?? []).find((p) => p.port === port);
  if (!spec) return { error: `Service ${svc.metadata?.name ?? ''} does not have a service port ${port}` };
  if (svc.spec?.clusterIP === 'None') return port;
  const target = spec.targetPort;
  if (target === undefined || typeof target === 'number') return target === undefined || target === 0 ? spec.port : target;
  return containerPortByName(pod, target);
}

/** Go's strconv.ParseUint(s, 10, 16), with its error text. */
function parseUint16(s: string): Result<number> {
  if (!/^\d+$/.test(s)) return { error: `strconv.ParseUint: parsing "${s}": invalid syntax` };
  const n = Number(s);
  return n > 65535 ? { error: `strconv.ParseUint: parsing "${s}": value out of range` } : n;
}

/** client-go's parsePorts. */
export function parsePorts(ports: string[]): Result<ForwardedPort[]> {
  const out: ForwardedPort[] = [];
  for (const port of ports) {
    const parts = port.split(':');
    if (parts.length > 2) return { error: `invalid port format '${port}'` };
    const localText = parts.length === 1 ? parts[0]! : parts[0] || '0';
    const remoteText = parts.length === 1 ? parts[0]! : parts[1]!;
    const local = parseUint16(localText);
    if (typeof local !== 'number') return { error: `error parsing local port '${localText}': ${local.error}` };
    const remote = parseUint16(remoteText);
    if (typeof remote !== 'number') return { error: `error parsing remote port '${remoteText}': ${remote.error}` };
    if (remote === 0) return { error: 'remote port must be > 0' };
    out.push({ local, remote });
  }
  return out;
}

/** client-go's parseAddresses: the addresses to listen on, sorted, `localhost` as both loopbacks. */
export function parseAddresses(addresses: string[]): Result<string[]> {
  const parsed = new Set<string>();
  for (const a of addresses) {
    if (a === 'localhost') {
      parsed.add('127.0.0.1');
      parsed.add('::1');
    } else if (/^(\d{1,3}\.){3}\d{1,3}$/.test(a) || (a.includes(':') && /^[0-9a-fA-F:.]+$/.test(a))) parsed.add(a);
    else return { error: `${a} is not a valid IP` };
  }
  return [...parsed].sort();
}

/** net.JoinHostPort: an IPv6 address in brackets. */
export function hostPort(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}
