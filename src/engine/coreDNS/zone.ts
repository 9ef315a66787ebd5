// CoreDNS's kubernetes plugin for the cluster.local zone (the DNS for Services and Pods
// spec): `<svc>.<ns>.svc.cluster.local` is the ClusterIP, or the ready endpoints' IPs for
// a headless Service; `<a-b-c-d>.<ns>.pod.cluster.local` is the IP it spells ("pods
// insecure"); anything else in the zone does not exist. Names outside it go to the
// `forward` plugin; the lab's upstream knows no names, so they do not exist.
import type { EndpointSlice, Service } from '../api/objects';

export const ZONE = 'cluster.local';

export interface DnsAnswer {
  rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';
  ips: string[];
  /** How the answer was found, for the trace. */
  how: string;
}

export interface ZoneData {
  services: ReadonlyMap<string, Service>;
  slices: ReadonlyMap<string, EndpointSlice>;
}

function headlessIPs(data: ZoneData, ns: string, svc: string, hostname?: string): string[] {
  const ips: string[] = [];
  for (const s of data.slices.values()) {
    if (s.metadata?.namespace !== ns || s.metadata.labels?.['kubernetes.io/service-name'] !== svc) continue;
    for (const e of s.endpoints ?? []) {
      if (e.conditions?.ready === false) continue;
      if (hostname !== undefined && e.hostname !== hostname) continue;
      ips.push(...e.addresses);
    }
  }
  return [...new Set(ips)].sort();
}

function serviceAnswer(data: ZoneData, labels: string[]): DnsAnswer {
  const nx: DnsAnswer = { rcode: 'NXDOMAIN', ips: [], how: 'no such Service' };
  if (labels.length === 2) {
    const [svc, ns] = labels as [string, string];
    const s = data.services.get(`${ns}/${svc}`);
    if (!s) return nx;
    const ip = s.spec?.clusterIP;
    if (ip && ip !== 'None') return { rcode: 'NOERROR', ips: [ip], how: `Service ${ns}/${svc}: ClusterIP` };
    const ips = headlessIPs(data, ns, svc);
    return ips.length ? { rcode: 'NOERROR', ips, how: `headless Service ${ns}/${svc}: ready endpoints` } : { rcode: 'NXDOMAIN', ips: [], how: 'headless Service without ready endpoints' };
  }
  if (labels.length === 3) {
    const [host, svc, ns] = labels as [string, string, string];
    const ips = headlessIPs(data, ns, svc, host);
    return ips.length ? { rcode: 'NOERROR', ips, how: `endpoint ${host} of ${ns}/${svc}` } : nx;
  }
  return nx;
}

/** Answer an A query. */
export function answer(data: ZoneData, qname: string): DnsAnswer {
  const name = qname.toLowerCase().replace(/\.$/, '');
  if (name !== ZONE && !name.endsWith(`.${ZONE}`)) return { rcode: 'NXDOMAIN', ips: [], how: 'outside cluster.local: forwarded to the upstream resolver (the lab has no Internet, so nothing out there exists)' };
  const labels = name.slice(0, -(ZONE.length + 1)).split('.').filter(Boolean);
  const kind = labels[labels.length - 1];
  const rest = labels.slice(0, -1);
  if (kind === 'svc') return serviceAnswer(data, rest);
  if (kind === 'pod' && rest.length === 2) {
    const ip = rest[0]!.replace(/-/g, '.');
    return /^\d+\.\d+\.\d+\.\d+$/.test(ip) ? { rcode: 'NOERROR', ips: [ip], how: 'pods insecure: the name spells the IP' } : { rcode: 'NXDOMAIN', ips: [], how: 'not a Pod IP' };
  }
  return { rcode: 'NXDOMAIN', ips: [], how: 'no such name in cluster.local' };
}
