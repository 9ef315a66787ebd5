// `kubectl describe service` and `kubectl describe namespace` (describe.go v1.35).
// A Service's Endpoints line is read from its EndpointSlices: ready endpoints only,
// `ip:port` for the port of the same name, at most three then `+ N more...`.
import type { EndpointSlice, KubeEvent, Namespace, Service } from '../../../api/objects';
import { formatRFC1123Z } from '../duration';
import { joinHostPort } from '../serviceTables';
import { formatLabels } from '../table';
import { printAnnotationsMultiline, printLabelsMultiline } from './common';
import { writeEvents } from './events';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './writer';

type Endpoint = NonNullable<EndpointSlice['endpoints']>[number];

/** describe.go formatEndpointSlices for one Service port name. */
export function formatEndpointSlices(slices: EndpointSlice[], portName: string): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  let more = false;
  // Ported as is, quirk included: `more` is set by any endpoint met once three are
  // listed, ready or not, which can print `+ 0 more...`.
  const visit = (e: Endpoint, addr: string): void => {
    if (list.length === 3) more = true;
    // An unknown readiness counts as ready.
    if (e.conditions?.ready === false) return;
    if (!more) list.push(addr);
    count++;
  };
  for (const slice of slices) {
    const endpoints = slice.endpoints ?? [];
    const ports = slice.ports ?? [];
    if (ports.length === 0) {
      for (const e of endpoints) visit(e, e.addresses[0] ?? '');
      continue;
    }
    for (const port of ports) {
      if ((port.name ?? '') !== portName) continue;
      for (const e of endpoints) visit(e, joinHostPort(e.addresses[0] ?? '', port.port ?? 0));
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - 3} more...` : ret;
}

function writePorts(svc: Service, slices: EndpointSlice[], w: PrefixWriter): void {
  for (const p of svc.spec?.ports ?? []) {
    const name = p.name || '<unset>';
    const protocol = p.protocol ?? 'TCP';
    w.write(LEVEL_0, `Port:\t${name}\t${p.port}/${protocol}\n`);
    w.write(LEVEL_0, `TargetPort:\t${p.targetPort ?? p.port}/${protocol}\n`);
    if (p.appProtocol) w.write(LEVEL_0, `AppProtocol:\t${p.appProtocol}\n`);
    if (p.nodePort) w.write(LEVEL_0, `NodePort:\t${name}\t${p.nodePort}/${protocol}\n`);
    w.write(LEVEL_0, `Endpoints:\t${formatEndpointSlices(slices, p.name ?? '')}\n`);
  }
}

function loadBalancerIngress(svc: Service): string {
  return (svc.status?.loadBalancer?.ingress ?? [])
    .map((i) => (i.ip ? (i.ipMode ? `${i.ip} (${i.ipMode})` : i.ip) : (i.hostname ?? '')))
    .join(', ');
}

/** `slices` are the Service's EndpointSlices (label kubernetes.io/service-name). */
export function describeService(svc: Service, slices: EndpointSlice[], events: KubeEvent[] | undefined, now: number): string {
  const w = new PrefixWriter();
  const spec = svc.spec;
  w.write(LEVEL_0, `Name:\t${svc.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${svc.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', svc.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', svc.metadata?.annotations);
  // labels.FormatLabels prints <none> for a Service without a selector.
  w.write(LEVEL_0, `Selector:\t${formatLabels(spec?.selector)}\n`);
  w.write(LEVEL_0, `Type:\t${spec?.type ?? ''}\n`);
  if (spec?.ipFamilyPolicy) w.write(LEVEL_0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(LEVEL_0, `IP Families:\t${spec?.ipFamilies?.length ? spec.ipFamilies.join(',') : '<none>'}\n`);
  w.write(LEVEL_0, `IP:\t${spec?.clusterIP ?? ''}\n`);
  w.write(LEVEL_0, `IPs:\t${spec?.clusterIPs?.length ? spec.clusterIPs.join(',') : '<none>'}\n`);
  if (spec?.externalIPs?.length) w.write(LEVEL_0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
  if (spec?.loadBalancerIP) w.write(LEVEL_0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
  if (spec?.externalName) w.write(LEVEL_0, `External Name:\t${spec.externalName}\n`);
  const ingress = loadBalancerIngress(svc);
  if (ingress) w.write(LEVEL_0, `LoadBalancer Ingress:\t${ingress}\n`);
  writePorts(svc, slices, w);
  w.write(LEVEL_0, `Session Affinity:\t${spec?.sessionAffinity ?? ''}\n`);
  if (spec?.externalTrafficPolicy) w.write(LEVEL_0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec?.internalTrafficPolicy) w.write(LEVEL_0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (spec?.healthCheckNodePort) w.write(LEVEL_0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
  if (spec?.loadBalancerSourceRanges?.length) {
    w.write(LEVEL_0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges.join(',')}\n`);
  }
  const trafficDistribution = (spec as { trafficDistribution?: string } | undefined)?.trafficDistribution;
  if (trafficDistribution) w.write(LEVEL_0, `Traffic Distribution:\t${trafficDistribution}\n`);
  writeEvents(w, events, now);
  return w.toString();
}

/**
 * `kubectl describe namespace`. Pod Lab has no ResourceQuota or LimitRange objects,
 * so both sections say so, as they do on a fresh cluster.
 */
export function describeNamespace(ns: Namespace, _now: number): string {
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${ns.metadata?.name ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', ns.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', ns.metadata?.annotations);
  w.write(LEVEL_0, `Status:\t${ns.status?.phase ?? ''}\n`);
  const conditions = ns.status?.conditions ?? [];
  if (conditions.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n');
    w.write(LEVEL_1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t------------------\t------\t-------\n');
    for (const c of conditions) {
      const when = formatRFC1123Z(c.lastTransitionTime);
      w.write(LEVEL_1, `${c.type}\t${c.status}\t${when}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
    }
  }
  w.write(LEVEL_0, '\nNo resource quota.\n');
  w.write(LEVEL_0, '\nNo LimitRange resource.\n');
  return w.toString();
}
