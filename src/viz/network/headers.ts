// The headers of a packet at one hop, layer by layer as a capture shows them (outer
// Ethernet/IP/UDP/VXLAN while encapsulated, then Ethernet, IP or ARP, TCP/UDP/ICMP), and
// which fields this hop changed and why: DNAT rewrites the destination to the chosen
// endpoint, MASQUERADE the source to the node's address, routing decrements the TTL and
// writes a new Ethernet header, flannel.1 wraps the frame in VXLAN and unwraps it.
import { previousOfPacket, type Hop, type Walk } from './hops';

export type Layer = 'outerEth' | 'outerIp' | 'outerUdp' | 'vxlan' | 'eth' | 'arp' | 'ip' | 'tcp' | 'udp' | 'icmp';

/** Why a field changed at this hop (the UI words each one). */
export type ChangeReason = 'dnat' | 'snat' | 'unDnat' | 'unSnat' | 'ttl' | 'l2' | 'encap' | 'nat';

export interface HeaderField {
  layer: Layer;
  /** `src`, `dst`, `ttl`, `proto`, `sport`, `dport`, `flags`, `vni`, `type`, `op`. */
  field: string;
  value: string;
  /** The value one hop earlier, when this hop changed it. */
  was?: string;
  why?: ChangeReason;
}

export interface HopHeaders {
  fields: HeaderField[];
  /** The packet starts here (it has no earlier hop to compare with). */
  fresh: boolean;
  /** flannel.1 took the outer headers off at this hop. */
  decapsulated: boolean;
}

const ICMP_TYPES: Record<number, string> = { 0: 'echo reply', 3: 'destination unreachable', 8: 'echo request', 11: 'time exceeded' };
const ICMP_UNREACH: Record<number, string> = { 1: 'host unreachable', 3: 'port unreachable' };

export function icmpText(type: number | undefined, code: number | undefined): string {
  if (type === undefined) return '';
  const name = ICMP_TYPES[type] ?? `type ${type}`;
  const sub = type === 3 && code !== undefined ? ICMP_UNREACH[code] : undefined;
  return `${name}${sub ? ` (${sub})` : ''} · type ${type} code ${code ?? 0}`;
}

const text = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

/** The fields of a hop, without comparing: each present header, outermost first. */
export function headerFields(h: Hop): HeaderField[] {
  const out: HeaderField[] = [];
  const add = (layer: Layer, field: string, v: string | number | undefined) => {
    if (v !== undefined && v !== '') out.push({ layer, field, value: text(v) });
  };
  if (h.outer) {
    add('outerEth', 'src', h.outer.ethSrc);
    add('outerEth', 'dst', h.outer.ethDst);
    add('outerIp', 'src', h.outer.ipSrc);
    add('outerIp', 'dst', h.outer.ipDst);
    add('outerIp', 'ttl', h.outer.ttl);
    add('outerUdp', 'sport', h.outer.sport);
    add('outerUdp', 'dport', h.outer.dport);
    add('vxlan', 'vni', h.outer.vni);
  }
  add('eth', 'src', h.ethSrc);
  add('eth', 'dst', h.ethDst);
  if (h.proto === 'arp') {
    add('arp', 'op', h.action === 'arp-reply' ? 'reply (is-at)' : 'request (who-has)');
    add('arp', 'src', h.ipSrc);
    add('arp', 'dst', h.ipDst);
    return out;
  }
  add('ip', 'src', h.ipSrc);
  add('ip', 'dst', h.ipDst);
  add('ip', 'ttl', h.ttl);
  add('ip', 'proto', h.proto);
  if (h.proto === 'icmp') add('icmp', 'type', icmpText(h.icmpType, h.icmpCode));
  else if (h.proto === 'tcp' || h.proto === 'udp') {
    add(h.proto, 'sport', h.sport);
    add(h.proto, 'dport', h.dport);
    if (h.proto === 'tcp') add('tcp', 'flags', h.flags);
  }
  return out;
}

/** Why this hop's action changed a field (undefined: it did not explain itself). */
export function changeReason(layer: Layer, field: string, action: string, was: string, now: string): ChangeReason | undefined {
  if (layer.startsWith('outer') || layer === 'vxlan') return 'encap';
  if (layer === 'eth') return 'l2';
  if (field === 'ttl') return Number(now) < Number(was) ? 'ttl' : undefined;
  const a = action.toUpperCase();
  const dst = field === 'dst' || field === 'dport';
  const src = field === 'src' || field === 'sport';
  if (dst && a.includes('UN-SNAT')) return 'unSnat';
  if (dst && a.includes('DNAT') && !a.includes('UN-DNAT')) return 'dnat';
  if (src && a.includes('UN-DNAT')) return 'unDnat';
  if (src && (a.includes('MASQUERADE') || (a.includes('SNAT') && !a.includes('UN-SNAT')))) return 'snat';
  return 'nat';
}

/**
 * The headers at hop `index` of a walk, each field compared with the same packet one hop
 * earlier. Outer headers that appear are the VXLAN encapsulation.
 */
export function hopHeaders(walk: Walk, index: number): HopHeaders | undefined {
  const hop = walk.hops[index];
  if (!hop) return undefined;
  const prev = previousOfPacket(walk, index);
  const fields = headerFields(hop);
  if (!prev) return { fields, fresh: true, decapsulated: false };
  const before = new Map(headerFields(prev).map((f) => [`${f.layer}.${f.field}`, f.value]));
  for (const f of fields) {
    const was = before.get(`${f.layer}.${f.field}`);
    const appeared = was === undefined && (f.layer.startsWith('outer') || f.layer === 'vxlan');
    if (!appeared && (was === undefined || was === f.value)) continue;
    const why = changeReason(f.layer, f.field, hop.action, was ?? '', f.value);
    if (!why) continue;
    f.why = why;
    if (was !== undefined) f.was = was;
  }
  return { fields, fresh: false, decapsulated: !!prev.outer && !hop.outer };
}

/** The reasons a hop changed the packet, each once, in header order. */
export function changesAt(walk: Walk, index: number): ChangeReason[] {
  const h = hopHeaders(walk, index);
  const out: ChangeReason[] = [];
  for (const f of h?.fields ?? []) if (f.why && !out.includes(f.why)) out.push(f.why);
  return out;
}

/** Lines of an iptables trace note: the rules the packet went through, or undefined for prose. */
export function ruleLines(note: string | undefined): string[] | undefined {
  if (!note) return undefined;
  const lines = note.split('\n');
  return lines.every((l) => /^-[AI] \S+/.test(l)) ? lines : undefined;
}
