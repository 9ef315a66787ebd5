// A packet walk is recorded hop by hop: where the packet is (node, namespace, device),
// its Ethernet, IP and port headers after the hop, what acted on it (an FDB entry, a
// route, a netfilter rule, VXLAN) and the outer headers while it is encapsulated. Each
// hop becomes one `packet.hop` trace event, so a viewer can draw the walk from the trace.
import type { Detail } from '../../runtime/trace';
import type { Packet } from '../types';

export interface HopInfo {
  /** `pod:<namespace>/<name>`, `host` or `wire`. */
  netns: string;
  device: string;
  /** For a netfilter hop: the interface the packet came in on or goes out of. */
  iface?: string;
  action: string;
  /** The entry or rule that acted, in its own text form (`ip route`, `bridge fdb`, iptables-save). */
  rule?: string;
  /** Built-in chain and the user chains the packet went through (`nat PREROUTING › KUBE-SERVICES › …`). */
  chain?: string;
  note?: string;
}

export class HopLog {
  readonly hops: Detail[] = [];

  constructor(readonly node: string) {}

  add(pkt: Packet, h: HopInfo): void {
    pkt.hop += 1;
    this.hops.push(hopDetail(this.node, pkt, h));
  }

  /** Take the hops recorded so far (they are about to be written to the trace). */
  drain(): Detail[] {
    return this.hops.splice(0, this.hops.length);
  }
}

export function hopDetail(node: string, pkt: Packet, h: HopInfo): Detail {
  const d: Detail = {
    walk: pkt.walk,
    hop: pkt.hop,
    segment: pkt.segment,
    node,
    netns: h.netns,
    device: h.device,
    action: h.action,
    ethSrc: pkt.ethSrc,
    ethDst: pkt.ethDst,
    ipSrc: pkt.src,
    ipDst: pkt.dst,
    ttl: pkt.ttl,
    proto: pkt.proto,
  };
  if (pkt.proto !== 'icmp') {
    d.sport = pkt.sport;
    d.dport = pkt.dport;
  }
  if (pkt.flags) d.flags = pkt.flags;
  if (pkt.icmp) {
    d.icmpType = pkt.icmp.type;
    d.icmpCode = pkt.icmp.code;
  }
  if (h.iface) d.iface = h.iface;
  if (h.rule) d.rule = h.rule;
  if (h.chain) d.chain = h.chain;
  if (h.note) d.note = h.note;
  const o = pkt.outer;
  if (o) Object.assign(d, { outerEthSrc: o.ethSrc, outerEthDst: o.ethDst, outerIpSrc: o.src, outerIpDst: o.dst, outerTtl: o.ttl, outerSport: o.sport, outerDport: o.dport, vni: o.vni });
  return d;
}

/** `tcp 10.244.1.5:41234 > 10.96.0.1:443 [SYN]` — a packet in one line, tcpdump-like. */
export function packetSummary(pkt: Packet): string {
  if (pkt.proto === 'icmp') return `icmp ${pkt.src} > ${pkt.dst} type ${pkt.icmp?.type ?? 0}`;
  return `${pkt.proto} ${pkt.src}:${pkt.sport} > ${pkt.dst}:${pkt.dport}${pkt.flags ? ` [${pkt.flags}]` : ''}`;
}
