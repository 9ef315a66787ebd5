// What the endpoints and EndpointSlice controllers agree on (pkg/controller/util/endpoint):
// which Pods back a Service, whether each counts as ready, serving or terminating, and
// which port a Service port's targetPort means on each Pod (a named targetPort is looked
// up in that Pod's container ports, so two Pods may serve one Service port on different
// numbers — they then land in different slices or subsets).
import type { Pod, Service } from '../api/objects';
import { matchesLabelMap } from '../api/selectors';

export interface EndpointPort {
  name: string;
  port: number;
  protocol: string;
  appProtocol?: string;
}

export interface PodEndpoint {
  ip: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  nodeName?: string;
  hostname?: string;
  pod: { name: string; namespace: string; uid: string };
}

/** One group of endpoints that share a port mapping. */
export interface EndpointGroup {
  ports: EndpointPort[];
  endpoints: PodEndpoint[];
}

export function serviceKey(namespace: string | undefined, name: string | undefined): string {
  return `${namespace ?? 'default'}/${name ?? ''}`;
}

/** Whether the endpoints controllers manage this Service at all: it needs a selector. */
export function managesService(svc: Service): boolean {
  return svc.spec?.type !== 'ExternalName' && !!svc.spec?.selector && Object.keys(svc.spec.selector).length > 0;
}

export function selects(svc: Service, pod: Pod): boolean {
  if (!managesService(svc)) return false;
  if ((svc.metadata?.namespace ?? 'default') !== (pod.metadata?.namespace ?? 'default')) return false;
  return matchesLabelMap(svc.spec?.selector, pod.metadata?.labels);
}

function condition(pod: Pod, type: string): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');
}

/**
 * ShouldPodBeInEndpoints: a Pod with an IP that has not finished for good. A terminating
 * Pod stays (EndpointSlices keep it with terminating: true) unless `includeTerminating`
 * is false, as for the legacy Endpoints object.
 */
export function podEndpoint(pod: Pod, includeTerminating: boolean): PodEndpoint | undefined {
  const ip = pod.status?.podIP;
  if (!ip) return undefined;
  const phase = pod.status?.phase;
  const policy = pod.spec?.restartPolicy ?? 'Always';
  if (phase === 'Failed' && policy !== 'Always') return undefined;
  if (phase === 'Succeeded' && policy !== 'Always') return undefined;
  const terminating = !!pod.metadata?.deletionTimestamp;
  if (terminating && !includeTerminating) return undefined;
  const readyCondition = condition(pod, 'Ready');
  const m = pod.metadata ?? {};
  const ep: PodEndpoint = {
    ip,
    ready: readyCondition && !terminating,
    serving: readyCondition,
    terminating,
    pod: { name: m.name ?? '', namespace: m.namespace ?? 'default', uid: m.uid ?? '' },
  };
  if (pod.spec?.nodeName) ep.nodeName = pod.spec.nodeName;
  if (pod.spec?.hostname && pod.spec.subdomain) ep.hostname = pod.spec.hostname;
  return ep;
}

/** FindPort: a number is itself; a name is looked up in the Pod's container ports. */
export function findPort(pod: Pod, targetPort: number | string | undefined, servicePort: number, protocol: string): number | undefined {
  if (targetPort === undefined || targetPort === '') return servicePort;
  if (typeof targetPort === 'number') return targetPort;
  if (/^\d+$/.test(targetPort)) return Number(targetPort);
  for (const c of pod.spec?.containers ?? []) {
    for (const p of c.ports ?? []) {
      if (p.name === targetPort && (p.protocol ?? 'TCP') === protocol) return p.containerPort;
    }
  }
  return undefined;
}

/** The Service's ports as this Pod serves them; a named port the Pod lacks is left out. */
export function podPorts(svc: Service, pod: Pod): EndpointPort[] {
  const out: EndpointPort[] = [];
  for (const sp of svc.spec?.ports ?? []) {
    const protocol = sp.protocol ?? 'TCP';
    const port = findPort(pod, sp.targetPort as number | string | undefined, sp.port, protocol);
    if (port === undefined) continue;
    const ep: EndpointPort = { name: sp.name ?? '', port, protocol };
    if (sp.appProtocol) ep.appProtocol = sp.appProtocol;
    out.push(ep);
  }
  return out;
}

export function ipOrder(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The endpoints a Service should have, grouped by port mapping, addresses in IP order.
 * A Service whose Pods all share one mapping (the usual case) gives one group.
 */
export function desiredGroups(svc: Service, pods: Iterable<Pod>, includeTerminating: boolean): EndpointGroup[] {
  const groups = new Map<string, EndpointGroup>();
  for (const pod of pods) {
    if (!selects(svc, pod)) continue;
    const ep = podEndpoint(pod, includeTerminating);
    if (!ep) continue;
    const ports = podPorts(svc, pod);
    const key = JSON.stringify(ports);
    let g = groups.get(key);
    if (!g) {
      g = { ports, endpoints: [] };
      groups.set(key, g);
    }
    g.endpoints.push(ep);
  }
  const out = [...groups.values()];
  for (const g of out) g.endpoints.sort((a, b) => ipOrder(a.ip, b.ip));
  return out.sort((a, b) => (JSON.stringify(a.ports) < JSON.stringify(b.ports) ? -1 : 1));
}

/** Pods of one namespace, kept by name, as an informer's indexer would. */
export class PodIndex {
  private readonly byNamespace = new Map<string, Map<string, Pod>>();

  /** Store the Pod (or forget it) and return what was stored before. */
  put(pod: Pod, deleted: boolean): Pod | undefined {
    const ns = pod.metadata?.namespace ?? 'default';
    const name = pod.metadata?.name ?? '';
    let m = this.byNamespace.get(ns);
    if (!m) {
      m = new Map();
      this.byNamespace.set(ns, m);
    }
    const before = m.get(name);
    if (deleted) m.delete(name);
    else m.set(name, pod);
    return before;
  }

  inNamespace(ns: string): Iterable<Pod> {
    return this.byNamespace.get(ns)?.values() ?? [];
  }
}
