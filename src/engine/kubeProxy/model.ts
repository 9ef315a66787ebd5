// kube-proxy's view of the cluster (pkg/proxy: ServicePort, Endpoint, CategorizeEndpoints):
// one entry per Service port with a ClusterIP, and the endpoints EndpointSlices list for
// it — ready ones, or serving-but-terminating ones when no endpoint is ready — marked
// local when they run on this node, sorted by `ip:port` as kube-proxy sorts them.
import type { EndpointSlice, Service } from '../api/objects';
import { servicePortName } from './hash';

export interface ProxyEndpoint {
  ip: string;
  port: number;
  local: boolean;
  nodeName?: string;
  /** `ip:port` */
  key: string;
}

export interface ServicePortInfo {
  namespace: string;
  name: string;
  portName: string;
  /** `ns/name:port` (or `ns/name`). */
  spn: string;
  protocol: 'tcp' | 'udp';
  clusterIP: string;
  port: number;
  nodePort?: number;
  externalIPs: string[];
  loadBalancerIPs: string[];
  externalLocal: boolean;
  internalLocal: boolean;
  externallyAccessible: boolean;
  /** Every usable endpoint of the Service port, cluster-wide. */
  endpoints: ProxyEndpoint[];
}

export function serviceKeyOf(namespace: string | undefined, name: string | undefined): string {
  return `${namespace ?? 'default'}/${name ?? ''}`;
}

/** Endpoints for one Service port from the Service's slices. */
function endpointsFor(slices: readonly EndpointSlice[], portName: string, protocol: string, node: string): ProxyEndpoint[] {
  const ready = new Map<string, ProxyEndpoint>();
  const fallback = new Map<string, ProxyEndpoint>();
  for (const slice of slices) {
    const port = (slice.ports ?? []).find((p) => (p.name ?? '') === portName && (p.protocol ?? 'TCP').toLowerCase() === protocol);
    if (!port || port.port === undefined) continue;
    for (const e of slice.endpoints ?? []) {
      const ip = e.addresses[0];
      if (!ip) continue;
      const ep: ProxyEndpoint = { ip, port: port.port, local: e.nodeName === node, key: `${ip}:${port.port}`, ...(e.nodeName ? { nodeName: e.nodeName } : {}) };
      const c = e.conditions ?? {};
      if (c.ready !== false) ready.set(ep.key, ep);
      else if (c.serving === true && c.terminating === true) fallback.set(ep.key, ep);
    }
  }
  const chosen = ready.size > 0 ? ready : fallback;
  return [...chosen.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Every Service port kube-proxy programs, with its endpoints. */
export function servicePorts(services: Iterable<Service>, slicesByService: ReadonlyMap<string, EndpointSlice[]>, node: string): ServicePortInfo[] {
  const out: ServicePortInfo[] = [];
  for (const svc of services) {
    const spec = svc.spec ?? {};
    const ip = spec.clusterIP;
    if (!ip || ip === 'None' || spec.type === 'ExternalName') continue;
    const ns = svc.metadata?.namespace ?? 'default';
    const name = svc.metadata?.name ?? '';
    const slices = slicesByService.get(serviceKeyOf(ns, name)) ?? [];
    const lbIPs = (svc.status?.loadBalancer?.ingress ?? []).map((i) => i.ip).filter((x): x is string => !!x);
    for (const p of spec.ports ?? []) {
      const protocol = (p.protocol ?? 'TCP').toLowerCase();
      if (protocol !== 'tcp' && protocol !== 'udp') continue;
      const info: ServicePortInfo = {
        namespace: ns,
        name,
        portName: p.name ?? '',
        spn: servicePortName(ns, name, p.name ?? ''),
        protocol,
        clusterIP: ip,
        port: p.port,
        externalIPs: spec.externalIPs ?? [],
        loadBalancerIPs: lbIPs,
        externalLocal: spec.externalTrafficPolicy === 'Local',
        internalLocal: spec.internalTrafficPolicy === 'Local',
        externallyAccessible: !!p.nodePort || (spec.externalIPs ?? []).length > 0 || lbIPs.length > 0,
        endpoints: endpointsFor(slices, p.name ?? '', protocol, node),
      };
      if (p.nodePort) info.nodePort = p.nodePort;
      out.push(info);
    }
  }
  return out.sort((a, b) => (a.spn + a.protocol < b.spn + b.protocol ? -1 : 1));
}
