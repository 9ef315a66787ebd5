// Random Services, Pods and requests: nothing throws, and once the cluster settles every
// EndpointSlice lists exactly the Pods its Service selects (ready as they are), kube-proxy
// DNATs only to those, and no Pod address or veth outlives its Pod.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../../src/engine';
import type { EndpointSlice, Pod, Service } from '../../../src/engine/api/objects';

type Op =
  | { op: 'pod'; name: string; app: string; image: 'luksa/kubia' | 'busybox' | 'crashing' }
  | { op: 'svc'; name: string; app: string; target: number | string; type: 'ClusterIP' | 'NodePort' }
  | { op: 'delpod'; name: string }
  | { op: 'delsvc'; name: string }
  | { op: 'curl'; svc: string }
  | { op: 'sleep'; s: number };

const names = (p: string) => fc.constantFrom(`${p}0`, `${p}1`, `${p}2`, `${p}3`);
const app = fc.constantFrom('a', 'b', 'c');

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('pod' as const), name: names('p'), app, image: fc.constantFrom('luksa/kubia' as const, 'busybox' as const, 'crashing' as const) }),
  fc.record({ op: fc.constant('svc' as const), name: names('s'), app, target: fc.constantFrom<number | string>(8080, 80, 'http'), type: fc.constantFrom('ClusterIP' as const, 'NodePort' as const) }),
  fc.record({ op: fc.constant('delpod' as const), name: names('p') }),
  fc.record({ op: fc.constant('delsvc' as const), name: names('s') }),
  fc.record({ op: fc.constant('curl' as const), svc: names('s') }),
  fc.record({ op: fc.constant('sleep' as const), s: fc.integer({ min: 1, max: 20 }) }),
);

function podYaml(o: Extract<Op, { op: 'pod' }>): string {
  // A crashing container keeps its Pod out of Ready (CrashLoopBackOff).
  const cmd = o.image === 'busybox' ? '    command: ["sleep", "3600"]\n' : o.image === 'crashing' ? '    command: ["sh", "-c", "sleep 2; exit 1"]\n' : '';
  const image = o.image === 'crashing' ? 'busybox' : o.image;
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${o.name}\n  labels:\n    app: ${o.app}\nspec:\n  terminationGracePeriodSeconds: 1\n  containers:\n  - name: main\n    image: ${image}\n${cmd}    ports:\n    - name: http\n      containerPort: 8080\n`;
}

function svcYaml(o: Extract<Op, { op: 'svc' }>): string {
  const target = typeof o.target === 'number' ? o.target : `"${o.target}"`;
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${o.name}\nspec:\n  type: ${o.type}\n  selector:\n    app: ${o.app}\n  ports:\n  - port: 80\n    targetPort: ${target}\n`;
}

function perform(sb: Sandbox, o: Op): void {
  switch (o.op) {
    case 'pod':
      sb.writeFile('p.yaml', podYaml(o));
      sb.run('kubectl apply -f p.yaml');
      return;
    case 'svc':
      sb.writeFile('s.yaml', svcYaml(o));
      sb.run('kubectl apply -f s.yaml');
      return;
    case 'delpod':
      sb.run(`kubectl delete pod ${o.name} --wait=false`);
      return;
    case 'delsvc':
      sb.run(`kubectl delete svc ${o.name}`);
      return;
    case 'curl':
      sb.run(`kubectl exec client -- wget -qO- -T 2 ${o.svc}`);
      return;
    case 'sleep':
      sb.run(`sleep ${o.s}`);
  }
}

function objects<T>(sb: Sandbox, resource: string): T[] {
  return (sb.snapshot().objects[resource] ?? []) as unknown as T[];
}

function checkSlices(sb: Sandbox): void {
  const pods = objects<Pod>(sb, 'pods').filter((p) => p.metadata?.namespace === 'default');
  const slices = objects<EndpointSlice>(sb, 'endpointslices');
  for (const s of objects<Service>(sb, 'services').filter((x) => x.metadata?.namespace === 'default' && x.spec?.selector)) {
    const name = s.metadata?.name ?? '';
    const selected = pods.filter((p) => p.metadata?.labels?.app === s.spec?.selector?.app && p.status?.podIP && (p.spec?.containers[0]?.ports?.some((c) => c.name === 'http') || typeof s.spec?.ports?.[0]?.targetPort === 'number'));
    const listed = slices.filter((x) => x.metadata?.labels?.['kubernetes.io/service-name'] === name).flatMap((x) => x.endpoints ?? []);
    expect(listed.map((e) => e.addresses[0]).sort(), `endpoints of ${name}`).toEqual(selected.map((p) => p.status!.podIP!).sort());
    for (const e of listed) {
      const pod = pods.find((p) => p.status?.podIP === e.addresses[0]);
      const ready = (pod?.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True') && !pod?.metadata?.deletionTimestamp;
      expect(e.conditions?.ready, `readiness of ${e.addresses[0]} in ${name}`).toBe(ready);
    }
  }
  const dnat = [...sb.run('node-shell node-1 -- iptables-save -t nat').output.matchAll(/--to-destination (10\.244\.\d+\.\d+):/g)].map((m) => m[1]);
  const live = new Set(pods.map((p) => p.status?.podIP).concat(objects<Pod>(sb, 'pods').map((p) => p.status?.podIP)));
  for (const ip of dnat) expect(live.has(ip), `kube-proxy DNATs to ${ip}, which no Pod has`).toBe(true);
}

function checkAddresses(sb: Sandbox): void {
  const snap = sb.snapshot();
  const podIPs = new Set(objects<Pod>(sb, 'pods').map((p) => p.status?.podIP).filter(Boolean));
  for (const n of snap.nodes) {
    const allocated = n.interfaces.map((i) => i.ip).sort();
    const sandboxed = n.sandboxes.filter((s) => s.ip && s.ip !== n.ip && s.state === 'SANDBOX_READY').map((s) => s.ip!).sort();
    expect(allocated, `host-local on ${n.name}`).toEqual(sandboxed);
    expect((n.network?.pods ?? []).map((p) => p.ip).sort(), `pod namespaces on ${n.name}`).toEqual(allocated);
    const veths = (n.network?.links ?? []).filter((l) => l.kind === 'veth').map((l) => l.name).sort();
    expect(veths, `veths on ${n.name}`).toEqual(n.interfaces.map((i) => i.hostVeth).sort());
    for (const ip of allocated) expect(podIPs.has(ip), `${ip} on ${n.name} belongs to a Pod`).toBe(true);
  }
}

describe('random Services and requests', () => {
  it('never throw, never leave a stale endpoint, never leak an address', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 3, maxLength: 14 }), fc.integer({ min: 1, max: 1000 }), (ops, seed) => {
        const sb = createSandbox({ seed });
        sb.run('kubectl run client --image=busybox --restart=Never -- sleep 3600');
        for (const o of ops) perform(sb, o);
        sb.run('sleep 60');
        checkSlices(sb);
        checkAddresses(sb);
      }),
      { numRuns: 12, seed: 20260105 },
    );
  });
});
