import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot } from '../../src/engine';
import { offsetPolyline } from '../../src/viz/network/geometry';
import { WalkIndex } from '../../src/viz/network/hops';
import { layoutWalk, type Box, type WalkLayout } from '../../src/viz/network/layout';
import { walkFrame } from '../../src/viz/network/trail';
import { B, clusterIPWalk, LAPTOP, nodePortWalk, traceWith } from './walkFixtures';

const SIZE = { width: 800, height: 440 };
const walks = new WalkIndex().update(traceWith(clusterIPWalk(), nodePortWalk()));
const cluster = walks.find((w) => w.id === 'node-1/w2')!;
const nodePort = walks.find((w) => w.id === 'laptop/w1')!;

function snapshot(gateway = '192.168.56.1'): ClusterSnapshot {
  const node = (name: string, ip: string, gw: string, vtep: string) => ({
    name,
    ip,
    podCIDR: '',
    role: 'worker',
    images: [],
    sandboxes: [],
    interfaces: [],
    network: {
      links: [
        { index: 2, name: 'eth0', kind: 'ether', mac: '', mtu: 1500, addrs: [`${ip}/24`] },
        { index: 3, name: 'flannel.1', kind: 'vxlan', mac: '', mtu: 1450, addrs: [`${vtep}/32`] },
        { index: 4, name: 'cni0', kind: 'bridge', mac: '', mtu: 1450, addrs: [`${gw}/24`] },
      ],
      routes: [`default via ${gateway} dev eth0 proto static`, `${ip.replace(/\d+$/, '0')}/24 dev eth0 proto kernel scope link src ${ip}`],
      pods: [],
      sockets: [],
      conntrackEntries: 0,
    },
  });
  const nodes = [node('node-1', '192.168.56.11', '10.244.1.1', '10.244.1.0'), node('node-2', '192.168.56.12', '10.244.2.1', '10.244.2.0')];
  return { time: 0, now: '', objects: {}, etcd: { revision: 1, keys: [] }, nodes, registry: { repositories: [] }, laptop: { files: [], images: [] }, inFlight: [] } as unknown as ClusterSnapshot;
}

const device = (l: WalkLayout, key: string) => l.devices.find((d) => d.key === key)!;
const centreX = (b: Box) => b.x + b.w / 2;
const inside = (a: Box, b: Box) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('the device diagram of a walk', () => {
  const l = layoutWalk(cluster, snapshot(), SIZE);

  it('draws the machines the walk crosses, in the order the packet reaches them', () => {
    expect(l.machines.map((m) => [m.key, m.detail])).toEqual([
      ['node-1', '192.168.56.11'],
      ['node-2', '192.168.56.12'],
    ]);
    expect(l.machines[0]!.x + l.machines[0]!.w).toBeLessThan(l.machines[1]!.x);
  });

  it('stacks each node’s devices in their real order, from the Pod down to the wire', () => {
    const column = ['node-1|pod:default/a|socket', 'node-1|pod:default/a|eth0', 'node-1|host|vethaaaa1111', 'node-1|host|cni0', 'node-1|host|routing', 'node-1|host|flannel.1', 'node-1|host|eth0'];
    const ys = column.map((k) => device(l, k).y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(ys).size).toBe(ys.length);
    expect(l.wire!.y).toBeGreaterThan(device(l, 'node-1|host|eth0').y);
  });

  it('puts the netfilter hooks and the routing decision side by side, as a forwarded packet meets them', () => {
    const hooks = ['PREROUTING', 'routing', 'FORWARD', 'POSTROUTING'].map((n) => device(l, `node-2|host|${n}`));
    const xs = hooks.map((d) => d.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(hooks.map((d) => d.y)).size).toBe(1);
  });

  it('keeps each device once, inside its machine, without overlaps, and each Pod around its own devices', () => {
    expect(new Set(l.devices.map((d) => d.key)).size).toBe(l.devices.length);
    for (const d of l.devices) expect(inside(d, l.machines.find((m) => m.key === d.machine)!)).toBe(true);
    for (const a of l.devices) for (const b of l.devices) if (a !== b) expect(overlap(a, b), `${a.key} / ${b.key}`).toBe(false);
    expect(l.pods.map((p) => [p.label, p.detail])).toEqual([
      ['a', '10.244.1.5'],
      ['b', B],
    ]);
    const podA = l.pods[0]!;
    expect(inside(device(l, 'node-1|pod:default/a|eth0'), podA)).toBe(true);
    // The host end of the veth pair hangs under its Pod's eth0, wired to it and to cni0.
    expect(centreX(device(l, 'node-1|host|vethaaaa1111'))).toBeCloseTo(centreX(device(l, 'node-1|pod:default/a|eth0')));
    expect(l.cables.map((c) => c.key)).toContain('veth:node-1|host|vethaaaa1111');
  });

  it('labels devices with their addresses and tags where the packet was rewritten', () => {
    expect(device(l, 'node-1|host|cni0').detail).toBe('10.244.1.1/24');
    expect(device(l, 'node-2|host|flannel.1').detail).toBe('10.244.2.0/32');
    expect(device(l, 'node-1|host|PREROUTING').badges).toEqual(['DNAT']);
    expect(device(l, 'node-1|host|POSTROUTING').badges).toEqual(['un-DNAT']);
    expect(device(l, 'node-1|host|flannel.1').badges).toEqual(['encap', 'decap']);
    expect(device(l, 'node-1|host|routing').badges).toEqual([]);
  });

  it('places every hop at its device, and a hop on the wire between the two NICs', () => {
    cluster.hops.forEach((h, i) => {
      const p = l.points[i]!;
      if (h.netns === 'wire') return;
      const d = device(l, p.device!);
      expect(p.x).toBeCloseTo(centreX(d));
      expect(d.machine).toBe(h.node);
    });
    const wire = l.points[9]!;
    const [n1, n2] = [device(l, 'node-1|host|eth0'), device(l, 'node-2|host|eth0')];
    expect(wire).toMatchObject({ y: l.wire!.y, wire: { fromX: centreX(n1), toX: centreX(n2) } });
    expect(wire.x).toBeCloseTo((centreX(n1) + centreX(n2)) / 2);
  });

  it('draws the laptop as the outside client, and the walk still without a snapshot', () => {
    const n = layoutWalk(nodePort, undefined, SIZE);
    expect(n.machines.map((m) => [m.key, m.kind, m.detail])).toEqual([
      ['laptop', 'laptop', LAPTOP],
      ['node-1', 'node', ''],
    ]);
    expect(n.devices.filter((d) => d.machine === 'laptop').map((d) => `${d.label}:${d.kind}`)).toEqual(['routing:routing', 'vboxnet0:nic']);
    expect(device(n, 'node-1|host|POSTROUTING').badges).toEqual(['MASQUERADE']);
    // With a snapshot the laptop's address is the nodes' default gateway (a walk may only reach it).
    expect(layoutWalk(nodePort, snapshot('192.168.56.100'), SIZE).machines[0]!.detail).toBe('192.168.56.100');
  });

  it('is at least its natural size on a small stage, and enlarged only a little on a big one', () => {
    const small = layoutWalk(cluster, undefined, { width: 300, height: 200 });
    expect(small.width).toBeGreaterThan(300);
    const big = layoutWalk(nodePort, undefined, { width: 4000, height: 3000 });
    expect(4000 / big.width).toBeLessThanOrEqual(1.35 + 1e-9);
  });
});

describe('the packet at one hop', () => {
  const l = layoutWalk(cluster, undefined, SIZE);

  it('puts the token on the current device and draws the trail only up to it', () => {
    const f = walkFrame(cluster, l, 3);
    expect(f.token).toMatchObject({ label: 'SYN', dir: 'forward', device: 'node-1|host|PREROUTING', machine: 'node-1' });
    expect(f.trails.map((t) => [t.name, t.current])).toEqual([['SYN', true]]);
    expect([...f.visited]).toEqual(['node-1|pod:default/a|eth0', 'node-1|host|vethaaaa1111', 'node-1|host|cni0', 'node-1|host|PREROUTING']);
  });

  it('puts the token on the wire between the nodes on the wire hop', () => {
    const f = walkFrame(cluster, l, 9);
    expect(f.token?.device).toBeUndefined();
    expect(f.token?.y).toBe(l.wire!.y);
  });

  it('keeps the packets sent so far as trails and draws the reply in the other lane', () => {
    const f = walkFrame(cluster, l, 30);
    expect(f.trails.map((t) => [t.name, t.dir, t.current])).toEqual([
      ['SYN', 'forward', false],
      ['SYN', 'forward', false],
      ['SYN-ACK', 'reply', true],
    ]);
    expect(f.trails.every((t) => t.arrows.length > 0)).toBe(true);
    // Down the page the left of the way is east; coming back up it is west.
    const down = offsetPolyline([{ x: 100, y: 0 }, { x: 100, y: 50 }], 5);
    const up = offsetPolyline([{ x: 100, y: 50 }, { x: 100, y: 0 }], 5);
    expect(down[0]!.x).toBe(105);
    expect(up[0]!.x).toBe(95);
  });
});
