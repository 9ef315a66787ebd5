// The network view's model over walks the real engine traces: a curl to a ClusterIP
// Service from a Pod, and a curl to a NodePort from the laptop.
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/engine';
import { changesAt, hopHeaders } from '../../src/viz/network/headers';
import { requestedTarget, WalkIndex } from '../../src/viz/network/hops';
import { layoutWalk } from '../../src/viz/network/layout';
import { serviceViews } from '../../src/viz/network/model';
import { serviceHit, summarize } from '../../src/viz/network/summary';

const MANIFEST = `cat > web.yaml <<'EOF'
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 8080
    nodePort: 30080
EOF`;

function run() {
  const sb = createSandbox({ seed: 1 });
  for (const line of [
    'kubectl run web-1 --image=luksa/kubia --labels=app=web --port=8080',
    'kubectl run web-2 --image=luksa/kubia --labels=app=web --port=8080',
    'kubectl run client --image=busybox --restart=Never -- sleep 3600',
    MANIFEST,
    'kubectl apply -f web.yaml',
    'sleep 30',
  ])
    sb.run(line);
  const inPod = sb.run('kubectl exec client -- wget -qO- web');
  const fromLaptop = sb.run('curl -s 192.168.56.11:30080');
  return { sb, inPod, fromLaptop, walks: new WalkIndex().update(sb.trace), snapshot: sb.snapshot() };
}

describe('walks the engine records', () => {
  const { inPod, fromLaptop, walks, snapshot } = run();
  const services = serviceViews(snapshot);
  const web = services.find((s) => s.name === 'web')!;

  it('shows the DNS lookup and the connection to the ClusterIP, DNATed to a Ready endpoint at PREROUTING', () => {
    expect(inPod.output).toContain("You've hit web-");
    const tcp = walks.find((w) => requestedTarget(w)?.ip === web.clusterIP)!;
    expect(summarize(tcp, services, 'kubectl exec client -- wget -qO- web')).toMatchObject({ client: 'client', target: `${web.clusterIP}:80`, service: 'default/web', tool: 'wget', outcome: 'answered' });
    expect(walks.some((w) => requestedTarget(w)?.port === 53 && w.hops[0]?.node === tcp.hops[0]?.node)).toBe(true);
    const i = tcp.hops.findIndex((h) => h.action === 'DNAT');
    expect(tcp.hops[i]).toMatchObject({ device: 'netfilter', netns: 'host', node: tcp.hops[0]!.node });
    expect(tcp.hops[i]!.chain).toMatch(/^nat PREROUTING › KUBE-SERVICES › KUBE-SVC-/);
    expect(tcp.hops[i]!.rule).toMatch(/-j DNAT --to-destination 10\.244\.\d+\.\d+:8080$/);
    const dst = hopHeaders(tcp, i)!.fields.find((f) => f.layer === 'ip' && f.field === 'dst')!;
    expect(dst).toMatchObject({ was: web.clusterIP, why: 'dnat' });
    const hit = serviceHit(tcp, services)!;
    expect(web.ports[0]!.endpoints.filter((e) => e.ready).map((e) => `${e.ip}:${e.containerPort}`)).toContain(hit.endpoint);
    // The ClusterIP never reaches the Pod: the request arrives at the endpoint's own address.
    const delivered = tcp.hops.find((h) => h.action === 'deliver')!;
    expect(`${delivered.ipDst}:${delivered.dport}`).toBe(hit.endpoint);
  });

  it('lays out every hop of the ClusterIP walk at a device of its machine, or on the wire', () => {
    const tcp = walks.find((w) => requestedTarget(w)?.ip === web.clusterIP)!;
    const l = layoutWalk(tcp, snapshot, { width: 800, height: 440 });
    expect(l.points).toHaveLength(tcp.hops.length);
    tcp.hops.forEach((h, i) => {
      const p = l.points[i]!;
      if (h.netns === 'wire') expect(p.y).toBe(l.wire!.y);
      else expect(l.devices.find((d) => d.key === p.device)?.machine).toBe(h.node);
    });
    const client = l.pods.find((p) => p.label === 'client')!;
    expect(client.detail).toMatch(/^10\.244\.\d+\.\d+$/);
  });

  it('shows the NodePort from the laptop: DNAT to an endpoint and, for an outside client, MASQUERADE', () => {
    expect(fromLaptop.output).toContain("You've hit web-");
    const np = walks.find((w) => w.hops[0]?.node === 'laptop' && requestedTarget(w)?.port === 30080)!;
    expect(serviceHit(np, services)).toMatchObject({ service: 'default/web', via: 'nodePort' });
    const l = layoutWalk(np, snapshot, { width: 800, height: 440 });
    expect(l.machines[0]).toMatchObject({ key: 'laptop', kind: 'laptop', detail: '192.168.56.1' });
    const reasons = np.hops.flatMap((_, i) => changesAt(np, i));
    expect(reasons).toContain('dnat');
    // externalTrafficPolicy: Cluster marks every outside connection for masquerade.
    expect(reasons).toContain('snat');
    expect(reasons).toContain('unDnat');
  });
});
