// The netfilter hooks a packet meets in the host namespace, with conntrack: the nat table
// decides a connection's NAT on its first packet (DNAT in PREROUTING/OUTPUT, MASQUERADE
// in POSTROUTING) and conntrack applies it to every later packet and reverses it on the
// replies; the filter table accepts, drops or rejects. Each hook is one hop of the walk.
import { inCidr } from '../addr';
import { isDnat, isSnat, lookup, seen, setReply, track, type CtEntry, type Tuple } from '../conntrack';
import { localAddresses } from '../devices';
import { evaluate, type EvalEnv, type EvalPacket } from '../iptables/eval';
import { ruleText, type Rule } from '../iptables/rule';
import type { Packet } from '../types';
import type { HopInfo } from './hops';
import type { Kernel } from './kernel';

export interface CtInfo {
  entry: CtEntry;
  dir: 'orig' | 'reply';
  isNew: boolean;
}

export function tupleOf(pkt: Packet): Tuple {
  if (pkt.proto === 'icmp') {
    const id = pkt.icmp?.id ?? 0;
    return pkt.icmp?.type === 0 ? { src: pkt.src, dst: pkt.dst, sport: 0, dport: id } : { src: pkt.src, dst: pkt.dst, sport: id, dport: 0 };
  }
  return { src: pkt.src, dst: pkt.dst, sport: pkt.sport, dport: pkt.dport };
}

function env(k: Kernel): EvalEnv {
  const local = new Set(localAddresses(k.s));
  return {
    random: () => k.rng.next(),
    isLocal: (ip) => local.has(ip) || inCidr(ip, '127.0.0.0/8'),
    inSet: (name, p) => k.s.ipsets.get(name)?.has(setKey(name, p)) ?? false,
  };
}

/** ipset members as kube-proxy's ipvs mode writes them: `ip,proto:port` or plain ip. */
function setKey(name: string, p: EvalPacket): string {
  if (name === 'KUBE-CLUSTER-IP' || name === 'KUBE-LOAD-BALANCER') return `${p.dst},${p.proto}:${p.dport}`;
  if (name === 'KUBE-NODE-PORT-TCP' || name === 'KUBE-NODE-PORT-UDP') return String(p.dport);
  if (name === 'KUBE-LOOP-BACK') return `${p.dst},${p.proto}:${p.dport},${p.src}`;
  return p.dst;
}

/** The laptop is not a Kubernetes node: its firewall is empty and not worth a hop. */
function hop(k: Kernel, pkt: Packet, h: HopInfo): void {
  if (k.s.role === 'external') return;
  k.log.add(pkt, h);
}

function chainPath(hook: string, matched: Rule[]): string {
  const names = [hook];
  for (const r of matched) if (r.target.kind === 'jump') names.push(r.target.chain);
  return names.join(' › ');
}

function evalPacket(pkt: Packet, ctstate: EvalPacket['ctstate']): EvalPacket {
  const t = tupleOf(pkt);
  return { src: t.src, dst: t.dst, proto: pkt.proto, sport: t.sport, dport: t.dport, mark: pkt.mark, ctstate };
}

function setDst(pkt: Packet, ip: string, port: number): void {
  pkt.dst = ip;
  if (pkt.proto !== 'icmp') pkt.dport = port;
}

function setSrc(pkt: Packet, ip: string, port: number): void {
  pkt.src = ip;
  if (pkt.proto !== 'icmp') pkt.sport = port;
}

/** Conntrack, then nat PREROUTING (or OUTPUT, for a packet the host itself sends). */
export function natPre(k: Kernel, pkt: Packet, hook: 'PREROUTING' | 'OUTPUT', device: string): CtInfo {
  const found = lookup(k.s.conntrack, pkt.proto, tupleOf(pkt), k.now);
  if (found) {
    const e = found.entry;
    let action = 'conntrack';
    if (found.dir === 'orig' && isDnat(e)) {
      setDst(pkt, e.reply.src, e.reply.sport);
      action = 'conntrack DNAT';
    } else if (found.dir === 'reply' && isSnat(e)) {
      setDst(pkt, e.orig.src, e.orig.sport);
      action = 'conntrack un-SNAT';
    }
    seen(e, found.dir, pkt.flags, k.now);
    hop(k, pkt, { netns: 'host', device: 'netfilter', iface: device, action, chain: `nat ${hook}`, note: `conntrack entry ${found.dir === 'orig' ? 'matches' : 'replies to'} ${e.orig.src}:${e.orig.sport} → ${e.orig.dst}:${e.orig.dport}; the nat table only sees a connection's first packet` });
    return { entry: e, dir: found.dir, isNew: false };
  }
  const entry = track(k.s.conntrack, pkt.proto, tupleOf(pkt), k.now, pkt.icmp?.type);
  const r = evaluate(k.s.tables, 'nat', hook, evalPacket(pkt, 'NEW'), env(k));
  pkt.mark = r.mark;
  let action = 'ACCEPT';
  if (r.verdict.kind === 'DNAT') {
    const [ip, port] = r.verdict.to.split(':');
    setDst(pkt, ip!, Number(port ?? pkt.dport));
    setReply(k.s.conntrack, entry, { src: pkt.dst, sport: pkt.proto === 'icmp' ? entry.reply.sport : pkt.dport });
    action = 'DNAT';
  } else if (r.verdict.kind === 'REDIRECT') {
    const local = hook === 'OUTPUT' ? '127.0.0.1' : (k.s.links.find((l) => l.name === device)?.addrs[0]?.cidr.split('/')[0] ?? k.s.nodeIP);
    setDst(pkt, local, r.verdict.toPort);
    setReply(k.s.conntrack, entry, { src: local, sport: r.verdict.toPort });
    action = 'REDIRECT';
  }
  hop(k, pkt, { netns: 'host', device: 'netfilter', iface: device, action, chain: chainPath(`nat ${hook}`, r.matched), ...ruleNotes(r.matched) });
  return { entry, dir: 'orig', isNew: true };
}

function ruleNotes(matched: Rule[]): { rule?: string; note?: string } {
  if (matched.length === 0) return { note: 'no rule matched: chain policy ACCEPT' };
  return { rule: ruleText(matched[matched.length - 1]!), note: matched.map(ruleText).join('\n') };
}

export type FilterOutcome = { ok: true } | { ok: false; drop: true } | { ok: false; reject: string };

/** filter INPUT / FORWARD / OUTPUT. */
export function filterHook(k: Kernel, pkt: Packet, hook: 'INPUT' | 'FORWARD' | 'OUTPUT', ct: CtInfo | undefined, device: string): FilterOutcome {
  const state: EvalPacket['ctstate'] = ct && (!ct.isNew || ct.dir === 'reply') ? 'ESTABLISHED' : pkt.icmp && pkt.icmp.type === 3 ? 'RELATED' : 'NEW';
  const r = evaluate(k.s.tables, 'filter', hook, evalPacket(pkt, state), env(k));
  pkt.mark = r.mark;
  const kind = r.verdict.kind;
  const action = kind === 'POLICY' ? 'ACCEPT' : kind;
  hop(k, pkt, { netns: 'host', device: 'netfilter', iface: device, action, chain: chainPath(`filter ${hook}`, r.matched), ...ruleNotes(r.matched) });
  if (kind === 'DROP') return { ok: false, drop: true };
  if (r.verdict.kind === 'REJECT') return { ok: false, reject: r.verdict.with };
  return { ok: true };
}

/** nat POSTROUTING: MASQUERADE for a new connection, or conntrack's NAT for a known one. */
export function natPost(k: Kernel, pkt: Packet, ct: CtInfo | undefined, outDev: string): void {
  if (ct && !ct.isNew) {
    const e = ct.entry;
    let action = 'conntrack';
    if (ct.dir === 'reply' && isDnat(e)) {
      setSrc(pkt, e.orig.dst, e.orig.dport);
      action = 'conntrack un-DNAT';
    } else if (ct.dir === 'orig' && isSnat(e)) {
      setSrc(pkt, e.reply.dst, e.reply.dport);
      action = 'conntrack SNAT';
    }
    hop(k, pkt, { netns: 'host', device: 'netfilter', iface: outDev, action, chain: 'nat POSTROUTING', note: action === 'conntrack' ? 'established connection: no NAT to apply' : 'conntrack reverses the NAT it recorded for this connection' });
    return;
  }
  const r = evaluate(k.s.tables, 'nat', 'POSTROUTING', evalPacket(pkt, 'NEW'), env(k));
  pkt.mark = r.mark;
  let action = 'ACCEPT';
  if (r.verdict.kind === 'MASQUERADE' && ct) {
    const addr = k.s.links.find((l) => l.name === outDev)?.addrs[0]?.cidr.split('/')[0] ?? k.s.nodeIP;
    const port = pkt.proto === 'icmp' ? pkt.sport : 32768 + k.rng.int(60999 - 32768 + 1);
    setSrc(pkt, addr, port);
    setReply(k.s.conntrack, ct.entry, { dst: addr, dport: pkt.proto === 'icmp' ? ct.entry.reply.dport : port });
    action = 'MASQUERADE';
  }
  hop(k, pkt, { netns: 'host', device: 'netfilter', iface: outDev, action, chain: chainPath('nat POSTROUTING', r.matched), ...ruleNotes(r.matched) });
}
