// A walk in one line, for the list of walks: who asked (a Pod, a node, the laptop), what
// it asked for (the address and port before any NAT, and the Service behind it), which
// tool sent it, and how it ended (answered, refused, dropped). Also which Service port and
// endpoint the walk went through, so the Service diagram can point at it.
import { podOfNetns, requestedTarget, type Walk } from './hops';
import type { ServiceView } from './model';

export type Outcome = 'answered' | 'refused' | 'unreachable' | 'dropped' | 'lost' | 'underway';

export interface WalkSummary {
  client: string;
  target: string;
  /** `namespace/name` of the Service the client asked for. */
  service?: string;
  tool: string;
  /** A DNS lookup made on the way (curl resolving a Service name). */
  dns: boolean;
  outcome: Outcome;
}

export interface ServiceHit {
  service: string;
  port: number;
  protocol: string;
  via: 'clusterIP' | 'nodePort';
  /** `ip:port` the walk was DNATed to. */
  endpoint?: string;
}

const TOOLS = /\b(curl|wget|ping|nslookup|dig|nc|telnet|host)\b/;

/** The tool a command line runs (`kubectl exec a -- curl -s web` → `curl`). */
export function toolOf(line: string | undefined): string | undefined {
  return line ? TOOLS.exec(line)?.[1] : undefined;
}

function clientOf(walk: Walk): string {
  const h = walk.hops.find((x) => x.segment !== 'ARP') ?? walk.hops[0];
  if (!h) return '';
  if (h.node === 'laptop') return 'laptop';
  const pod = podOfNetns(h.netns);
  if (!pod) return h.node;
  return pod.namespace === 'default' ? pod.name : `${pod.namespace}/${pod.name}`;
}

/** How a walk ended; one whose command has `finished` without an answer was lost on the way. */
export function outcomeOf(walk: Walk, finished = false): Outcome {
  const last = walk.hops[walk.hops.length - 1];
  if (!last) return finished ? 'lost' : 'underway';
  if (/^(drop|DROP)$/.test(last.action)) return 'dropped';
  if (last.action === 'reset' || (last.action === 'error' && last.icmpType === 3 && last.icmpCode === 3)) return 'refused';
  if (last.action === 'error') return 'unreachable';
  const back = last.device === 'socket' && walk.hops.some((h) => h.segment !== last.segment && h.segment !== 'ARP');
  return back ? 'answered' : finished ? 'lost' : 'underway';
}

/** The Service port (ClusterIP:port, or a node's address and nodePort) a walk asked for, and the endpoint it was sent to. */
export function serviceHit(walk: Walk, services: readonly ServiceView[]): ServiceHit | undefined {
  const target = requestedTarget(walk);
  if (!target || target.port === undefined) return undefined;
  const dnat = walk.hops.find((h) => /DNAT$/.test(h.action) && !/un-DNAT/.test(h.action));
  const endpoint = dnat ? `${dnat.ipDst}:${dnat.dport ?? ''}` : undefined;
  for (const s of services) {
    for (const p of s.ports) {
      if (p.protocol.toLowerCase() !== target.proto) continue;
      const byVip = s.clusterIP === target.ip && p.port === target.port;
      const byNode = p.nodePort === target.port && s.nodeIPs.includes(target.ip);
      if (byVip || byNode) return { service: `${s.namespace}/${s.name}`, port: p.port, protocol: p.protocol, via: byVip ? 'clusterIP' : 'nodePort', ...(endpoint ? { endpoint } : {}) };
    }
  }
  return undefined;
}

export function summarize(walk: Walk, services: readonly ServiceView[], commandLine?: string, finished = false): WalkSummary {
  const target = requestedTarget(walk);
  const hit = serviceHit(walk, services);
  const dns = target?.port === 53;
  const tool = toolOf(commandLine) ?? (target?.proto === 'icmp' ? 'ping' : dns ? 'DNS' : (target?.proto ?? '').toUpperCase());
  return {
    client: clientOf(walk),
    target: target ? `${target.ip}${target.port !== undefined ? `:${target.port}` : ''}` : '',
    ...(hit ? { service: hit.service } : {}),
    tool,
    dns: dns && tool !== 'DNS' && tool !== 'nslookup' && tool !== 'dig',
    outcome: outcomeOf(walk, finished),
  };
}
