// The network view's data: each Service's port mapping (port → targetPort → the pods'
// containerPort, and nodePort from outside), and packet walks from the trace. Both are
// read from data the engine already keeps, so the view grows as the networking work lands.
import type { ClusterSnapshot, KubeObject, Pod, Service, TraceEvent } from '../../engine';

export interface PortMapping {
  name?: string;
  protocol: string;
  port: number;
  targetPort: string;
  nodePort?: number;
  /** `podIP:containerPort` of every ready-or-not pod the selector picks. */
  endpoints: { pod: string; ip?: string; containerPort?: number }[];
}

export interface ServiceView {
  namespace: string;
  name: string;
  type: string;
  clusterIP?: string;
  selector: Record<string, string>;
  ports: PortMapping[];
  nodeIPs: string[];
}

function selects(selector: Record<string, string>, pod: Pod): boolean {
  const labels = pod.metadata?.labels ?? {};
  const keys = Object.keys(selector);
  return keys.length > 0 && keys.every((k) => labels[k] === selector[k]);
}

/** The containerPort a targetPort reaches in a pod: a number as is, a name looked up. */
function containerPort(pod: Pod, target: number | string): number | undefined {
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  for (const c of pod.spec?.containers ?? []) for (const p of c.ports ?? []) if (p.name === target) return p.containerPort;
  return undefined;
}

interface EndpointsLike {
  subsets?: { addresses?: { ip: string; targetRef?: { name?: string } }[]; ports?: { name?: string; port: number }[] }[];
}

/**
 * What the Endpoints object says, when there is one (the endpoints controller's view, and
 * the only one for a Service without a selector such as `kubernetes`).
 */
function fromEndpoints(ep: KubeObject | undefined, portName: string | undefined): PortMapping['endpoints'] | undefined {
  const subsets = (ep as EndpointsLike | undefined)?.subsets;
  if (!ep) return undefined;
  const out: PortMapping['endpoints'] = [];
  for (const s of subsets ?? []) {
    const port = (s.ports ?? []).find((p) => (p.name ?? '') === (portName ?? '')) ?? s.ports?.[0];
    for (const a of s.addresses ?? []) out.push({ pod: a.targetRef?.name ?? a.ip, ip: a.ip, ...(port ? { containerPort: port.port } : {}) });
  }
  return out;
}

export function serviceViews(snapshot: ClusterSnapshot): ServiceView[] {
  const endpoints = new Map((snapshot.objects.endpoints ?? []).map((e) => [`${e.metadata?.namespace}/${e.metadata?.name}`, e]));
  const pods = (snapshot.objects.pods ?? []) as Pod[];
  const nodeIPs = snapshot.nodes.map((n) => n.ip);
  return ((snapshot.objects.services ?? []) as Service[]).map((svc) => {
    const ns = svc.metadata?.namespace ?? 'default';
    const selector = (svc.spec?.selector ?? {}) as Record<string, string>;
    const chosen = pods.filter((p) => (p.metadata?.namespace ?? 'default') === ns && selects(selector, p));
    const ports = (svc.spec?.ports ?? []).map((p) => {
      const target = p.targetPort ?? p.port;
      return {
        ...(p.name ? { name: p.name } : {}),
        protocol: p.protocol ?? 'TCP',
        port: p.port,
        targetPort: String(target),
        ...(p.nodePort ? { nodePort: p.nodePort } : {}),
        endpoints:
          fromEndpoints(endpoints.get(`${ns}/${svc.metadata?.name}`), p.name) ??
          chosen.map((pod) => {
            const cp = containerPort(pod, target);
            return { pod: pod.metadata?.name ?? '', ...(pod.status?.podIP ? { ip: pod.status.podIP } : {}), ...(cp !== undefined ? { containerPort: cp } : {}) };
          }),
      };
    });
    return { namespace: ns, name: svc.metadata?.name ?? '', type: svc.spec?.type ?? 'ClusterIP', ...(svc.spec?.clusterIP ? { clusterIP: svc.spec.clusterIP } : {}), selector, ports, nodeIPs };
  });
}

export interface PacketWalk {
  key: string;
  hops: TraceEvent[];
}

/** Whether a trace event is a hop of a packet (the networking work traces them as `packet.*`). */
export function isPacket(e: TraceEvent): boolean {
  return e.kind.startsWith('packet.') || (e.detail !== undefined && 'walk' in e.detail);
}

/** Packet hops grouped into walks by their `walk` id (or, lacking one, by when they started). */
export function packetWalks(trace: readonly TraceEvent[], limit = 20): PacketWalk[] {
  const walks = new Map<string, TraceEvent[]>();
  for (const e of trace) {
    if (!isPacket(e)) continue;
    const id = e.detail?.walk;
    const key = id !== undefined && id !== null ? String(id) : `t${e.t}`;
    walks.set(key, [...(walks.get(key) ?? []), e]);
  }
  return [...walks.entries()].slice(-limit).map(([key, hops]) => ({ key, hops }));
}
