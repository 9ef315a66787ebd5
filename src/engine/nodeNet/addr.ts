// IPv4 arithmetic and the addresses Linux derives from others: link-local IPv6 from a
// MAC (EUI-64), VirtualBox-style NIC MACs, and the VXLAN source port the kernel picks
// from a hash of the inner flow.

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
}

const cidrs = new Map<string, { base: number; prefix: number }>();

export function parseCidr(cidr: string): { base: number; prefix: number } {
  let c = cidrs.get(cidr);
  if (!c) {
    const [ip, bits] = cidr.split('/');
    const prefix = bits === undefined ? 32 : Number(bits);
    c = { base: (ipToInt(ip ?? '0.0.0.0') & maskOf(prefix)) >>> 0, prefix };
    if (cidrs.size > 50_000) cidrs.clear();
    cidrs.set(cidr, c);
  }
  return c;
}

export function inCidr(ip: string, cidr: string): boolean {
  const { base, prefix } = parseCidr(cidr);
  return ((ipToInt(ip) & maskOf(prefix)) >>> 0) === base;
}

/** `10.244.1.5/24` → `10.244.1.255`. */
export function broadcastOf(cidr: string): string {
  const { base, prefix } = parseCidr(cidr);
  return intToIp((base | (~maskOf(prefix) >>> 0)) >>> 0);
}

/** `10.244.1.0/24` → `10.244.1.1`: the bridge plugin's gateway (host-local's first address). */
export function firstHost(cidr: string): string {
  return intToIp(parseCidr(cidr).base + 1);
}

export function networkOf(cidr: string): string {
  return intToIp(parseCidr(cidr).base);
}

/** fe80::/64 with the EUI-64 interface id: the MAC with ff:fe in the middle, U/L bit flipped. */
export function linkLocal(mac: string): string {
  const b = mac.split(':').map((h) => parseInt(h, 16));
  const bytes = [(b[0] ?? 0) ^ 0x02, b[1] ?? 0, b[2] ?? 0, 0xff, 0xfe, b[3] ?? 0, b[4] ?? 0, b[5] ?? 0];
  const groups: string[] = [];
  for (let i = 0; i < 8; i += 2) groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  return `fe80::${groups.join(':')}`;
}

/** A small stable string hash (FNV-1a), for MACs and flow hashes that must not use the RNG. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** VirtualBox gives its NICs MACs under its OUI 08:00:27. */
export function nicMac(host: string): string {
  const h = fnv1a(host);
  return ['08', '00', '27', ((h >>> 16) & 255).toString(16), ((h >>> 8) & 255).toString(16), (h & 255).toString(16)].map((x) => x.padStart(2, '0')).join(':');
}

/** The host-only adapter on the laptop, vboxnet0, has VirtualBox's fixed MAC. */
export const LAPTOP_MAC = '0a:00:27:00:00:00';
export const LAPTOP_IP = '192.168.56.1';

/**
 * udp_flow_src_port(): the VXLAN outer source port is a hash of the inner flow, scaled
 * into the local port range (32768–60999), so one flow always uses one outer port.
 */
export function vxlanSourcePort(src: string, dst: string, proto: string, sport: number, dport: number): number {
  const h = fnv1a(`${src}|${dst}|${proto}|${sport}|${dport}`);
  return 32768 + (h % (60999 - 32768 + 1));
}

/** A `/32` for iptables' printing of a single address. */
export function hostCidr(ip: string): string {
  return ip.includes('/') ? ip : `${ip}/32`;
}
