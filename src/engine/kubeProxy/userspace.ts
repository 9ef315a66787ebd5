// kube-proxy's original userspace mode (removed in v1.26; seed 001 still teaches it):
// kube-proxy itself listens on a random port of the node for every Service port, iptables
// only REDIRECTs ClusterIP (and NodePort) traffic to that port, and kube-proxy opens a
// second connection to a backend it picks round-robin and copies the bytes across.
import { A } from '../nodeNet/iptables/rule';
import { emptyRuleSet, inTable, type RuleSet } from '../nodeNet/iptables/tables';
import type { KubeProxyContext } from './machine';
import type { ServicePortInfo } from './model';

export interface UserspacePort {
  proxyPort: number;
  proto: 'tcp' | 'udp';
  spn: string;
  backends: { ip: string; port: number }[];
}

function proxyPort(ctx: KubeProxyContext, svc: ServicePortInfo): number {
  const key = `${svc.spn}/${svc.protocol}`;
  let port = ctx.proxyPorts.get(key);
  if (port === undefined) {
    port = 32768 + ctx.rng.int(60999 - 32768 + 1);
    ctx.proxyPorts.set(key, port);
  }
  return port;
}

export function userspacePorts(ctx: KubeProxyContext, ports: readonly ServicePortInfo[]): UserspacePort[] {
  return ports.map((p) => ({ proxyPort: proxyPort(ctx, p), proto: p.protocol, spn: p.spn, backends: p.endpoints.map((e) => ({ ip: e.ip, port: e.port })) }));
}

export function userspaceRuleSet(ctx: KubeProxyContext, ports: readonly ServicePortInfo[]): RuleSet {
  const rs = emptyRuleSet();
  const chains = ['KUBE-PORTALS-CONTAINER', 'KUBE-PORTALS-HOST', 'KUBE-NODEPORT-CONTAINER', 'KUBE-NODEPORT-HOST'];
  rs.chains.nat.push(...chains);
  const first = 'handle ClusterIPs; NOTE: this must be before the NodePort rules';
  const last = 'handle service NodePorts; NOTE: this must be the last rule in the chain';
  rs.head.push(
    inTable('nat', A('PREROUTING').comment(first).j('KUBE-PORTALS-CONTAINER')),
    inTable('nat', A('PREROUTING').m({ m: 'addrtype', dstType: 'LOCAL' }).comment(last).j('KUBE-NODEPORT-CONTAINER')),
    inTable('nat', A('OUTPUT').comment(first).j('KUBE-PORTALS-HOST')),
    inTable('nat', A('OUTPUT').m({ m: 'addrtype', dstType: 'LOCAL' }).comment(last).j('KUBE-NODEPORT-HOST')),
  );
  for (const p of ports) {
    const port = proxyPort(ctx, p);
    rs.rules.nat.push(
      A('KUBE-PORTALS-CONTAINER').d(p.clusterIP).comment(p.spn).dport(p.protocol, p.port).j({ kind: 'REDIRECT', toPorts: port }),
      A('KUBE-PORTALS-HOST').d(p.clusterIP).comment(p.spn).dport(p.protocol, p.port).j({ kind: 'DNAT', to: `${ctx.nodeIP}:${port}` }),
    );
    if (p.nodePort) {
      rs.rules.nat.push(
        A('KUBE-NODEPORT-CONTAINER').p(p.protocol).comment(p.spn).m({ m: 'l4', proto: p.protocol, dport: p.nodePort }).j({ kind: 'REDIRECT', toPorts: port }),
        A('KUBE-NODEPORT-HOST').p(p.protocol).comment(p.spn).m({ m: 'l4', proto: p.protocol, dport: p.nodePort }).j({ kind: 'DNAT', to: `${ctx.nodeIP}:${port}` }),
      );
    }
  }
  return rs;
}
