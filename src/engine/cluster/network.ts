import type { NetPort } from '../runtime/network';
import type { Scenario } from '../scenario/types';
import { wireHosts } from './wire';

export interface NetworkActorSpec {
  src: 'nodeNet' | 'flanneld' | 'kubeProxy' | 'coreDNS';
  id: string;
  input: Record<string, unknown>;
}

/**
 * The actors that make the cluster's network: the laptop's and every node's kernel
 * stack (nodeNet), flanneld and kube-proxy on every node, and CoreDNS's data.
 */
export function networkActors(scenario: Scenario, base: (self: string) => { self: string; net: NetPort; seed: number | string; epoch: number }): NetworkActorSpec[] {
  const hosts = wireHosts(scenario);
  const out: NetworkActorSpec[] = [{ src: 'nodeNet', id: 'laptop#net', input: { ...base('laptop#net'), node: 'laptop', role: 'external', nodeIP: '192.168.56.1', hosts } }];
  for (const n of scenario.nodes) {
    const stack = `nodeNet/${n.name}`;
    const flanneld = `flanneld/${n.name}`;
    const proxy = `kubeProxy/${n.name}`;
    out.push(
      { src: 'nodeNet', id: stack, input: { ...base(stack), node: n.name, role: 'node', nodeIP: n.ip, podCIDR: n.podCIDR, hosts } },
      { src: 'flanneld', id: flanneld, input: { ...base(flanneld), node: n.name, nodeIP: n.ip, podCIDR: n.podCIDR } },
      { src: 'kubeProxy', id: proxy, input: { ...base(proxy), node: n.name, nodeIP: n.ip, mode: scenario.kubeProxyMode } },
    );
  }
  out.push({ src: 'coreDNS', id: 'coreDNS', input: base('coreDNS') });
  return out;
}
