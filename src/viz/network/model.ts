// Each Service's port mapping: nodePort (from outside, on every node's address) → the
// ClusterIP's `port` → `targetPort` → the `containerPort` of every endpoint, Ready or not.
// Endpoints come from the EndpointSlices (what kube-proxy programs), else the Endpoints
// object (a Service without selector), else the selector; Pods the selector picks that are
// not endpoints yet (no IP) are listed too, so a learner sees why a Pod gets no traffic.
import type { ClusterSnapshot, KubeObject, Pod, Service } from '../../engine';

export interface EndpointView {
  /** The Pod's name (or the address, for an endpoint that is not a Pod). */
  pod: string;
  ip?: string;
  containerPort?: number;
  ready: boolean;
  node?: string;
}

export interface PortMapping {
  name?: string;
  protocol: string;
  port: number;
  targetPort: string;
  nodePort?: number;
  endpoints: EndpointView[];
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

interface SliceLike {
  metadata?: { labels?: Record<string, string>; namespace?: string };
  ports?: { name?: string; port?: number }[];
  endpoints?: { addresses?: string[]; conditions?: { ready?: boolean }; nodeName?: string; targetRef?: { name?: string } }[];
}

interface EndpointsLike {
  subsets?: { addresses?: EndpointAddress[]; notReadyAddresses?: EndpointAddress[]; ports?: { name?: string; port: number }[] }[];
}
interface EndpointAddress {
  ip: string;
  nodeName?: string;
  targetRef?: { name?: string };
}

const samePort = (a: string | undefined, b: string | undefined) => (a ?? '') === (b ?? '');

function fromSlices(slices: SliceLike[], portName: string | undefined): EndpointView[] | undefined {
  if (slices.length === 0) return undefined;
  const out: EndpointView[] = [];
  for (const s of slices) {
    const port = (s.ports ?? []).find((p) => samePort(p.name, portName))?.port;
    for (const e of s.endpoints ?? [])
      for (const ip of e.addresses ?? [])
        out.push({ pod: e.targetRef?.name ?? ip, ip, ready: e.conditions?.ready !== false, ...(port !== undefined ? { containerPort: port } : {}), ...(e.nodeName ? { node: e.nodeName } : {}) });
  }
  return out;
}

/** What the Endpoints object says (the only source for a Service without selector, such as `kubernetes`). */
function fromEndpoints(ep: KubeObject | undefined, portName: string | undefined): EndpointView[] | undefined {
  if (!ep) return undefined;
  const out: EndpointView[] = [];
  for (const s of (ep as EndpointsLike).subsets ?? []) {
    const port = (s.ports ?? []).find((p) => samePort(p.name, portName)) ?? s.ports?.[0];
    const add = (a: EndpointAddress, ready: boolean) =>
      out.push({ pod: a.targetRef?.name ?? a.ip, ip: a.ip, ready, ...(port ? { containerPort: port.port } : {}), ...(a.nodeName ? { node: a.nodeName } : {}) });
    for (const a of s.addresses ?? []) add(a, true);
    for (const a of s.notReadyAddresses ?? []) add(a, false);
  }
  return out;
}

function fromSelector(pods: Pod[], target: number | string): EndpointView[] {
  return pods.map((pod) => {
    const cp = containerPort(pod, target);
    const ready = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
    return { pod: pod.metadata?.name ?? '', ready, ...(pod.status?.podIP ? { ip: pod.status.podIP } : {}), ...(cp !== undefined ? { containerPort: cp } : {}), ...(pod.spec?.nodeName ? { node: pod.spec.nodeName } : {}) };
  });
}

export function serviceViews(snapshot: ClusterSnapshot): ServiceView[] {
  const endpoints = new Map((snapshot.objects.endpoints ?? []).map((e) => [`${e.metadata?.namespace}/${e.metadata?.name}`, e]));
  const slices = (snapshot.objects.endpointslices ?? []) as SliceLike[];
  const pods = (snapshot.objects.pods ?? []) as Pod[];
  const nodeIPs = snapshot.nodes.map((n) => n.ip);
  return ((snapshot.objects.services ?? []) as Service[]).map((svc) => {
    const ns = svc.metadata?.namespace ?? 'default';
    const name = svc.metadata?.name ?? '';
    const selector = (svc.spec?.selector ?? {}) as Record<string, string>;
    const chosen = pods.filter((p) => (p.metadata?.namespace ?? 'default') === ns && selects(selector, p));
    const mine = slices.filter((s) => (s.metadata?.namespace ?? 'default') === ns && s.metadata?.labels?.['kubernetes.io/service-name'] === name);
    const ports = (svc.spec?.ports ?? []).map((p): PortMapping => {
      const target = p.targetPort ?? p.port;
      const listed = fromSlices(mine, p.name) ?? fromEndpoints(endpoints.get(`${ns}/${name}`), p.name) ?? fromSelector(chosen, target);
      // Pods the selector picks that are not endpoints (yet): no IP, or not listed.
      const missing = fromSelector(
        chosen.filter((pod) => !listed.some((e) => e.pod === pod.metadata?.name)),
        target,
      ).map((e) => ({ ...e, ready: false }));
      return {
        ...(p.name ? { name: p.name } : {}),
        protocol: p.protocol ?? 'TCP',
        port: p.port,
        targetPort: String(target),
        ...(p.nodePort ? { nodePort: p.nodePort } : {}),
        endpoints: [...listed, ...missing],
      };
    });
    return { namespace: ns, name, type: svc.spec?.type ?? 'ClusterIP', ...(svc.spec?.clusterIP ? { clusterIP: svc.spec.clusterIP } : {}), selector, ports, nodeIPs };
  });
}
