// The Pod's hostname and its /etc/hosts, as the kubelet makes them (pkg/kubelet/kubelet_pods.go:
// GeneratePodHostNameAndDomain, makeHostsMount). The kubelet writes the file into the Pod's
// directory and mounts it at /etc/hosts in every container; the runtime only copies it in.
import type { Pod } from '../api/objects';
import { CLUSTER_DOMAIN } from './dns';

const MANAGED_HEADER = '# Kubernetes-managed hosts file.\n';
const HOST_NETWORK_HEADER = '# Kubernetes-managed hosts file (host network).\n';

/** The Pod's hostname (spec.hostname or its name, cut to 63 characters) and domain (from spec.subdomain). */
export function podHostnameAndDomain(pod: Pod): { hostname: string; domain: string } {
  const spec = pod.spec;
  const name = pod.metadata?.name ?? '';
  // truncatePodHostnameIfNeeded: at most 63 characters, not ending in '-' or '.'.
  const hostname = (spec?.hostname || name).slice(0, 63).replace(/[-.]+$/, '');
  const domain = spec?.subdomain ? `${spec.subdomain}.${pod.metadata?.namespace ?? 'default'}.svc.${CLUSTER_DOMAIN}` : '';
  return { hostname, domain };
}

/**
 * The hostname the Pod's sandbox gets: the node's for a host-network Pod, else the Pod's,
 * fully qualified when setHostnameAsFQDN asks (GetNodenameForKernel).
 */
export function sandboxHostname(pod: Pod, node: string): string {
  if (pod.spec?.hostNetwork) return node;
  const { hostname, domain } = podHostnameAndDomain(pod);
  return pod.spec?.setHostnameAsFQDN && domain ? `${hostname}.${domain}` : hostname;
}

/**
 * /etc/hosts for the Pod's containers: the managed file (localhost, the IPv6 names, the
 * Pod's own name at its IP) or, in the host's network namespace, the node's own file
 * under a header of its own; then the entries of spec.hostAliases, one line per IP.
 */
export function podHostsFile(pod: Pod, podIP: string | undefined, nodeHosts: string): string {
  const aliases = aliasLines(pod);
  if (pod.spec?.hostNetwork) return HOST_NETWORK_HEADER + nodeHosts + aliases;
  const { hostname, domain } = podHostnameAndDomain(pod);
  const own = !podIP ? '' : domain ? `${podIP}\t${hostname}.${domain}\t${hostname}\n` : `${podIP}\t${hostname}\n`;
  return (
    MANAGED_HEADER +
    '127.0.0.1\tlocalhost\n' +
    '::1\tlocalhost ip6-localhost ip6-loopback\n' +
    'fe00::0\tip6-localnet\n' +
    'fe00::0\tip6-mcastprefix\n' +
    'fe00::1\tip6-allnodes\n' +
    'fe00::2\tip6-allrouters\n' +
    own +
    aliases
  );
}

/** hostsEntriesFromHostAliases: a blank line, a comment, then each IP with its names tab-separated. */
function aliasLines(pod: Pod): string {
  const aliases = pod.spec?.hostAliases ?? [];
  if (aliases.length === 0) return '';
  return '\n# Entries added by HostAliases.\n' + aliases.map((a) => `${a.ip}\t${(a.hostnames ?? []).join('\t')}\n`).join('');
}
