// What the diagram prints beside each device, read from the snapshot: a node's address,
// each link's kind and addresses (`ip -d addr`), which Pod each host-side veth belongs to,
// and each Pod's IP. Every part is optional: the diagram still draws from the walk alone.
import type { ClusterSnapshot, Pod } from '../../engine';
import type { DeviceRef } from './devices';

/** The part of a node's network snapshot the diagram reads (`NodeSnapshot.network`). */
interface NetworkLike {
  links?: { name: string; kind: string; addrs: string[] }[];
  routes?: string[];
  pods?: { ip: string; hostVeth: string; namespace: string; name: string }[];
}

export interface MachineNotes {
  nodeIPs: Map<string, string>;
  /** `<node>|<link>` → kind (`veth`, `bridge`, `vxlan`, `ether`, `loopback`). */
  linkKinds: Map<string, string>;
  /** `<node>|<veth>` → `pod:<namespace>/<name>`. */
  vethOwners: Map<string, string>;
  /** `pod:<namespace>/<name>` → IP. */
  podIPs: Map<string, string>;
  /** The nodes' shared subnet, e.g. `192.168.56.0/24`. */
  wireLabel: string;
  /** The laptop's address: the nodes' default gateway on the host-only network. */
  gateway: string;
  detail(ref: DeviceRef): string;
}

/** `192.168.56.11/24` → `192.168.56.0/24`. */
export function networkOf(cidr: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr);
  if (!m) return cidr;
  const bits = Number(m[5]);
  const ip = m.slice(1, 5).reduce((n, o) => n * 256 + Number(o), 0);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  const net = (ip & mask) >>> 0;
  return `${[24, 16, 8, 0].map((s) => (net >>> s) & 255).join('.')}/${bits}`;
}

const HOST_DETAIL: Partial<Record<DeviceRef['kind'], string>> = { hook: 'netfilter', routing: 'ip route', kernel: 'kernel' };

export function machineNotes(snapshot: ClusterSnapshot | undefined): MachineNotes {
  const nodeIPs = new Map<string, string>();
  const linkKinds = new Map<string, string>();
  const linkAddrs = new Map<string, string>();
  const vethOwners = new Map<string, string>();
  const podIPs = new Map<string, string>();
  let wireLabel = '';
  let gateway = '';
  for (const n of snapshot?.nodes ?? []) {
    nodeIPs.set(n.name, n.ip);
    const net = (n as { network?: NetworkLike }).network;
    for (const l of net?.links ?? []) {
      linkKinds.set(`${n.name}|${l.name}`, l.kind);
      if (l.addrs.length) linkAddrs.set(`${n.name}|${l.name}`, l.addrs.join(' '));
      if (!wireLabel && l.kind === 'ether' && l.addrs[0]) wireLabel = networkOf(l.addrs[0]);
    }
    gateway ||= (net?.routes ?? []).map((r) => /^default via (\S+)/.exec(r)?.[1]).find(Boolean) ?? '';
    for (const p of net?.pods ?? []) {
      vethOwners.set(`${n.name}|${p.hostVeth}`, `pod:${p.namespace}/${p.name}`);
      podIPs.set(`pod:${p.namespace}/${p.name}`, p.ip);
    }
  }
  for (const p of (snapshot?.objects.pods ?? []) as Pod[]) {
    const key = `pod:${p.metadata?.namespace ?? 'default'}/${p.metadata?.name ?? ''}`;
    if (p.status?.podIP && !podIPs.has(key)) podIPs.set(key, p.status.podIP);
  }
  const detail = (ref: DeviceRef): string => {
    // A Pod's eth0 address is printed with the Pod's name.
    if (ref.netns.startsWith('pod:')) return ref.name === 'lo' ? '127.0.0.1' : '';
    return linkAddrs.get(`${ref.machine}|${ref.name}`) ?? (ref.machine !== 'laptop' && ref.kind === 'nic' ? (nodeIPs.get(ref.machine) ?? '') : (HOST_DETAIL[ref.kind] ?? ''));
  };
  return { nodeIPs, linkKinds, vethOwners, podIPs, wireLabel, gateway, detail };
}
