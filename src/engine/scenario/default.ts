import { KUBIA_APP_JS } from '../images';
import { KUBIA_DOCKERFILE, KUBIA_POD_YAML } from './kubia';
import type { Scenario, ScenarioNode } from './types';

const CONTROL_PLANE_TAINT = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

/** Images kubeadm pre-pulls on every node, so creating a sandbox never waits on a pull. */
export const NODE_IMAGES = ['registry.k8s.io/pause:3.10.1'];

export function node(name: string, ip: string, index: number, role: ScenarioNode['role']): ScenarioNode {
  return {
    name,
    ip,
    role,
    cpu: '2',
    memory: '4Gi',
    pods: 110,
    podCIDR: `10.244.${index}.0/24`,
    labels: {},
    taints: role === 'control-plane' ? [CONTROL_PLANE_TAINT] : [],
    images: NODE_IMAGES,
  };
}

/**
 * A small kubeadm cluster: a control-plane node (tainted NoSchedule, so ordinary Pods go
 * elsewhere) and two workers, flannel's 10.244.0.0/16 split into one /24 per node, and a
 * registry with the images the lessons and the Kubernetes docs use.
 */
export function defaultScenario(): Scenario {
  return {
    name: 'default',
    startTime: '2026-01-05T09:00:00Z',
    clusterAgeSeconds: 600,
    nodes: [
      node('control-plane', '192.168.56.10', 0, 'control-plane'),
      node('node-1', '192.168.56.11', 1, 'worker'),
      node('node-2', '192.168.56.12', 2, 'worker'),
    ],
    registry: { images: ['*'], bandwidthMBps: 50 },
    laptop: {
      files: { Dockerfile: KUBIA_DOCKERFILE, 'app.js': KUBIA_APP_JS, 'pod.yaml': KUBIA_POD_YAML },
      images: [],
      uploadMBps: 20,
    },
    objects: '',
    kubeProxyMode: 'iptables',
  };
}
