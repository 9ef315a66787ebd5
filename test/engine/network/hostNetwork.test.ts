// A hostNetwork Pod runs in its node's network namespace: `ip` inside it asks the node's
// kernel over netlink and sees the node's devices and routes, not a Pod's lo and eth0.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../../src/engine';

const PODS = `apiVersion: v1
kind: Pod
metadata:
  name: plain
spec:
  nodeName: node-1
  containers:
  - name: shell
    image: busybox:1.36
    command: ["sleep", "3600"]
---
apiVersion: v1
kind: Pod
metadata:
  name: hostnet
spec:
  nodeName: node-1
  hostNetwork: true
  containers:
  - name: shell
    image: busybox:1.36
    command: ["sleep", "3600"]
`;

/** The device names of an `ip link` / `ip addr` listing, in order (`veth…@if2` → `veth…`). */
const devices = (text: string): string[] => [...text.matchAll(/^\d+: ([^:@]+)/gm)].map((m) => m[1]!);

let sb: Sandbox;

beforeAll(() => {
  sb = createSandbox({ seed: 3 });
  sb.run(`cat > pods.yaml <<'YAML'\n${PODS}YAML`);
  expect(sb.run('kubectl apply -f pods.yaml').exitCode).toBe(0);
  expect(sb.run('kubectl wait --for=condition=Ready pod/plain pod/hostnet').exitCode).toBe(0);
});

describe('ip in a hostNetwork Pod', () => {
  it("lists the node's devices, as ip on the node does, and an ordinary Pod lists only its own", () => {
    const node = devices(sb.run('node-shell node-1 -- ip link').output);
    expect(node).toEqual(expect.arrayContaining(['lo', 'eth0', 'flannel.1', 'cni0']));
    expect(devices(sb.run('kubectl exec hostnet -- ip link').output)).toEqual(node);
    expect(devices(sb.run('kubectl exec plain -- ip link').output)).toEqual(['lo', 'eth0']);
  });

  it("shows the host end of the ordinary Pod's veth pair, the index its eth0 names", () => {
    const plain = sb.run('kubectl exec plain -- ip link show eth0').output;
    const peerIndex = /eth0@if(\d+)/.exec(plain)?.[1];
    expect(peerIndex).toBeDefined();
    const host = sb.run('kubectl exec hostnet -- ip link').output;
    expect(host).toMatch(new RegExp(`^${peerIndex}: veth[0-9a-f]+@if2:`, 'm'));
  });

  it("routes other nodes' Pod subnets through flannel.1, as the node does", () => {
    // busybox's ip prints fewer attributes than iproute2's; destination, gateway and device are the route.
    const routes = (text: string) => text.trim().split('\n').map((l) => /^(\S+)(?: via (\S+))? dev (\S+)/.exec(l)!.slice(1).join(' '));
    const inPod = routes(sb.run('kubectl exec hostnet -- ip route').output);
    expect(inPod).toEqual(routes(sb.run('node-shell node-1 -- ip route').output));
    expect(inPod).toContain('10.244.2.0/24 10.244.2.0 flannel.1');
  });

  it('asks the kernel with one rtnetlink dump per table, from the runtime to the node stack and back', () => {
    const before = sb.trace.length;
    sb.run('kubectl exec hostnet -- ip addr');
    const dumps = sb.trace.slice(before).filter((e) => e.kind.startsWith('netlink.dump'));
    expect(dumps.map((e) => `${e.from} → ${e.to} ${e.kind} ${String(e.detail?.message)}`)).toEqual([
      'containerRuntime/node-1 → nodeNet/node-1 netlink.dump RTM_GETADDR',
      'nodeNet/node-1 → containerRuntime/node-1 netlink.dump.response RTM_GETADDR',
    ]);
    const start = sb.trace.length;
    sb.run('kubectl exec plain -- ip addr');
    expect(sb.trace.slice(start).some((e) => e.kind.startsWith('netlink.dump'))).toBe(false);
  });
});
