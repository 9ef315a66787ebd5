import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot, TraceEvent } from '../../src/engine';
import { packetWalks, serviceViews } from '../../src/viz/network/model';

function snapshot(objects: ClusterSnapshot['objects']): ClusterSnapshot {
  return { time: 0, now: '', objects, etcd: { revision: 1, keys: [] }, nodes: [], registry: { repositories: [] }, laptop: { files: [], images: [] }, inFlight: [] };
}

const pod = (name: string, app: string, ip: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', labels: { app } },
  spec: { containers: [{ name: 'web', image: 'nginx', ports: [{ name: 'http', containerPort: 8080 }] }] },
  status: { podIP: ip },
});

describe('network model', () => {
  it('maps port → targetPort → containerPort for the pods the selector picks', () => {
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { type: 'NodePort', clusterIP: '10.96.12.7', selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http', nodePort: 30080 }] } };
    const [view] = serviceViews(snapshot({ services: [svc], pods: [pod('a', 'web', '10.244.1.2'), pod('b', 'db', '10.244.2.2')] }));
    expect(view?.ports[0]).toEqual({ protocol: 'TCP', port: 80, targetPort: 'http', nodePort: 30080, endpoints: [{ pod: 'a', ip: '10.244.1.2', containerPort: 8080 }] });
  });

  it('takes the endpoints from the Endpoints object when there is one (a Service without selector)', () => {
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubernetes', namespace: 'default' }, spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, targetPort: 6443 }] } };
    const ep = { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'kubernetes', namespace: 'default' }, subsets: [{ addresses: [{ ip: '192.168.56.10' }], ports: [{ name: 'https', port: 6443 }] }] };
    const [view] = serviceViews(snapshot({ services: [svc], endpoints: [ep] }));
    expect(view?.ports[0]?.endpoints).toEqual([{ pod: '192.168.56.10', ip: '192.168.56.10', containerPort: 6443 }]);
  });

  it('groups packet hops into walks', () => {
    const hop = (seq: number, walk: string): TraceEvent => ({ seq, t: seq, at: seq, from: 'cni/node-1', to: 'cni/node-1', kind: 'packet.bridge', detail: { walk } });
    const walks = packetWalks([hop(1, 'w1'), hop(2, 'w1'), { seq: 3, t: 3, at: 4, from: 'kubectl', to: 'apiServer', kind: 'pod.get' }, hop(4, 'w2')]);
    expect(walks.map((w) => [w.key, w.hops.length])).toEqual([
      ['w1', 2],
      ['w2', 1],
    ]);
  });
});
