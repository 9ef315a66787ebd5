// `kubectl get services`, `endpoints` and `endpointslices` (printers.go v1.35).
import type { Endpoints, EndpointSlice, Service } from '../../api/objects';
import { ageOf } from './duration';
import { formatLabels, renderTable, type Column, type Row, type TableOptions } from './table';

const LOAD_BALANCER_WIDTH = 16;

/** Load-balancer ingress IPs or hostnames, sorted and de-duplicated; cut to 16 chars unless wide. */
function loadBalancerStatus(svc: Service, wide: boolean): string {
  const set = new Set<string>();
  for (const ing of svc.status?.loadBalancer?.ingress ?? []) {
    if (ing.ip) set.add(ing.ip);
    else if (ing.hostname) set.add(ing.hostname);
  }
  const r = [...set].sort().join(',');
  return !wide && r.length > LOAD_BALANCER_WIDTH ? r.slice(0, LOAD_BALANCER_WIDTH - 3) + '...' : r;
}

/** EXTERNAL-IP: `<none>` for ClusterIP/NodePort, `<pending>` for a LoadBalancer without ingress. */
export function serviceExternalIP(svc: Service, wide: boolean): string {
  const externalIPs = svc.spec?.externalIPs ?? [];
  switch (svc.spec?.type ?? 'ClusterIP') {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerStatus(svc, wide);
      if (externalIPs.length > 0) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return svc.spec?.externalName ?? '';
    default:
      return '<unknown>';
  }
}

/** PORT(S): `80/TCP`, or `80:30080/TCP` with a node port, comma-joined. */
export function servicePorts(svc: Service): string {
  const pieces = (svc.spec?.ports ?? []).map((p) =>
    p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`,
  );
  return pieces.join(',') || '<none>';
}

const SERVICE_COLUMNS: Column[] = [
  { name: 'Name' },
  { name: 'Type' },
  { name: 'Cluster-IP' },
  { name: 'External-IP' },
  { name: 'Port(s)' },
  { name: 'Age' },
  { name: 'Selector', priority: 1 },
];

export function printServices(svcs: Service[], o: TableOptions): string {
  const rows: Row[] = svcs.map((svc) => ({
    meta: svc.metadata,
    cells: [
      svc.metadata?.name ?? '',
      svc.spec?.type ?? 'ClusterIP',
      // The API server always fills clusterIPs; clusterIP covers objects made without it.
      svc.spec?.clusterIPs?.[0] ?? svc.spec?.clusterIP ?? '<none>',
      serviceExternalIP(svc, !!o.wide),
      servicePorts(svc),
      ageOf(svc.metadata?.creationTimestamp, o.now),
      formatLabels(svc.spec?.selector),
    ],
  }));
  return renderTable(SERVICE_COLUMNS, rows, o);
}

/** `ip:port` pairs, at most three then `+ N more...`, as formatEndpoints does. */
function formatEndpoints(ep: Endpoints): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  let more = false;
  const push = (addr: string): void => {
    if (list.length === 3) more = true;
    else list.push(addr);
  };
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    const ports = ss.ports ?? [];
    if (ports.length === 0) {
      count += addresses.length;
      addresses.forEach((a) => push(a.ip));
      continue;
    }
    for (const port of ports) {
      count += addresses.length;
      addresses.forEach((a) => push(joinHostPort(a.ip, port.port)));
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - 3} more...` : ret;
}

/** net.JoinHostPort: IPv6 addresses go in brackets. */
export function joinHostPort(host: string, port: number | string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

export function printEndpoints(eps: Endpoints[], o: TableOptions): string {
  const rows: Row[] = eps.map((ep) => ({
    meta: ep.metadata,
    cells: [ep.metadata?.name ?? '', formatEndpoints(ep), ageOf(ep.metadata?.creationTimestamp, o.now)],
  }));
  return renderTable([{ name: 'Name' }, { name: 'Endpoints' }, { name: 'Age' }], rows, o);
}

/** At most three items, then `+ N more...`; an empty list is `<unset>`. */
function listWithMore(items: string[]): string {
  const ret = items.slice(0, 3).join(',');
  if (items.length > 3) return `${ret} + ${items.length - 3} more...`;
  return ret || '<unset>';
}

export function printEndpointSlices(slices: EndpointSlice[], o: TableOptions): string {
  const rows: Row[] = slices.map((s) => ({
    meta: s.metadata,
    cells: [
      s.metadata?.name ?? '',
      s.addressType,
      listWithMore((s.ports ?? []).map((p) => (p.port !== undefined ? String(p.port) : (p.name ?? '*')))),
      listWithMore((s.endpoints ?? []).flatMap((e) => e.addresses)),
      ageOf(s.metadata?.creationTimestamp, o.now),
    ],
  }));
  return renderTable(
    [{ name: 'Name' }, { name: 'AddressType' }, { name: 'Ports' }, { name: 'Endpoints' }, { name: 'Age' }],
    rows,
    o,
  );
}
