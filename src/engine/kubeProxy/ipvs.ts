// kube-proxy's ipvs mode (pkg/proxy/ipvs): every ClusterIP is an address of the dummy
// interface kube-ipvs0, so the node accepts the packet as its own; the kernel's IPVS then
// picks a real server (round robin) and rewrites the destination (masquerade forwarding).
// iptables is left with a handful of rules that match ipsets instead of one per Service.
import type { IpvsService } from '../nodeNet/types';
import { A } from '../nodeNet/iptables/rule';
import { emptyRuleSet, inTable, type RuleSet } from '../nodeNet/iptables/tables';
import type { ServicePortInfo } from './model';

export interface IpvsState {
  services: IpvsService[];
  ipsets: Record<string, string[]>;
  addrs: string[];
  ruleSet: RuleSet;
}

function ipvsRules(clusterCIDR: string): RuleSet {
  const rs = emptyRuleSet();
  rs.chains.nat.push('KUBE-SERVICES', 'KUBE-POSTROUTING', 'KUBE-NODE-PORT', 'KUBE-LOAD-BALANCER', 'KUBE-MARK-MASQ', 'KUBE-PROXY-CANARY');
  rs.chains.filter.push('KUBE-FORWARD', 'KUBE-NODE-PORT', 'KUBE-PROXY-FIREWALL', 'KUBE-SOURCE-RANGES-FIREWALL', 'KUBE-PROXY-CANARY');
  rs.head.push(
    inTable('nat', A('PREROUTING').comment('kubernetes service portals').j('KUBE-SERVICES')),
    inTable('nat', A('OUTPUT').comment('kubernetes service portals').j('KUBE-SERVICES')),
    inTable('nat', A('POSTROUTING').comment('kubernetes postrouting rules').j('KUBE-POSTROUTING')),
    inTable('filter', A('INPUT').comment('kubernetes health check rules').j('KUBE-NODE-PORT')),
    inTable('filter', A('INPUT').comment('kube-proxy firewall rules').j('KUBE-PROXY-FIREWALL')),
    inTable('filter', A('FORWARD').comment('kube-proxy firewall rules').j('KUBE-PROXY-FIREWALL')),
    inTable('filter', A('FORWARD').comment('kubernetes forwarding rules').j('KUBE-FORWARD')),
  );
  rs.rules.nat.push(
    A('KUBE-LOAD-BALANCER').j('KUBE-MARK-MASQ'),
    A('KUBE-MARK-MASQ').j({ kind: 'MARK', value: 0x4000, mask: 0x4000 }),
    A('KUBE-NODE-PORT').p('tcp').comment('Kubernetes nodeport TCP port for masquerade purpose').m({ m: 'set', name: 'KUBE-NODE-PORT-TCP', flags: 'dst' }).j('KUBE-MARK-MASQ'),
    A('KUBE-POSTROUTING').comment('Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose').m({ m: 'set', name: 'KUBE-LOOP-BACK', flags: 'dst,dst,src' }).j({ kind: 'MASQUERADE', randomFully: false }),
    A('KUBE-POSTROUTING').m({ m: 'mark', value: 0x4000, mask: 0x4000, not: true }).j('RETURN'),
    A('KUBE-POSTROUTING').j({ kind: 'MARK', value: 0x4000, mask: 0 }),
    A('KUBE-POSTROUTING').comment('kubernetes service traffic requiring SNAT').j({ kind: 'MASQUERADE', randomFully: true }),
    A('KUBE-SERVICES').s(clusterCIDR, true).comment('Kubernetes service cluster ip + port for masquerade purpose').m({ m: 'set', name: 'KUBE-CLUSTER-IP', flags: 'dst,dst' }).j('KUBE-MARK-MASQ'),
    A('KUBE-SERVICES').m({ m: 'addrtype', dstType: 'LOCAL' }).j('KUBE-NODE-PORT'),
    A('KUBE-SERVICES').m({ m: 'set', name: 'KUBE-CLUSTER-IP', flags: 'dst,dst' }).j('ACCEPT'),
  );
  rs.rules.filter.push(
    A('KUBE-FORWARD').comment('kubernetes forwarding rules').m({ m: 'mark', value: 0x4000, mask: 0x4000 }).j('ACCEPT'),
    A('KUBE-FORWARD').comment('kubernetes forwarding conntrack rule').m({ m: 'conntrack', ctstate: 'RELATED,ESTABLISHED' }).j('ACCEPT'),
    A('KUBE-NODE-PORT').comment('Kubernetes health check node port').m({ m: 'set', name: 'KUBE-HEALTH-CHECK-NODE-PORT', flags: 'dst' }).j('ACCEPT'),
    A('KUBE-PROXY-FIREWALL').comment('Kubernetes service load balancer ip + port for load balancer with sourceRange').m({ m: 'set', name: 'KUBE-LOAD-BALANCER-FW', flags: 'dst,dst' }).j('KUBE-SOURCE-RANGES-FIREWALL'),
    A('KUBE-SOURCE-RANGES-FIREWALL').j('DROP'),
  );
  return rs;
}

/** Virtual servers, ipset members and kube-ipvs0 addresses for every Service port. */
export function ipvsState(ports: readonly ServicePortInfo[], clusterCIDR: string, nodeIP = ''): IpvsState {
  const services: IpvsService[] = [];
  const ipsets: Record<string, string[]> = { 'KUBE-CLUSTER-IP': [], 'KUBE-LOOP-BACK': [], 'KUBE-NODE-PORT-TCP': [], 'KUBE-NODE-PORT-UDP': [] };
  const addrs = new Set<string>();
  for (const p of ports) {
    const reals = p.endpoints.map((e) => ({ ip: e.ip, port: e.port, weight: 1 }));
    services.push({ vip: p.clusterIP, port: p.port, proto: p.protocol, scheduler: 'rr', reals, next: 0 });
    addrs.add(p.clusterIP);
    ipsets['KUBE-CLUSTER-IP']!.push(`${p.clusterIP},${p.protocol}:${p.port}`);
    for (const e of p.endpoints) ipsets['KUBE-LOOP-BACK']!.push(`${e.ip},${p.protocol}:${e.port},${e.ip}`);
    if (p.nodePort && nodeIP) {
      services.push({ vip: nodeIP, port: p.nodePort, proto: p.protocol, scheduler: 'rr', reals, next: 0 });
      ipsets[p.protocol === 'tcp' ? 'KUBE-NODE-PORT-TCP' : 'KUBE-NODE-PORT-UDP']!.push(String(p.nodePort));
    }
    for (const ip of p.loadBalancerIPs) {
      services.push({ vip: ip, port: p.port, proto: p.protocol, scheduler: 'rr', reals, next: 0 });
      addrs.add(ip);
    }
  }
  return { services, ipsets, addrs: [...addrs].sort(), ruleSet: ipvsRules(clusterCIDR) };
}
