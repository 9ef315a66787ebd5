import type { Pod } from '../api/objects';

/** The cluster DNS Service address and domain kubeadm configures the kubelet with. */
export const CLUSTER_DNS = '10.96.0.10';
export const CLUSTER_DOMAIN = 'cluster.local';

/**
 * /etc/resolv.conf for a Pod by `dnsPolicy` (pkg/kubelet/network/dns): ClusterFirst gets
 * the cluster DNS and search path with ndots:5; Default inherits the node's; a host
 * network Pod with ClusterFirst falls back to Default; None uses only `dnsConfig`.
 */
export function resolvConf(pod: Pod): string[] {
  const spec = pod.spec ?? { containers: [] };
  const ns = pod.metadata?.namespace ?? 'default';
  let policy = spec.dnsPolicy ?? 'ClusterFirst';
  if (policy === 'ClusterFirst' && spec.hostNetwork) policy = 'Default';
  let nameservers: string[] = [];
  let searches: string[] = [];
  let options: string[] = [];
  if (policy === 'ClusterFirst' || policy === 'ClusterFirstWithHostNet') {
    nameservers = [CLUSTER_DNS];
    searches = [`${ns}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN];
    options = ['ndots:5'];
  } else if (policy === 'Default') {
    nameservers = ['192.168.56.1'];
    searches = [];
  }
  const cfg = spec.dnsConfig;
  if (cfg) {
    nameservers = [...nameservers, ...(cfg.nameservers ?? [])];
    searches = [...searches, ...(cfg.searches ?? [])];
    options = [...options, ...(cfg.options ?? []).map((o) => (o.value !== undefined ? `${o.name ?? ''}:${o.value}` : (o.name ?? '')))];
  }
  const lines: string[] = [];
  if (searches.length > 0) lines.push(`search ${searches.join(' ')}`);
  for (const n of nameservers) lines.push(`nameserver ${n}`);
  if (options.length > 0) lines.push(`options ${options.join(' ')}`);
  return lines;
}
