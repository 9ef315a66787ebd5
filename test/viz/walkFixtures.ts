// Packet walks as the engine traces them (`packet.hop` events with the packet's headers
// after each hop), written by hand so each test knows exactly what it asserts: pod a on
// node-1 → Service web 10.96.123.45:80 → pod b on node-2 over VXLAN, and the laptop → a
// NodePort on node-1 → pod b, masqueraded. Addresses follow the kubeadm + flannel plan.
import type { TraceEvent } from '../../src/engine';

type Fields = Record<string, string | number>;

export const A = '10.244.1.5';
export const B = '10.244.2.7';
export const VIP = '10.96.123.45';
export const N1 = '192.168.56.11';
export const N2 = '192.168.56.12';
export const LAPTOP = '192.168.56.1';
const MAC_A = '0a:58:0a:f4:01:05';
const MAC_B = '0a:58:0a:f4:02:07';
const CNI0_1 = 'ce:01:01:01:01:01';
const CNI0_2 = 'ce:02:02:02:02:02';
const VTEP1 = 'aa:94:dd:d9:ec:ad';
const VTEP2 = 'ce:ad:73:25:b2:96';
const ETH1 = '08:00:27:c4:33:83';
const ETH2 = '08:00:27:c4:35:16';
const VBOX = '0a:00:27:00:00:00';
const OUTER = { outerEthSrc: ETH1, outerEthDst: ETH2, outerIpSrc: N1, outerIpDst: N2, outerTtl: 64, outerSport: 47672, outerDport: 8472, vni: 1 };
const OUTER_BACK = { outerEthSrc: ETH2, outerEthDst: ETH1, outerIpSrc: N2, outerIpDst: N1, outerTtl: 64, outerSport: 51234, outerDport: 8472, vni: 1 };

export const DNAT_RULE = '-A KUBE-SEP-2RIJ5GIYXEFH6G4D -p tcp -m comment --comment "default/web:http" -m tcp -j DNAT --to-destination 10.244.2.7:8080';
const DNAT_NOTE = [
  '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  '-A KUBE-SERVICES -d 10.96.123.45/32 -p tcp -m comment --comment "default/web:http cluster IP" -m tcp --dport 80 -j KUBE-SVC-CDGGSHYLG3RE2FKL',
  '-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http -> 10.244.2.7:8080" -j KUBE-SEP-2RIJ5GIYXEFH6G4D',
  DNAT_RULE,
].join('\n');
export const MASQ_RULE = '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully';

/** Builds a walk the way the engine's HopLog does: a packet whose headers change as it goes. */
class WalkBuilder {
  readonly events: TraceEvent[] = [];
  private pkt: Fields = {};
  private hop = 0;
  constructor(
    readonly walk: string,
    private seq: number,
    private t: number,
  ) {}

  send(segment: string, fields: Fields): this {
    this.pkt = { segment, ...fields };
    return this;
  }

  set(fields: Fields, drop: string[] = []): this {
    Object.assign(this.pkt, fields);
    for (const k of drop) delete this.pkt[k];
    return this;
  }

  at(node: string, netns: string, device: string, action: string, extra: Fields & { to?: string } = {}): this {
    const { to, ...rest } = extra;
    const from = node === 'laptop' ? 'laptop' : `nodeNet/${node}`;
    this.hop += 1;
    this.events.push({ seq: this.seq++, t: this.t, at: this.t, from, to: (to as string | undefined) ?? from, kind: 'packet.hop', detail: { walk: this.walk, hop: this.hop, node, netns, device, action, ...this.pkt, ...rest } });
    return this;
  }

  /** An ARP frame in the middle: its own packet, the one waiting is unchanged. */
  arp(node: string, netns: string, device: string, action: 'arp-request' | 'arp-reply', fields: Fields): this {
    const saved = this.pkt;
    this.pkt = { segment: 'ARP', proto: 'arp', ...fields };
    this.at(node, netns, device, action);
    this.pkt = saved;
    return this;
  }
}

/** Pod a (node-1) → web's ClusterIP → pod b (node-2): the SYN and the SYN-ACK back. */
export function clusterIPWalk(seq = 100, t = 1000): TraceEvent[] {
  const w = new WalkBuilder('node-1/w2', seq, t);
  w.send('SYN', { proto: 'tcp', ethSrc: MAC_A, ethDst: CNI0_1, ipSrc: A, ipDst: VIP, ttl: 64, sport: 50789, dport: 80, flags: 'SYN' })
    .at('node-1', 'pod:default/a', 'eth0', 'route', { rule: 'default via 10.244.1.1 dev eth0' })
    .at('node-1', 'host', 'vethaaaa1111', 'veth')
    .at('node-1', 'host', 'cni0', 'to host')
    .set({ ipDst: B, dport: 8080 })
    .at('node-1', 'host', 'netfilter', 'DNAT', { rule: DNAT_RULE, chain: 'nat PREROUTING › KUBE-SERVICES › KUBE-SVC-CDGGSHYLG3RE2FKL › KUBE-SEP-2RIJ5GIYXEFH6G4D', note: DNAT_NOTE, iface: 'cni0' })
    .set({ ttl: 63 })
    .at('node-1', 'host', 'routing', 'forward', { rule: '10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink' })
    .at('node-1', 'host', 'netfilter', 'ACCEPT', { chain: 'filter FORWARD › FLANNEL-FWD', rule: '-A FLANNEL-FWD -s 10.244.0.0/16 -m comment --comment "flanneld forward" -j ACCEPT' })
    .at('node-1', 'host', 'netfilter', 'ACCEPT', { chain: 'nat POSTROUTING › KUBE-POSTROUTING › FLANNEL-POSTRTG' })
    .set({ ethSrc: VTEP1, ethDst: VTEP2, ...OUTER })
    .at('node-1', 'host', 'flannel.1', 'vxlan encap', { rule: `${VTEP2} dev flannel.1 dst ${N2} self permanent` })
    .at('node-1', 'host', 'eth0', 'transmit')
    .at('node-1', 'wire', 'wire', 'transmit', { to: 'nodeNet/node-2' })
    .at('node-2', 'host', 'eth0', 'receive')
    .set({}, Object.keys(OUTER))
    .at('node-2', 'host', 'flannel.1', 'vxlan decap')
    .at('node-2', 'host', 'netfilter', 'ACCEPT', { chain: 'nat PREROUTING › KUBE-SERVICES' })
    .set({ ttl: 62 })
    .at('node-2', 'host', 'routing', 'forward', { rule: '10.244.2.0/24 dev cni0 proto kernel scope link src 10.244.2.1' })
    .at('node-2', 'host', 'netfilter', 'ACCEPT', { chain: 'filter FORWARD › FLANNEL-FWD' })
    .at('node-2', 'host', 'netfilter', 'ACCEPT', { chain: 'nat POSTROUTING › KUBE-POSTROUTING › FLANNEL-POSTRTG' })
    .arp('node-2', 'host', 'cni0', 'arp-request', { ethSrc: CNI0_2, ethDst: 'ff:ff:ff:ff:ff:ff', ipSrc: '10.244.2.1', ipDst: B })
    .arp('node-2', 'host', 'cni0', 'arp-reply', { ethSrc: MAC_B, ethDst: CNI0_2, ipSrc: B, ipDst: '10.244.2.1' })
    .set({ ethSrc: CNI0_2, ethDst: MAC_B })
    .at('node-2', 'host', 'cni0', 'bridge', { rule: `${MAC_B} dev vethbbbb2222 master cni0` })
    .at('node-2', 'host', 'vethbbbb2222', 'veth')
    .at('node-2', 'pod:default/b', 'eth0', 'receive')
    .at('node-2', 'pod:default/b', 'socket', 'listen');
  w.send('SYN-ACK', { proto: 'tcp', ethSrc: MAC_B, ethDst: CNI0_2, ipSrc: B, ipDst: A, ttl: 64, sport: 8080, dport: 50789, flags: 'SYN,ACK' })
    .at('node-2', 'pod:default/b', 'eth0', 'route', { rule: '10.244.0.0/16 via 10.244.2.1 dev eth0' })
    .at('node-2', 'host', 'vethbbbb2222', 'veth')
    .at('node-2', 'host', 'cni0', 'to host')
    .at('node-2', 'host', 'netfilter', 'conntrack', { chain: 'nat PREROUTING' })
    .set({ ttl: 63 })
    .at('node-2', 'host', 'routing', 'forward')
    .set({ ethSrc: VTEP2, ethDst: VTEP1, ...OUTER_BACK })
    .at('node-2', 'host', 'flannel.1', 'vxlan encap')
    .at('node-2', 'host', 'eth0', 'transmit')
    .at('node-2', 'wire', 'wire', 'transmit', { to: 'nodeNet/node-1' })
    .at('node-1', 'host', 'eth0', 'receive')
    .set({}, Object.keys(OUTER_BACK))
    .at('node-1', 'host', 'flannel.1', 'vxlan decap')
    .at('node-1', 'host', 'netfilter', 'conntrack', { chain: 'nat PREROUTING' })
    .set({ ttl: 62 })
    .at('node-1', 'host', 'routing', 'forward')
    .set({ ipSrc: VIP, sport: 80 })
    .at('node-1', 'host', 'netfilter', 'conntrack un-DNAT', { chain: 'nat POSTROUTING' })
    .set({ ethSrc: CNI0_1, ethDst: MAC_A })
    .at('node-1', 'host', 'cni0', 'bridge')
    .at('node-1', 'host', 'vethaaaa1111', 'veth')
    .at('node-1', 'pod:default/a', 'eth0', 'receive')
    .at('node-1', 'pod:default/a', 'socket', 'connected');
  return w.events;
}

/** The laptop → node-1:30080 (web's NodePort) → DNAT to pod b, MASQUERADE to flannel.1's address. */
export function nodePortWalk(seq = 300, t = 2000): TraceEvent[] {
  const w = new WalkBuilder('laptop/w1', seq, t);
  w.send('SYN', { proto: 'tcp', ethSrc: '', ethDst: '', ipSrc: LAPTOP, ipDst: N1, ttl: 64, sport: 37264, dport: 30080, flags: 'SYN' })
    .at('laptop', 'host', 'routing', 'route', { rule: '192.168.56.0/24 dev vboxnet0 proto kernel scope link src 192.168.56.1' })
    .set({ ethSrc: VBOX, ethDst: ETH1 })
    .at('laptop', 'host', 'vboxnet0', 'transmit')
    .at('laptop', 'wire', 'wire', 'transmit', { to: 'nodeNet/node-1' })
    .at('node-1', 'host', 'eth0', 'receive')
    .set({ ipDst: B, dport: 8080 })
    .at('node-1', 'host', 'netfilter', 'DNAT', { chain: 'nat PREROUTING › KUBE-SERVICES › KUBE-NODEPORTS › KUBE-EXT-CDGGSHYLG3RE2FKL › KUBE-SVC-CDGGSHYLG3RE2FKL › KUBE-SEP-2RIJ5GIYXEFH6G4D', rule: DNAT_RULE })
    .set({ ttl: 63 })
    .at('node-1', 'host', 'routing', 'forward')
    .at('node-1', 'host', 'netfilter', 'ACCEPT', { chain: 'filter FORWARD › KUBE-FORWARD' })
    .set({ ipSrc: '10.244.1.0', sport: 60817 })
    .at('node-1', 'host', 'netfilter', 'MASQUERADE', { chain: 'nat POSTROUTING › KUBE-POSTROUTING', rule: MASQ_RULE })
    .set({ ethSrc: VTEP1, ethDst: VTEP2, ...OUTER })
    .at('node-1', 'host', 'flannel.1', 'vxlan encap');
  return w.events;
}

/** A trace with other messages between the walks, as the sandbox records it. */
export function traceWith(...walks: TraceEvent[][]): TraceEvent[] {
  const noise: TraceEvent = { seq: 1, t: 0, at: 1, from: 'kubectl', to: 'apiServer', kind: 'pod.get' };
  return [noise, ...walks.flat(), { seq: 999, t: 3000, at: 3000, from: 'nodeNet/node-1', to: 'containerRuntime/node-1', kind: 'net.result', detail: { walk: 'node-1/w2', ok: true } }];
}
