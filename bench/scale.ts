import { defaultScenario, node } from '../src/engine/scenario/default';
import type { Scenario } from '../src/engine/scenario/types';

/** A cluster of `workers` roomy worker nodes (plus the control plane) for scale runs. */
export function scaleScenario(workers: number): Scenario {
  const base = defaultScenario();
  const nodes = [node('control-plane', '192.168.0.10', 0, 'control-plane')];
  for (let i = 1; i <= workers; i++) {
    const n = node(`node-${i}`, `192.168.${Math.floor(i / 250)}.${(i % 250) + 10}`, i, 'worker');
    nodes.push({ ...n, cpu: '32', memory: '128Gi', pods: 250, images: [...n.images, 'nginx:1.27'] });
  }
  return { ...base, name: `scale-${workers}`, nodes };
}

/** N Pods as one JSON List: the form `kubectl apply -f` reads fastest. */
export function podList(n: number): string {
  const items = [];
  for (let i = 0; i < n; i++) {
    items.push({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `web-${i}`, labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] } });
  }
  return JSON.stringify({ apiVersion: 'v1', kind: 'List', items });
}
