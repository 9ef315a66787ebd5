// Who answers ARP for a LoadBalancer address. A bare-metal cluster needs a load balancer
// implementation; Pod Lab plays MetalLB in layer-2 mode: one node — here the first, by
// name, that runs a ready endpoint of the Service — claims the address on the lab
// network with a gratuitous ARP, and the others leave it alone.
import type { ServicePortInfo } from './model';

export function announcedBy(node: string, ports: readonly ServicePortInfo[]): string[] {
  const ips = new Set<string>();
  for (const p of ports) {
    if (p.loadBalancerIPs.length === 0) continue;
    const nodes = p.endpoints.map((e) => e.nodeName).filter((n): n is string => !!n).sort();
    if (nodes[0] === node) for (const ip of p.loadBalancerIPs) ips.add(ip);
  }
  return [...ips].sort();
}
