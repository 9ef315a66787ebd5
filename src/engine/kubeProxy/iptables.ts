// kube-proxy's iptables mode (pkg/proxy/iptables/proxier.go syncProxyRules): the rules it
// restores into the nat and filter tables for every Service port — KUBE-SERVICES matching
// the ClusterIP, KUBE-SVC picking an endpoint with `statistic --mode random`, KUBE-SEP
// DNATing to it, KUBE-NODEPORTS and KUBE-EXT for external traffic, KUBE-MARK-MASQ and
// KUBE-POSTROUTING for masquerading — and REJECT rules in filter for Services without
// endpoints.
import { A, type Rule } from '../nodeNet/iptables/rule';
import { emptyRuleSet, inTable, type RuleSet } from '../nodeNet/iptables/tables';
import { extChain, sepChain, svcChain, svlChain } from './hash';
import type { ProxyEndpoint, ServicePortInfo } from './model';

const MASQ_MARK = 0x4000;
const NEW = { m: 'conntrack' as const, ctstate: 'NEW' };

/** The jumps kube-proxy prepends to the built-in chains, in the order they end up in. */
function jumps(rs: RuleSet): void {
  const f = (chain: string, target: string, comment: string, isNew: boolean): Rule => {
    const b = A(chain);
    if (isNew) b.m(NEW);
    return inTable('filter', b.comment(comment).j(target));
  };
  rs.head.push(
    f('INPUT', 'KUBE-PROXY-FIREWALL', 'kubernetes load balancer firewall', true),
    f('INPUT', 'KUBE-NODEPORTS', 'kubernetes health check service ports', false),
    f('INPUT', 'KUBE-EXTERNAL-SERVICES', 'kubernetes externally-visible service portals', true),
    f('FORWARD', 'KUBE-PROXY-FIREWALL', 'kubernetes load balancer firewall', true),
    f('FORWARD', 'KUBE-FORWARD', 'kubernetes forwarding rules', false),
    f('FORWARD', 'KUBE-SERVICES', 'kubernetes service portals', true),
    f('FORWARD', 'KUBE-EXTERNAL-SERVICES', 'kubernetes externally-visible service portals', true),
    f('OUTPUT', 'KUBE-PROXY-FIREWALL', 'kubernetes load balancer firewall', true),
    f('OUTPUT', 'KUBE-SERVICES', 'kubernetes service portals', true),
    inTable('nat', A('PREROUTING').comment('kubernetes service portals').j('KUBE-SERVICES')),
    inTable('nat', A('OUTPUT').comment('kubernetes service portals').j('KUBE-SERVICES')),
    inTable('nat', A('POSTROUTING').comment('kubernetes postrouting rules').j('KUBE-POSTROUTING')),
  );
}

function fixedRules(rs: RuleSet): void {
  rs.chains.nat.push('KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-MARK-MASQ', 'KUBE-PROXY-CANARY');
  rs.chains.filter.push('KUBE-SERVICES', 'KUBE-EXTERNAL-SERVICES', 'KUBE-FORWARD', 'KUBE-NODEPORTS', 'KUBE-PROXY-FIREWALL', 'KUBE-PROXY-CANARY');
  rs.rules.nat.push(
    A('KUBE-POSTROUTING').m({ m: 'mark', value: MASQ_MARK, mask: MASQ_MARK, not: true }).j('RETURN'),
    A('KUBE-POSTROUTING').j({ kind: 'MARK', value: MASQ_MARK, mask: 0 }),
    A('KUBE-POSTROUTING').comment('kubernetes service traffic requiring SNAT').j({ kind: 'MASQUERADE', randomFully: true }),
    A('KUBE-MARK-MASQ').j({ kind: 'MARK', value: MASQ_MARK, mask: MASQ_MARK }),
  );
}

function forwardRules(rs: RuleSet): void {
  rs.rules.filter.push(
    A('KUBE-FORWARD').m({ m: 'conntrack', ctstate: 'INVALID' }).m({ m: 'nfacct', name: 'ct_state_invalid_dropped_pkts' }).j('DROP'),
    A('KUBE-FORWARD').comment('kubernetes forwarding rules').m({ m: 'mark', value: MASQ_MARK, mask: MASQ_MARK }).j('ACCEPT'),
    A('KUBE-FORWARD').comment('kubernetes forwarding conntrack rule').m({ m: 'conntrack', ctstate: 'RELATED,ESTABLISHED' }).j('ACCEPT'),
  );
}

/** writeServiceToEndpointRules: endpoint i of n is taken with probability 1/(n−i). */
function toEndpoints(rs: RuleSet, chain: string, svc: ServicePortInfo, eps: ProxyEndpoint[]): void {
  eps.forEach((ep, i) => {
    const b = A(chain).comment(`${svc.spn} -> ${ep.key}`);
    if (i < eps.length - 1) b.m({ m: 'statistic', probability: 1 / (eps.length - i) });
    rs.rules.nat.push(b.j(sepChain(svc.spn, svc.protocol, ep.key)));
  });
}

function endpointChain(rs: RuleSet, svc: ServicePortInfo, ep: ProxyEndpoint): void {
  const chain = sepChain(svc.spn, svc.protocol, ep.key);
  rs.chains.nat.push(chain);
  rs.rules.nat.push(
    A(chain).s(ep.ip).comment(svc.spn).j('KUBE-MARK-MASQ'),
    A(chain).p(svc.protocol).comment(svc.spn).m({ m: 'l4', proto: svc.protocol }).j({ kind: 'DNAT', to: ep.key }),
  );
}

function externalChain(rs: RuleSet, svc: ServicePortInfo, clusterCIDR: string, hasExternal: boolean, policyChain: string): void {
  const ext = extChain(svc.spn, svc.protocol);
  const svcC = svcChain(svc.spn, svc.protocol);
  rs.chains.nat.push(ext);
  if (!svc.externalLocal) rs.rules.nat.push(A(ext).comment(`masquerade traffic for ${svc.spn} external destinations`).j('KUBE-MARK-MASQ'));
  else {
    rs.rules.nat.push(
      A(ext).s(clusterCIDR).comment(`pod traffic for ${svc.spn} external destinations`).j(svcC),
      A(ext).comment(`masquerade LOCAL traffic for ${svc.spn} external destinations`).m({ m: 'addrtype', srcType: 'LOCAL' }).j('KUBE-MARK-MASQ'),
      A(ext).comment(`route LOCAL traffic for ${svc.spn} external destinations`).m({ m: 'addrtype', srcType: 'LOCAL' }).j(svcC),
    );
  }
  if (hasExternal) rs.rules.nat.push(A(ext).j(policyChain));
}

interface Reach {
  local: ProxyEndpoint[];
  hasEndpoints: boolean;
  hasInternal: boolean;
  hasExternal: boolean;
  internalChain: string;
}

function reachOf(svc: ServicePortInfo): Reach {
  const local = svc.endpoints.filter((e) => e.local);
  const hasEndpoints = svc.endpoints.length > 0;
  return {
    local,
    hasEndpoints,
    hasInternal: hasEndpoints && (!svc.internalLocal || local.length > 0),
    hasExternal: hasEndpoints && (!svc.externalLocal || local.length > 0),
    internalChain: svc.internalLocal ? svlChain(svc.spn, svc.protocol) : svcChain(svc.spn, svc.protocol),
  };
}

/** The rules that catch the Service's addresses: ClusterIP, external and LB IPs, the NodePort. */
function captureRules(rs: RuleSet, svc: ServicePortInfo, r: Reach): void {
  const { protocol: p, spn } = svc;
  const ext = extChain(spn, p);
  const filterTarget = r.hasEndpoints ? 'DROP' : ({ kind: 'REJECT', with: 'icmp-port-unreachable' } as const);
  const filterComment = r.hasEndpoints ? `${spn} has no local endpoints` : `${spn} has no endpoints`;
  if (r.hasInternal) rs.rules.nat.push(A('KUBE-SERVICES').d(svc.clusterIP).comment(`${spn} cluster IP`).dport(p, svc.port).j(r.internalChain));
  else rs.rules.filter.push(A('KUBE-SERVICES').d(svc.clusterIP).comment(filterComment).dport(p, svc.port).j(filterTarget));
  for (const [ips, what] of [[svc.externalIPs, 'external IP'], [svc.loadBalancerIPs, 'loadbalancer IP']] as const) {
    for (const ip of ips) {
      if (r.hasEndpoints) rs.rules.nat.push(A('KUBE-SERVICES').d(ip).comment(`${spn} ${what}`).dport(p, svc.port).j(ext));
      if (!r.hasExternal) rs.rules.filter.push(A('KUBE-EXTERNAL-SERVICES').d(ip).comment(filterComment).dport(p, svc.port).j(filterTarget));
    }
  }
  if (!svc.nodePort) return;
  if (r.hasEndpoints) {
    rs.rules.nat.push(A('KUBE-NODEPORTS').d('127.0.0.0/8').p(p).comment(spn).m({ m: 'l4', proto: p, dport: svc.nodePort }).m({ m: 'nfacct', name: 'localhost_nps_accepted_pkts' }).j(ext));
    rs.rules.nat.push(A('KUBE-NODEPORTS').p(p).comment(spn).m({ m: 'l4', proto: p, dport: svc.nodePort }).j(ext));
  }
  if (!r.hasExternal) rs.rules.filter.push(A('KUBE-EXTERNAL-SERVICES').p(p).comment(filterComment).m({ m: 'addrtype', dstType: 'LOCAL' }).m({ m: 'l4', proto: p, dport: svc.nodePort }).j(filterTarget));
}

function servicePort(rs: RuleSet, svc: ServicePortInfo, clusterCIDR: string): void {
  const { protocol: p, spn } = svc;
  const r = reachOf(svc);
  const svcC = svcChain(spn, p);
  captureRules(rs, svc, r);
  if (r.hasInternal) rs.rules.nat.push(A(r.internalChain).s(clusterCIDR, true).d(svc.clusterIP).comment(`${spn} cluster IP`).dport(p, svc.port).j('KUBE-MARK-MASQ'));
  if (r.hasEndpoints && svc.externallyAccessible) externalChain(rs, svc, clusterCIDR, r.hasExternal, svc.externalLocal ? svlChain(spn, p) : svcC);
  const usesCluster = r.hasEndpoints && (!svc.internalLocal || (svc.externallyAccessible && !svc.externalLocal));
  const usesLocal = r.local.length > 0 && (svc.internalLocal || (svc.externallyAccessible && svc.externalLocal));
  if (usesCluster) {
    rs.chains.nat.push(svcC);
    toEndpoints(rs, svcC, svc, svc.endpoints);
  }
  if (usesLocal) {
    rs.chains.nat.push(svlChain(spn, p));
    toEndpoints(rs, svlChain(spn, p), svc, r.local);
  }
  for (const ep of usesCluster ? svc.endpoints : r.local) endpointChain(rs, svc, ep);
}

/** Everything kube-proxy writes, for one node. */
export function iptablesRuleSet(ports: readonly ServicePortInfo[], clusterCIDR: string): RuleSet {
  const rs = emptyRuleSet();
  jumps(rs);
  fixedRules(rs);
  for (const svc of ports) servicePort(rs, svc, clusterCIDR);
  rs.rules.nat.push(A('KUBE-SERVICES').comment('kubernetes service nodeports; NOTE: this must be the last rule in this chain').m({ m: 'addrtype', dstType: 'LOCAL' }).j('KUBE-NODEPORTS'));
  forwardRules(rs);
  return rs;
}
