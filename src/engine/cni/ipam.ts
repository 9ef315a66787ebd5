/**
 * host-local IPAM over a node's podCIDR (containernetworking/plugins ipam/host-local):
 * the gateway (.1) is reserved for cni0, addresses are handed out after the last one
 * reserved (not the lowest free one), wrapping round, and a released address is reused
 * only when the allocator comes round to it again.
 */
export interface IpamState {
  /** Network address as a 32-bit number, and prefix length. */
  base: number;
  prefix: number;
  allocated: Map<number, string>;
  lastReserved: number;
}

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

export function newIpam(cidr: string): IpamState {
  const [net, len] = cidr.split('/');
  const prefix = Number(len);
  const base = (ipToInt(net!) & (prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0)) >>> 0;
  return { base, prefix, allocated: new Map(), lastReserved: base + 1 };
}

export function gateway(state: IpamState): string {
  return intToIp(state.base + 1);
}

/** Reserve the next free address for `owner` (a sandbox id); undefined when the range is full. */
export function allocate(state: IpamState, owner: string): string | undefined {
  const size = 2 ** (32 - state.prefix);
  const first = state.base + 2;
  const last = state.base + size - 2;
  let candidate = state.lastReserved;
  for (let i = 0; i < size; i++) {
    candidate = candidate + 1 > last ? first : candidate + 1;
    if (!state.allocated.has(candidate)) {
      state.allocated.set(candidate, owner);
      state.lastReserved = candidate;
      return intToIp(candidate);
    }
  }
  return undefined;
}

export function release(state: IpamState, owner: string): string | undefined {
  for (const [ip, who] of state.allocated) {
    if (who === owner) {
      state.allocated.delete(ip);
      return intToIp(ip);
    }
  }
  return undefined;
}
