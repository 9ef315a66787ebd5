// The four packet walks of the networking reference, hop by hop: devices, MACs, IPs,
// TTLs, NAT and VXLAN outer headers, read from the trace as a viewer would read them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/engine';
import { find, inOrder, nodeMacs, podIface, referenceCluster, walk, type Hop } from './reference';

const A = '10.244.1.5';
const C = '10.244.1.6';
const B = '10.244.2.7';
const VIP = '10.96.123.45';
const SVC = 'KUBE-SVC-CDGGSHYLG3RE2FKL';
const SEP_B = 'KUBE-SEP-2RIJ5GIYXEFH6G4D';
const SEP_C = 'KUBE-SEP-F7BHZ7WL3PFYMSRY';

let sb: Sandbox;
let n1: Record<string, string>;
let n2: Record<string, string>;

beforeAll(() => {
  sb = referenceCluster();
  n1 = nodeMacs(sb, 'node-1');
  n2 = nodeMacs(sb, 'node-2');
});

/** Repeat a command until one of its walks satisfies `pick` (the Service's choice is random). */
function until(command: string, pick: (hops: Hop[]) => boolean): { output: string; hops: Hop[] } {
  for (let i = 0; i < 20; i++) {
    const r = walk(sb, command);
    const hops = r.walks.find(pick);
    if (hops) return { output: r.output, hops };
  }
  throw new Error(`no walk of "${command}" matched`);
}

const dnatTo = (ip: string) => (hops: Hop[]) => hops.some((h) => h.action === 'DNAT' && h.ipDst === ip);

describe('the reference address plan', () => {
  it('puts A and C on node-1 and B on node-2 with the reference addresses', () => {
    const wide = sb.run('kubectl get pods a b c -o wide').output;
    expect(wide).toMatch(new RegExp(`^a .* ${A.replace(/\./g, '\\.')} +node-1`, 'm'));
    expect(wide).toMatch(new RegExp(`^b .* ${B.replace(/\./g, '\\.')} +node-2`, 'm'));
    expect(wide).toMatch(new RegExp(`^c .* ${C.replace(/\./g, '\\.')} +node-1`, 'm'));
  });
});

describe('same-node pod A → pod C (§3)', () => {
  it('ARPs for C directly, is bridged by cni0 through the FDB, and keeps TTL 64', () => {
    const a = podIface(sb, A);
    const c = podIface(sb, C);
    const { output, walks } = walk(sb, `kubectl exec a -- ping -c 1 ${C}`);
    expect(output).toContain(`64 bytes from ${C}: seq=0 ttl=64`);
    const hops = walks[0]!;
    inOrder(
      hops,
      { segment: 'ARP', action: 'arp-request', ethDst: 'ff:ff:ff:ff:ff:ff', ipDst: C, netns: 'pod:default/a' },
      { segment: 'ARP', action: 'arp-reply', ethSrc: c.mac },
      { segment: 'echo-request', netns: 'pod:default/a', device: 'eth0', ethSrc: a.mac, ethDst: c.mac, ipSrc: A, ipDst: C, ttl: 64, rule: `10.244.1.0/24 dev eth0 proto kernel scope link src ${A}` },
      { device: a.hostVeth, ttl: 64 },
      { device: 'cni0', action: 'bridge', rule: `${c.mac} dev ${c.hostVeth} master cni0`, ethSrc: a.mac, ethDst: c.mac, ttl: 64 },
      { device: 'netfilter', chain: 'filter FORWARD › KUBE-PROXY-FIREWALL › KUBE-FORWARD › KUBE-SERVICES › KUBE-EXTERNAL-SERVICES › FLANNEL-FWD', action: 'ACCEPT' },
      { device: c.hostVeth, ttl: 64 },
      { netns: 'pod:default/c', device: 'eth0', action: 'receive', ethSrc: a.mac, ethDst: c.mac, ipSrc: A, ipDst: C, ttl: 64 },
    );
    expect(hops.some((h) => h.device === 'routing')).toBe(false);
  });
});

describe('cross-node pod A → pod B over VXLAN (§4)', () => {
  it('routes to flannel.1, encapsulates to node-2 on UDP 8472, decapsulates, TTL 64 → 63 → 62', () => {
    const a = podIface(sb, A);
    const b = podIface(sb, B);
    const { output, walks } = walk(sb, `kubectl exec a -- ping -c 1 ${B}`);
    expect(output).toContain(`64 bytes from ${B}: seq=0 ttl=62`);
    const hops = walks[0]!.filter((h) => h.segment === 'echo-request');
    inOrder(
      hops,
      { netns: 'pod:default/a', device: 'eth0', ethSrc: a.mac, ethDst: n1.cni0, ipSrc: A, ipDst: B, ttl: 64, rule: '10.244.0.0/16 via 10.244.1.1 dev eth0' },
      { component: 'nodeNet/node-1', device: 'cni0', action: 'to host' },
      { component: 'nodeNet/node-1', device: 'routing', action: 'forward', ttl: 63, rule: '10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink' },
      { component: 'nodeNet/node-1', chain: '~filter FORWARD', rule: '-A FLANNEL-FWD -s 10.244.0.0/16 -m comment --comment "flanneld forward" -j ACCEPT' },
      { component: 'nodeNet/node-1', chain: 'nat POSTROUTING › KUBE-POSTROUTING › FLANNEL-POSTRTG', action: 'ACCEPT', rule: '-A FLANNEL-POSTRTG -s 10.244.1.0/24 -d 10.244.0.0/16 -m comment --comment "flanneld masq" -j RETURN' },
      { component: 'nodeNet/node-1', device: 'flannel.1', action: 'vxlan encap', ethSrc: n1['flannel.1'], ethDst: n2['flannel.1'], rule: `${n2['flannel.1']} dev flannel.1 dst 192.168.56.12 self permanent`, ipSrc: A, ipDst: B, ttl: 63 },
      { component: 'nodeNet/node-1', device: 'eth0', action: 'transmit', outerEthSrc: n1.eth0, outerEthDst: n2.eth0, outerIpSrc: '192.168.56.11', outerIpDst: '192.168.56.12', outerDport: 8472, vni: 1 },
      { component: 'nodeNet/node-1', device: 'wire', outerIpDst: '192.168.56.12' },
      { component: 'nodeNet/node-2', device: 'flannel.1', action: 'vxlan decap', ttl: 63 },
      { component: 'nodeNet/node-2', device: 'routing', ttl: 62, rule: '10.244.2.0/24 dev cni0 proto kernel scope link src 10.244.2.1' },
      { component: 'nodeNet/node-2', device: 'cni0', action: 'bridge', ethSrc: n2.cni0, ethDst: b.mac },
      { netns: 'pod:default/b', device: 'eth0', action: 'receive', ipSrc: A, ipDst: B, ttl: 62 },
    );
    const encap = hops.find((h) => h.action === 'vxlan encap')!;
    expect(encap.outerSport).toBeGreaterThanOrEqual(32768);
    expect(hops.filter((h) => h.outerIpSrc !== undefined).every((h) => h.component === 'nodeNet/node-1' || h.device === 'eth0')).toBe(true);
  });
});

describe('pod A → ClusterIP → pod B on node-2 (§5)', () => {
  it('DNATs in node-1 PREROUTING without masquerade, tunnels to B, and un-DNATs the reply on node-1', () => {
    const { output, hops } = until(`kubectl exec a -- wget -qO- ${VIP}`, dnatTo(B));
    expect(output).toBe("You've hit b\n");
    const syn = hops.filter((h) => h.segment === 'SYN');
    const [, dnat] = inOrder(
      syn,
      { netns: 'pod:default/a', device: 'eth0', ethDst: n1.cni0, ipSrc: A, ipDst: VIP, dport: 80, rule: `default via 10.244.1.1 dev eth0` },
      { component: 'nodeNet/node-1', chain: `nat PREROUTING › KUBE-SERVICES › ${SVC} › ${SEP_B}`, action: 'DNAT', ipSrc: A, ipDst: B, dport: 8080, rule: `-A ${SEP_B} -p tcp -m comment --comment "default/web:http" -m tcp -j DNAT --to-destination ${B}:8080` },
      { component: 'nodeNet/node-1', device: 'routing', rule: '10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink', ttl: 63 },
      { component: 'nodeNet/node-1', chain: 'nat POSTROUTING › KUBE-POSTROUTING › FLANNEL-POSTRTG', action: 'ACCEPT' },
      { component: 'nodeNet/node-1', device: 'eth0', outerIpSrc: '192.168.56.11', outerIpDst: '192.168.56.12', outerDport: 8472, vni: 1 },
      { netns: 'pod:default/b', device: 'eth0', ipSrc: A, ipDst: B, dport: 8080, ttl: 62 },
    );
    expect(syn[dnat!]!.note).not.toContain('KUBE-MARK-MASQ');
    expect(syn.some((h) => h.action === 'MASQUERADE')).toBe(false);
    const wire = hops.filter((h) => h.device === 'wire');
    expect(wire.every((h) => h.ipSrc !== VIP && h.ipDst !== VIP)).toBe(true);
    const reply = hops.filter((h) => h.segment === 'response');
    inOrder(
      reply,
      { netns: 'pod:default/b', ipSrc: B, ipDst: A, sport: 8080 },
      { component: 'nodeNet/node-1', action: 'conntrack un-DNAT', ipSrc: VIP, sport: 80, ipDst: A },
      { netns: 'pod:default/a', action: 'receive', ipSrc: VIP, sport: 80 },
    );
    expect(sb.run('kubectl logs b --tail 1').output).toBe('Received request from ::ffff:10.244.1.5\n');
  });
});

describe('outside client → NodeIP:NodePort → pod (§5)', () => {
  it('Cluster: marks, DNATs to B and masquerades to flannel.1’s 10.244.1.0; the reply comes back from 192.168.56.11:30080', () => {
    const { output, hops } = until('curl -s 192.168.56.11:30080', dnatTo(B));
    expect(output).toBe("You've hit b\n");
    const syn = hops.filter((h) => h.segment === 'SYN');
    inOrder(
      syn,
      { component: 'laptop', device: 'wire', ipSrc: '192.168.56.1', ipDst: '192.168.56.11', dport: 30080, ethDst: n1.eth0 },
      { component: 'nodeNet/node-1', device: 'eth0', action: 'receive' },
      { component: 'nodeNet/node-1', chain: `nat PREROUTING › KUBE-SERVICES › KUBE-NODEPORTS › KUBE-EXT-CDGGSHYLG3RE2FKL › KUBE-MARK-MASQ › ${SVC} › ${SEP_B}`, action: 'DNAT', ipDst: B, dport: 8080 },
      { component: 'nodeNet/node-1', chain: 'filter FORWARD › KUBE-PROXY-FIREWALL › KUBE-FORWARD', action: 'ACCEPT' },
      { component: 'nodeNet/node-1', chain: 'nat POSTROUTING › KUBE-POSTROUTING', action: 'MASQUERADE', ipSrc: '10.244.1.0', ipDst: B },
      { component: 'nodeNet/node-1', device: 'eth0', outerIpDst: '192.168.56.12', vni: 1 },
      { netns: 'pod:default/b', action: 'receive', ipSrc: '10.244.1.0', ipDst: B },
    );
    const reply = hops.filter((h) => h.segment === 'response');
    const last = reply[inOrder(reply, { component: 'nodeNet/node-1', action: 'conntrack un-SNAT', ipDst: '192.168.56.1' }, { component: 'nodeNet/node-1', action: 'conntrack un-DNAT', ipSrc: '192.168.56.11', sport: 30080 }, { component: 'laptop', action: 'receive' })[2]!]!;
    expect(last.ipSrc).toBe('192.168.56.11');
    expect(last.ipDst).toBe('192.168.56.1');
    expect(sb.run('kubectl logs b --tail 1').output).toBe('Received request from ::ffff:10.244.1.0\n');
  });

  it('Cluster with a local endpoint: the masqueraded source is cni0’s 10.244.1.1', () => {
    const { hops } = until('curl -s 192.168.56.11:30080', dnatTo(C));
    inOrder(hops, { component: 'nodeNet/node-1', chain: `~${SEP_C}`, action: 'DNAT', ipDst: C }, { component: 'nodeNet/node-1', action: 'MASQUERADE', ipSrc: '10.244.1.1' }, { netns: 'pod:default/c', action: 'receive', ipSrc: '10.244.1.1' });
  });

  it('Local: the client address reaches the Pod; a node without a local endpoint drops', () => {
    sb.writeFile('web.yaml', (sb.files().get('web.yaml') ?? '').replace('externalTrafficPolicy: Cluster', 'externalTrafficPolicy: Local'));
    expect(sb.run('kubectl apply -f web.yaml').output).toBe('service/web configured\n');
    sb.run('sleep 2');
    const { output, hops } = until('curl -s 192.168.56.12:30080', dnatTo(B));
    expect(output).toBe("You've hit b\n");
    inOrder(hops, { component: 'nodeNet/node-2', chain: '~KUBE-SVL-CDGGSHYLG3RE2FKL', action: 'DNAT', ipSrc: '192.168.56.1', ipDst: B }, { netns: 'pod:default/b', action: 'receive', ipSrc: '192.168.56.1' });
    expect(hops.some((h) => h.action === 'MASQUERADE')).toBe(false);
    const dropped = walk(sb, 'curl -s 192.168.56.10:30080');
    const cp = dropped.walks[0]!;
    expect(find(cp, { component: 'nodeNet/control-plane', chain: 'filter INPUT › KUBE-PROXY-FIREWALL › KUBE-NODEPORTS › KUBE-EXTERNAL-SERVICES', action: 'DROP' })).toBeGreaterThan(0);
    expect(sb.run('node-shell control-plane -- iptables-save -t filter').output).toContain('-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web:http has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j DROP');
  });
});

describe('the laptop → a Pod IP', () => {
  it('has no route to the Pod network: one routing hop, and connect() fails at once', () => {
    const r = walk(sb, `curl -sS ${B}:8080`);
    expect(r.output).toBe(`curl: (7) Failed to connect to ${B} port 8080 after 1 ms: Couldn't connect to server\n`);
    expect(r.walks).toHaveLength(1);
    expect(r.walks[0]!.map((h) => [h.component, h.device, h.action])).toEqual([['laptop', 'routing', 'unreachable']]);
  });
});
