import { describe, expect, it } from 'vitest';
import { changesAt, hopHeaders, ruleLines } from '../../src/viz/network/headers';
import { previousOfPacket, segmentRuns, WalkIndex, type Walk } from '../../src/viz/network/hops';
import { A, B, clusterIPWalk, DNAT_RULE, LAPTOP, N1, nodePortWalk, traceWith, VIP } from './walkFixtures';

function walks(): { cluster: Walk; nodePort: Walk } {
  const all = new WalkIndex().update(traceWith(clusterIPWalk(), nodePortWalk()));
  return { cluster: all.find((w) => w.id === 'node-1/w2')!, nodePort: all.find((w) => w.id === 'laptop/w1')! };
}

const field = (w: Walk, i: number, key: string) => hopHeaders(w, i)!.fields.find((f) => `${f.layer}.${f.field}` === key);

describe('packet walks from the trace', () => {
  it('groups packet.hop events by walk, in trace order, and ignores other events that name a walk', () => {
    const all = new WalkIndex().update(traceWith(clusterIPWalk(), nodePortWalk()));
    expect(all.map((w) => [w.id, w.hops.length])).toEqual([
      ['node-1/w2', 39],
      ['laptop/w1', 9],
    ]);
    expect(all[0]!.hops.map((h) => h.hop)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    expect(all[0]!.hops[3]).toMatchObject({ device: 'netfilter', action: 'DNAT', ipDst: B, dport: 8080, rule: DNAT_RULE });
  });

  it('reads only new events as the trace grows, and starts over on another trace', () => {
    const events = clusterIPWalk();
    const trace = events.slice(0, 10);
    const index = new WalkIndex();
    const first = index.update(trace);
    expect(first[0]!.hops).toHaveLength(10);
    expect(index.update(trace)).toBe(first);
    trace.push(...events.slice(10));
    const grown = index.update(trace);
    expect(grown).not.toBe(first);
    expect(grown[0]!.hops).toHaveLength(39);
    expect(index.update(nodePortWalk()).map((w) => w.id)).toEqual(['laptop/w1']);
  });

  it('splits a walk into its packets: the SYN, the ARP it waits for, the SYN going on, the SYN-ACK coming back', () => {
    const { cluster } = walks();
    expect(segmentRuns(cluster).map((r) => `${r.name} ${r.dir} ${r.first}-${r.last}`)).toEqual(['SYN forward 0-15', 'ARP arp 16-17', 'SYN forward 18-21', 'SYN-ACK reply 22-38']);
    // The SYN after the ARP exchange is the same packet as before it.
    expect(previousOfPacket(cluster, 18)).toBe(cluster.hops[15]);
    expect(previousOfPacket(cluster, 16)).toBeUndefined();
    expect(previousOfPacket(cluster, 22)).toBeUndefined();
  });
});

describe('headers and what each hop changed', () => {
  it('marks DNAT: the ClusterIP and port rewritten to the chosen endpoint', () => {
    const { cluster } = walks();
    expect(field(cluster, 3, 'ip.dst')).toMatchObject({ value: B, was: VIP, why: 'dnat' });
    expect(field(cluster, 3, 'tcp.dport')).toMatchObject({ value: '8080', was: '80', why: 'dnat' });
    expect(field(cluster, 3, 'ip.src')).toEqual({ layer: 'ip', field: 'src', value: A });
    expect(changesAt(cluster, 3)).toEqual(['dnat']);
  });

  it('marks MASQUERADE: the outside client replaced by the node address on the way out', () => {
    const { nodePort } = walks();
    expect(field(nodePort, 4, 'ip.dst')).toMatchObject({ value: B, was: N1, why: 'dnat' });
    expect(field(nodePort, 7, 'ip.src')).toMatchObject({ value: '10.244.1.0', was: LAPTOP, why: 'snat' });
    expect(field(nodePort, 7, 'tcp.sport')).toMatchObject({ value: '60817', was: '37264', why: 'snat' });
  });

  it('marks the TTL going down where a host routes, and nowhere else', () => {
    const { cluster } = walks();
    expect(field(cluster, 4, 'ip.ttl')).toMatchObject({ value: '63', was: '64', why: 'ttl' });
    const ttlHops = cluster.hops.flatMap((_, i) => (changesAt(cluster, i).includes('ttl') ? [cluster.hops[i]!.device] : []));
    expect(ttlHops).toEqual(['routing', 'routing', 'routing', 'routing']);
  });

  it('marks VXLAN encapsulation (outer headers and new inner MACs) and decapsulation', () => {
    const { cluster } = walks();
    const encap = hopHeaders(cluster, 7)!;
    expect(encap.fields.filter((f) => f.why === 'encap').map((f) => `${f.layer}.${f.field}=${f.value}`)).toEqual([
      'outerEth.src=08:00:27:c4:33:83',
      'outerEth.dst=08:00:27:c4:35:16',
      'outerIp.src=192.168.56.11',
      'outerIp.dst=192.168.56.12',
      'outerIp.ttl=64',
      'outerUdp.sport=47672',
      'outerUdp.dport=8472',
      'vxlan.vni=1',
    ]);
    expect(changesAt(cluster, 7)).toEqual(['encap', 'l2']);
    // Nothing changes on the wire; flannel.1 on node-2 takes the outer headers off.
    expect(cluster.hops[9]!.device).toBe('wire');
    expect(changesAt(cluster, 9)).toEqual([]);
    expect(changesAt(cluster, 10)).toEqual([]);
    expect(cluster.hops[11]!.action).toBe('vxlan decap');
    expect(hopHeaders(cluster, 11)).toMatchObject({ decapsulated: true, fresh: false });
    expect(hopHeaders(cluster, 11)!.fields.some((f) => f.layer.startsWith('outer'))).toBe(false);
  });

  it('marks conntrack undoing the DNAT on the reply: the answer comes from the Service again', () => {
    const { cluster } = walks();
    expect(field(cluster, 34, 'ip.src')).toMatchObject({ value: VIP, was: B, why: 'unDnat' });
    expect(field(cluster, 34, 'tcp.sport')).toMatchObject({ value: '80', was: '8080', why: 'unDnat' });
  });

  it('starts each packet fresh, and shows ARP as ARP', () => {
    const { cluster } = walks();
    expect(hopHeaders(cluster, 0)).toMatchObject({ fresh: true });
    expect(hopHeaders(cluster, 22)).toMatchObject({ fresh: true });
    expect(hopHeaders(cluster, 16)!.fields.map((f) => `${f.layer}.${f.field}=${f.value}`)).toEqual([
      'eth.src=ce:02:02:02:02:02',
      'eth.dst=ff:ff:ff:ff:ff:ff',
      'arp.op=request (who-has)',
      'arp.src=10.244.2.1',
      'arp.dst=10.244.2.7',
    ]);
    expect(changesAt(cluster, 5)).toEqual([]);
  });

  it('reads an iptables trace note as the rules the packet went through, prose as prose', () => {
    const { cluster } = walks();
    const lines = ruleLines(cluster.hops[3]!.note);
    expect(lines).toHaveLength(4);
    expect(lines![3]).toBe(DNAT_RULE);
    expect(ruleLines('routed by the host: TTL − 1')).toBeUndefined();
  });
});
