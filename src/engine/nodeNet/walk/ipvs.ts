// IPVS (kube-proxy's ipvs mode): a packet for a virtual server — a ClusterIP held by
// kube-ipvs0, so it arrives at INPUT as the node's own — is taken by IPVS on its way in,
// given a real server round-robin and forwarded to it with the destination rewritten
// (masquerading forwarder). With net.ipv4.vs.conntrack=1 conntrack records the NAT, so
// the reply is un-DNATed like any other.
import { setReply } from '../conntrack';
import type { Packet } from '../types';
import type { Kernel } from './kernel';
import type { CtInfo } from './netfilter';

export function ipvsIntercept(k: Kernel, pkt: Packet, ct: CtInfo | undefined): boolean {
  if (pkt.proto === 'icmp' || !ct?.isNew) return false;
  const vs = k.s.ipvs.find((v) => v.vip === pkt.dst && v.port === pkt.dport && v.proto === pkt.proto);
  if (!vs || vs.reals.length === 0) return false;
  const real = vs.reals[vs.next % vs.reals.length]!;
  vs.next += 1;
  const vip = `${pkt.dst}:${pkt.dport}`;
  pkt.dst = real.ip;
  pkt.dport = real.port;
  setReply(k.s.conntrack, ct.entry, { src: real.ip, sport: real.port });
  k.log.add(pkt, {
    netns: 'host',
    device: 'ipvs',
    action: 'IPVS DNAT',
    rule: `-a -t ${vip} -r ${real.ip}:${real.port} -m -w ${real.weight}`,
    note: `virtual server ${vs.proto.toUpperCase()} ${vip} (scheduler ${vs.scheduler}): real server ${real.ip}:${real.port}, masquerading`,
  });
  return true;
}
