import type { Node } from '../api/objects';
import { memTotalKi } from './memTotal';

/** A node as the scenario describes it. */
export interface NodeSpec {
  name: string;
  /** The node's eth0 address (InternalIP). */
  ip: string;
  cpu: string;
  memory: string;
  pods: number;
  podCIDR: string;
  controlPlane: boolean;
  labels: Record<string, string>;
  taints: { key: string; value?: string; effect: string }[];
}

export const KUBELET_VERSION = 'v1.35.0';
export const CONTAINERD_VERSION = 'containerd://2.1.5';

/**
 * The Node object a kubelet registers on start (kubelet_node_status.go initialNode): the
 * well-known labels, capacity and allocatable (capacity minus what the kubelet reserves
 * for the system and the eviction threshold), addresses and nodeInfo.
 */
export function nodeObject(spec: NodeSpec, bootId: string, machineId: string): Node {
  const capacityKi = memTotalKi(spec.memory);
  const evictionReserveKi = 100 * 1024;
  const allocatableKi = capacityKi - evictionReserveKi;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: spec.name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': spec.name,
        'kubernetes.io/os': 'linux',
        ...(spec.controlPlane ? { 'node-role.kubernetes.io/control-plane': '', 'node.kubernetes.io/exclude-from-external-load-balancers': '' } : {}),
        ...spec.labels,
      },
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: spec.podCIDR,
      podCIDRs: [spec.podCIDR],
      ...(spec.taints.length > 0 ? { taints: spec.taints as NonNullable<NonNullable<Node['spec']>['taints']> } : {}),
    },
    status: {
      capacity: { cpu: spec.cpu, 'ephemeral-storage': '64739308Ki', 'hugepages-2Mi': '0', memory: `${capacityKi}Ki`, pods: String(spec.pods) },
      allocatable: { cpu: spec.cpu, 'ephemeral-storage': '59663611570', 'hugepages-2Mi': '0', memory: `${allocatableKi}Ki`, pods: String(spec.pods) },
      conditions: [
        condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', messageFor('MemoryPressure')),
        condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', messageFor('DiskPressure')),
        condition('PIDPressure', 'False', 'KubeletHasSufficientPID', messageFor('PIDPressure')),
      ]
        .concat([condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status')]),
      addresses: [
        { type: 'InternalIP', address: spec.ip },
        { type: 'Hostname', address: spec.name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: machineId,
        systemUUID: machineId,
        bootID: bootId,
        kernelVersion: '6.8.0-88-generic',
        osImage: 'Ubuntu 24.04.3 LTS',
        containerRuntimeVersion: CONTAINERD_VERSION,
        kubeletVersion: KUBELET_VERSION,
        kubeProxyVersion: '',
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
    },
  };
}

function messageFor(type: string): string {
  return {
    MemoryPressure: 'kubelet has sufficient memory available',
    DiskPressure: 'kubelet has no disk pressure',
    PIDPressure: 'kubelet has sufficient PID available',
  }[type]!;
}

function condition(type: string, status: string, reason: string, message: string) {
  return { type, status, reason, message, lastHeartbeatTime: '', lastTransitionTime: '' };
}
