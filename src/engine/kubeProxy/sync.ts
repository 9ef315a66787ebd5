// syncProxyRules: from the Services and EndpointSlices kube-proxy has seen to what it
// writes into the node's kernel, traced as the iptables-restore (or ipvs update) it is.
import type { EndpointSlice } from '../api/objects';
import { ruleText } from '../nodeNet/iptables/rule';
import { iptablesRuleSet } from './iptables';
import { ipvsState } from './ipvs';
import type { KubeProxyContext } from './machine';
import { serviceKeyOf, servicePorts } from './model';
import { userspacePorts, userspaceRuleSet } from './userspace';
import { announcedBy } from './announce';

/** Claim (or give up) LoadBalancer addresses on the lab network. */
function announce(ctx: KubeProxyContext, ips: string[]): void {
  const key = ips.join(',');
  if (key === ctx.announced) return;
  ctx.announced = key;
  ctx.net.post(ctx.self, { to: ctx.stack, event: { type: 'net.announce', ips }, kind: 'l2.announce', detail: { addresses: key || '(none)' } });
}

function slicesByService(ctx: KubeProxyContext): Map<string, EndpointSlice[]> {
  const out = new Map<string, EndpointSlice[]>();
  for (const s of ctx.slices.values()) {
    const svc = s.metadata?.labels?.['kubernetes.io/service-name'];
    if (!svc) continue;
    const key = serviceKeyOf(s.metadata?.namespace, svc);
    const list = out.get(key) ?? [];
    list.push(s);
    out.set(key, list);
  }
  return out;
}

export function syncRules(ctx: KubeProxyContext): void {
  const ports = servicePorts(ctx.services.values(), slicesByService(ctx), ctx.node);
  announce(ctx, announcedBy(ctx.node, ports));
  if (ctx.mode === 'ipvs') {
    const state = ipvsState(ports, ctx.clusterCIDR, ctx.nodeIP);
    const text = JSON.stringify(state);
    if (text === ctx.lastRules) return;
    ctx.lastRules = text;
    ctx.net.post(ctx.self, { to: ctx.stack, event: { type: 'iptables.restore', owner: 'kube-proxy', ruleSet: state.ruleSet }, kind: 'iptables-restore', detail: { mode: 'ipvs', rules: state.ruleSet.rules.nat.length + state.ruleSet.rules.filter.length } });
    ctx.net.post(ctx.self, { to: ctx.stack, event: { type: 'ipvs.sync', services: state.services, ipsets: state.ipsets, addrs: state.addrs }, kind: 'ipvs.update', detail: { virtualServers: state.services.length, addresses: state.addrs.join(' ') } });
    return;
  }
  const ruleSet = ctx.mode === 'userspace' ? userspaceRuleSet(ctx, ports) : iptablesRuleSet(ports, ctx.clusterCIDR);
  const proxied = ctx.mode === 'userspace' ? userspacePorts(ctx, ports) : [];
  const text = [...ruleSet.head, ...ruleSet.rules.nat, ...ruleSet.rules.filter].map(ruleText).join('\n') + JSON.stringify(proxied);
  if (text === ctx.lastRules) return;
  ctx.lastRules = text;
  if (ctx.mode === 'userspace') {
    ctx.net.post(ctx.self, { to: ctx.stack, event: { type: 'userspace.sync', ports: proxied }, kind: 'proxy.listen', detail: { ports: proxied.map((p) => `${p.spn} → :${p.proxyPort}`).join(', ') } });
  }
  const endpoints = ports.reduce((n, p) => n + p.endpoints.length, 0);
  ctx.net.post(ctx.self, {
    to: ctx.stack,
    event: { type: 'iptables.restore', owner: 'kube-proxy', ruleSet },
    kind: 'iptables-restore',
    detail: { mode: ctx.mode, servicePorts: ports.length, endpoints, natRules: ruleSet.rules.nat.length, filterRules: ruleSet.rules.filter.length },
  });
}
