import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot } from '../../src/engine';
import { WalkIndex, type Walk } from '../../src/viz/network/hops';
import { serviceViews, type ServiceView } from '../../src/viz/network/model';
import { outcomeOf, serviceHit, summarize, toolOf } from '../../src/viz/network/summary';
import { B, clusterIPWalk, N1, nodePortWalk, traceWith, VIP } from './walkFixtures';

function snapshot(objects: ClusterSnapshot['objects'], nodeIPs: string[] = []): ClusterSnapshot {
  const nodes = nodeIPs.map((ip, i) => ({ name: `node-${i + 1}`, ip, podCIDR: '', role: 'worker', images: [], sandboxes: [], interfaces: [] }));
  return { time: 0, now: '', objects, etcd: { revision: 1, keys: [] }, nodes, registry: { repositories: [] }, laptop: { files: [], images: [] }, inFlight: [] } as ClusterSnapshot;
}

const pod = (name: string, app: string, ip: string | undefined, ready = true) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', labels: { app } },
  spec: { nodeName: 'node-1', containers: [{ name: 'web', image: 'nginx', ports: [{ name: 'http', containerPort: 8080 }] }] },
  status: { ...(ip ? { podIP: ip } : {}), conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});
const web = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { type: 'NodePort', clusterIP: VIP, selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30080 }] } };

describe('Service port mapping', () => {
  it('maps port → targetPort → containerPort for the pods the selector picks, Ready or not', () => {
    const [view] = serviceViews(snapshot({ services: [web], pods: [pod('a', 'web', '10.244.1.2'), pod('b', 'db', '10.244.2.2'), pod('c', 'web', '10.244.1.3', false)] }));
    expect(view?.ports[0]).toEqual({
      name: 'http',
      protocol: 'TCP',
      port: 80,
      targetPort: 'http',
      nodePort: 30080,
      endpoints: [
        { pod: 'a', ip: '10.244.1.2', containerPort: 8080, ready: true, node: 'node-1' },
        { pod: 'c', ip: '10.244.1.3', containerPort: 8080, ready: false, node: 'node-1' },
      ],
    });
  });

  it('takes the endpoints kube-proxy sees from the EndpointSlices, and lists a selected Pod without an IP as not Ready', () => {
    const slice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'web-abcde', namespace: 'default', labels: { 'kubernetes.io/service-name': 'web' } },
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      endpoints: [
        { addresses: [B], conditions: { ready: true }, nodeName: 'node-2', targetRef: { kind: 'Pod', name: 'b' } },
        { addresses: ['10.244.1.9'], conditions: { ready: false }, nodeName: 'node-1', targetRef: { kind: 'Pod', name: 'd' } },
      ],
    };
    const [view] = serviceViews(snapshot({ services: [web], endpointslices: [slice], pods: [pod('b', 'web', B), pod('d', 'web', '10.244.1.9', false), pod('e', 'web', undefined, false)] }));
    expect(view?.ports[0]?.endpoints).toEqual([
      { pod: 'b', ip: B, containerPort: 8080, ready: true, node: 'node-2' },
      { pod: 'd', ip: '10.244.1.9', containerPort: 8080, ready: false, node: 'node-1' },
      { pod: 'e', containerPort: 8080, ready: false, node: 'node-1' },
    ]);
  });

  it('takes the endpoints from the Endpoints object for a Service without selector', () => {
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubernetes', namespace: 'default' }, spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, targetPort: 6443 }] } };
    const ep = { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'kubernetes', namespace: 'default' }, subsets: [{ addresses: [{ ip: '192.168.56.10' }], ports: [{ name: 'https', port: 6443 }] }] };
    const [view] = serviceViews(snapshot({ services: [svc], endpoints: [ep] }));
    expect(view?.ports[0]?.endpoints).toEqual([{ pod: '192.168.56.10', ip: '192.168.56.10', containerPort: 6443, ready: true }]);
  });
});

describe('a walk in one line', () => {
  const all = new WalkIndex().update(traceWith(clusterIPWalk(), nodePortWalk()));
  const cluster = all.find((w) => w.id === 'node-1/w2')!;
  const nodePort = all.find((w) => w.id === 'laptop/w1')!;
  const services: ServiceView[] = serviceViews(snapshot({ services: [web], pods: [pod('b', 'web', B)] }, [N1, '192.168.56.12']));

  it('names the client, the Service and address it asked for, and the tool', () => {
    expect(summarize(cluster, services, 'kubectl exec a -- curl -s web')).toEqual({ client: 'a', target: `${VIP}:80`, service: 'default/web', tool: 'curl', dns: false, outcome: 'answered' });
    expect(summarize(nodePort, services, 'curl 192.168.56.11:30080')).toMatchObject({ client: 'laptop', target: `${N1}:30080`, service: 'default/web', tool: 'curl', outcome: 'underway' });
    expect(toolOf('kubectl exec client -- wget -qO- web')).toBe('wget');
    expect(toolOf('kubectl get pods')).toBeUndefined();
  });

  it('finds the Service port a walk used, by ClusterIP or by NodePort, and the endpoint it was DNATed to', () => {
    expect(serviceHit(cluster, services)).toEqual({ service: 'default/web', port: 80, protocol: 'TCP', via: 'clusterIP', endpoint: `${B}:8080` });
    expect(serviceHit(nodePort, services)).toEqual({ service: 'default/web', port: 80, protocol: 'TCP', via: 'nodePort', endpoint: `${B}:8080` });
  });

  it('tells how a walk ended', () => {
    const end = (action: string, extra: Partial<Walk['hops'][number]> = {}): Walk => ({ ...nodePort, hops: [...nodePort.hops, { ...nodePort.hops[0]!, device: 'socket', action, ...extra }] });
    expect(outcomeOf(end('drop'))).toBe('dropped');
    expect(outcomeOf(end('reset'))).toBe('refused');
    expect(outcomeOf(end('error', { icmpType: 3, icmpCode: 3 }))).toBe('refused');
    expect(outcomeOf(end('error', { icmpType: 3, icmpCode: 1 }))).toBe('unreachable');
    // Still on its way while its command runs; lost once the command gave up without an answer.
    expect(outcomeOf(nodePort)).toBe('underway');
    expect(outcomeOf(nodePort, true)).toBe('lost');
  });
});
