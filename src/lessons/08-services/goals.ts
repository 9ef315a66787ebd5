import { defineGoals } from '../lib/goals';
import { commandRan, exists, objects, pod } from '../lib/predicates';
import type { LessonState } from '../lib/types';

function clusterIP(s: LessonState, name: string): string | undefined {
  const svc = objects(s, 'services', 'default').find((o) => o.metadata?.name === name) as
    | { spec?: { clusterIP?: string } }
    | undefined;
  return svc?.spec?.clusterIP;
}

/** Addresses the EndpointSlices of a Service list as ready. */
function readyEndpoints(s: LessonState, service: string): string[] {
  const slices = objects(s, 'endpointslices', 'default').filter(
    (o) => o.metadata?.labels?.['kubernetes.io/service-name'] === service,
  ) as { endpoints?: { addresses?: string[]; conditions?: { ready?: boolean } }[] }[];
  return slices.flatMap((sl) =>
    (sl.endpoints ?? []).filter((e) => e.conditions?.ready !== false).flatMap((e) => e.addresses ?? []),
  );
}

/** Pods that received a request on a walk that started towards the Service's cluster IP. */
function podsReachedThrough(s: LessonState, service: string): Set<string> {
  const vip = clusterIP(s, service);
  const viaService = new Set<string>();
  const reached = new Map<string, string>();
  for (const e of s.trace) {
    if (e.kind !== 'packet.hop' || !e.detail) continue;
    const walk = String(e.detail.walk);
    if (e.detail.hop === 1 && e.detail.ipDst === vip) viaService.add(walk);
    const ns = String(e.detail.netns ?? '');
    if (e.detail.action === 'deliver' && ns.startsWith('pod:default/kubia-')) reached.set(walk, ns);
  }
  return new Set([...reached].filter(([walk]) => viaService.has(walk)).map(([, ns]) => ns));
}

export default defineGoals({
  service: (s) => {
    const ips = ['kubia-1', 'kubia-2', 'kubia-3'].map((p) => pod(s, p)?.status?.podIP);
    const listed = readyEndpoints(s, 'kubia');
    return ips.every((ip) => ip !== undefined && listed.includes(ip));
  },
  spread: (s) => podsReachedThrough(s, 'kubia').size >= 2,
  dns: (s) =>
    commandRan(s, /^kubectl\s+exec\s+(pods?\/)?client\b.*--\s+(nslookup|dig|host)\s+kubia(\.default(\.svc\.cluster\.local)?)?\.?\s*$/),
  dnat: (s) => commandRan(s, /^node-shell\s+\S+\s+--\s+iptables-save\b/),
  broken: (s) =>
    exists(s, 'services', 'kubia-typo') &&
    exists(s, 'services', 'kubia-wrongport') &&
    commandRan(s, /^kubectl\s+exec\s+(pods?\/)?client\b.*--\s+(curl|wget)\b.*\bkubia-typo\b/) &&
    commandRan(s, /^kubectl\s+exec\s+(pods?\/)?client\b.*--\s+(curl|wget)\b.*\bkubia-wrongport\b/),
});
