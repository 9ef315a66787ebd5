// Where a hop happens, as a place in the diagram: which machine (node or laptop), which
// network namespace, which device, and on which row of the machine it is drawn. Rows go
// from the process at the top, through the Pod's eth0, the veth, the cni0 bridge, the
// kernel's netfilter hooks and routing decision, flannel.1, down to the NIC on the wire.
import { type Hop, type Walk } from './hops';

export type Row = 'process' | 'podIf' | 'veth' | 'bridge' | 'kernel' | 'iface' | 'nic';
export const ROWS: readonly Row[] = ['process', 'podIf', 'veth', 'bridge', 'kernel', 'iface', 'nic'];

export type DeviceKind = 'socket' | 'podIf' | 'veth' | 'bridge' | 'hook' | 'routing' | 'vxlan' | 'iface' | 'nic' | 'kernel';

export interface DeviceRef {
  /** `<machine>|<netns>|<device>`: stable across hops and redraws. */
  key: string;
  machine: string;
  netns: string;
  row: Row;
  kind: DeviceKind;
  /** What the diagram prints: `eth0`, `vethda35ef5f`, `PREROUTING`, `routing`, … */
  name: string;
  /** Left-to-right order of the kernel row. */
  order: number;
}

/** Netfilter hooks and the routing decision, left to right as a forwarded packet meets them. */
const KERNEL_ORDER: Record<string, number> = { PREROUTING: 0, INPUT: 1, OUTPUT: 2, routing: 3, FORWARD: 4, POSTROUTING: 5 };

/** The netfilter hook of a hop from its chain (`nat PREROUTING › KUBE-SERVICES` → `PREROUTING`). */
export function hookOf(chain: string | undefined): string | undefined {
  const m = /^\w+ ([A-Z]+)/.exec(chain ?? '');
  return m ? m[1] : undefined;
}

/** The kind of a host link by name, when the snapshot does not say. */
function hostKind(name: string, linkKind: string | undefined): { row: Row; kind: DeviceKind } {
  const k = linkKind ?? (name.startsWith('veth') ? 'veth' : name === 'cni0' || name === 'docker0' ? 'bridge' : name.startsWith('flannel') ? 'vxlan' : /^(eth|ens|enp|eno|vboxnet|wl)/.test(name) ? 'ether' : '');
  if (k === 'veth') return { row: 'veth', kind: 'veth' };
  if (k === 'bridge') return { row: 'bridge', kind: 'bridge' };
  if (k === 'vxlan') return { row: 'iface', kind: 'vxlan' };
  if (k === 'ether') return { row: 'nic', kind: 'nic' };
  return { row: 'iface', kind: 'iface' };
}

/** Link kinds by machine and name (`ip -d link`), from the network snapshot. */
export type LinkKinds = ReadonlyMap<string, string>;

/**
 * The device of each hop of a walk (undefined for a hop on the wire). A netfilter hop
 * without a chain (a drop after the rule that dropped it) stays at the previous hook.
 */
export function devicesOf(walk: Walk, links: LinkKinds = new Map()): (DeviceRef | undefined)[] {
  let hook = 'netfilter';
  return walk.hops.map((h) => {
    if (h.netns === 'wire' || h.device === 'wire') return undefined;
    if (h.device === 'netfilter') hook = hookOf(h.chain) ?? hook;
    return deviceOf(h, hook, links);
  });
}

function deviceOf(h: Hop, hook: string, links: LinkKinds): DeviceRef {
  const machine = h.node;
  const make = (row: Row, kind: DeviceKind, name: string, order = 0): DeviceRef => ({ key: `${machine}|${h.netns}|${name}`, machine, netns: h.netns, row, kind, name, order });
  if (h.netns !== 'host') return h.device === 'socket' ? make('process', 'socket', 'socket') : make('podIf', 'podIf', h.device);
  if (h.device === 'netfilter') return make('kernel', 'hook', hook, KERNEL_ORDER[hook] ?? 6);
  if (h.device === 'routing') return make('kernel', 'routing', 'routing', KERNEL_ORDER.routing);
  if (h.device === 'socket') return make('process', 'socket', 'socket');
  if (h.device === 'icmp') return make('process', 'kernel', 'icmp');
  const { row, kind } = hostKind(h.device, links.get(`${machine}|${h.device}`));
  return make(row, kind, h.device);
}

/**
 * The Pod each host-side veth belongs to: the pod namespace the packet enters or leaves
 * through it (the hop right before or after it), else what the snapshot says.
 */
export function vethOwners(devices: readonly (DeviceRef | undefined)[], snapshotOwners: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const owners = new Map<string, string>();
  devices.forEach((d, i) => {
    if (d?.kind !== 'veth' || owners.has(d.key)) return;
    for (const j of [i - 1, i + 1]) {
      const n = devices[j];
      if (n && n.machine === d.machine && n.netns.startsWith('pod:')) {
        owners.set(d.key, n.netns);
        return;
      }
    }
    const fromSnapshot = snapshotOwners.get(`${d.machine}|${d.name}`);
    if (fromSnapshot) owners.set(d.key, fromSnapshot);
  });
  return owners;
}
