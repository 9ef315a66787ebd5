import { describe, expect, it } from 'vitest';
import type { KubeEvent, Node, Pod } from '../../../src/engine/api/objects';
import { describeNode, printNodes } from '../../../src/engine/kubectl/printers';
import { nginxPod } from './fixtures';

const CREATED = '2026-01-01T00:00:00Z';
const HEARTBEAT = '2026-01-01T01:00:00Z';
const NOW = Date.parse('2026-01-01T01:00:05Z');

function condition(type: string, status: string, reason: string, message: string) {
  return { type, status, reason, message, lastHeartbeatTime: HEARTBEAT, lastTransitionTime: CREATED };
}

function worker(name: string, ip: string, extra: Partial<Node['spec']> = {}, labels: Record<string, string> = {}): Node {
  const resources = { cpu: '2', 'ephemeral-storage': '61202244Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '4015788Ki', pods: '110' };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      creationTimestamp: CREATED,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        ...labels,
      },
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
    },
    spec: { podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'], ...extra },
    status: {
      conditions: [
        condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      addresses: [
        { type: 'InternalIP', address: ip },
        { type: 'Hostname', address: name },
      ],
      capacity: resources,
      allocatable: resources,
      nodeInfo: {
        machineID: 'd1b2c3d4e5f60718293a4b5c6d7e8f90',
        systemUUID: '5e0c2a4f-9a51-4c07-8c1e-3b0f4b8e2d11',
        bootID: '0b6b0f4e-7c1d-4a5e-9b8a-2f1e3d4c5b6a',
        kernelVersion: '6.8.0-51-generic',
        osImage: 'Ubuntu 24.04.1 LTS',
        operatingSystem: 'linux',
        architecture: 'amd64',
        containerRuntimeVersion: 'containerd://2.0.2',
        kubeletVersion: 'v1.35.0',
        kubeProxyVersion: '',
      },
    },
  };
}

const lines = (...ls: string[]): string => ls.map((l) => l + '\n').join('');

describe('kubectl describe node', () => {
  it('prints the node, its lease, conditions, resources and what its pods request', () => {
    const web: Pod = { ...nginxPod(), metadata: { ...nginxPod().metadata, name: 'web', creationTimestamp: CREATED } };
    const proxy: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'kube-proxy-7x2kq', namespace: 'kube-system', creationTimestamp: CREATED },
      spec: { containers: [{ name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.35.0' }] },
    };
    expect(describeNode(worker('node-1', '192.168.56.11'), [web, proxy], [], NOW)).toBe(
      lines(
        'Name:               node-1',
        'Roles:              <none>',
        'Labels:             beta.kubernetes.io/arch=amd64',
        '                    beta.kubernetes.io/os=linux',
        '                    kubernetes.io/arch=amd64',
        '                    kubernetes.io/hostname=node-1',
        '                    kubernetes.io/os=linux',
        'Annotations:        node.alpha.kubernetes.io/ttl: 0',
        '                    volumes.kubernetes.io/controller-managed-attach-detach: true',
        'CreationTimestamp:  Thu, 01 Jan 2026 00:00:00 +0000',
        'Taints:             <none>',
        'Unschedulable:      false',
        'Lease:',
        '  HolderIdentity:  node-1',
        '  AcquireTime:     <unset>',
        '  RenewTime:       Thu, 01 Jan 2026 01:00:00 +0000',
        'Conditions:',
        '  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message',
        '  ----             ------  -----------------                 ------------------                ------                       -------',
        '  MemoryPressure   False   Thu, 01 Jan 2026 01:00:00 +0000   Thu, 01 Jan 2026 00:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available',
        '  DiskPressure     False   Thu, 01 Jan 2026 01:00:00 +0000   Thu, 01 Jan 2026 00:00:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure',
        '  PIDPressure      False   Thu, 01 Jan 2026 01:00:00 +0000   Thu, 01 Jan 2026 00:00:00 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available',
        '  Ready            True    Thu, 01 Jan 2026 01:00:00 +0000   Thu, 01 Jan 2026 00:00:00 +0000   KubeletReady                 kubelet is posting ready status',
        'Addresses:',
        '  InternalIP:  192.168.56.11',
        '  Hostname:    node-1',
        'Capacity:',
        '  cpu:                2',
        '  ephemeral-storage:  61202244Ki',
        '  hugepages-1Gi:      0',
        '  hugepages-2Mi:      0',
        '  memory:             4015788Ki',
        '  pods:               110',
        'Allocatable:',
        '  cpu:                2',
        '  ephemeral-storage:  61202244Ki',
        '  hugepages-1Gi:      0',
        '  hugepages-2Mi:      0',
        '  memory:             4015788Ki',
        '  pods:               110',
        'System Info:',
        '  Machine ID:                 d1b2c3d4e5f60718293a4b5c6d7e8f90',
        '  System UUID:                5e0c2a4f-9a51-4c07-8c1e-3b0f4b8e2d11',
        '  Boot ID:                    0b6b0f4e-7c1d-4a5e-9b8a-2f1e3d4c5b6a',
        '  Kernel Version:             6.8.0-51-generic',
        '  OS Image:                   Ubuntu 24.04.1 LTS',
        '  Operating System:           linux',
        '  Architecture:               amd64',
        '  Container Runtime Version:  containerd://2.0.2',
        '  Kubelet Version:            v1.35.0',
        'PodCIDR:                      10.244.1.0/24',
        'PodCIDRs:                     10.244.1.0/24',
        'Non-terminated Pods:          (2 in total)',
        '  Namespace                   Name                CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age',
        '  ---------                   ----                ------------  ----------  ---------------  -------------  ---',
        '  default                     web                 500m (25%)    500m (25%)  128Mi (3%)       128Mi (3%)     60m',
        '  kube-system                 kube-proxy-7x2kq    0 (0%)        0 (0%)      0 (0%)           0 (0%)         60m',
        'Allocated resources:',
        '  (Total limits may be over 100 percent, i.e., overcommitted.)',
        '  Resource           Requests    Limits',
        '  --------           --------    ------',
        '  cpu                500m (25%)  500m (25%)',
        '  memory             128Mi (3%)  128Mi (3%)',
        '  ephemeral-storage  0 (0%)      0 (0%)',
        '  hugepages-1Gi      0 (0%)      0 (0%)',
        '  hugepages-2Mi      0 (0%)      0 (0%)',
        'Events:              <none>',
      ),
    );
  });

  it('lists taints and node events', () => {
    const cp = worker('control-plane', '192.168.56.10', { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] }, {
      'node-role.kubernetes.io/control-plane': '',
    });
    const ev: KubeEvent = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'control-plane.188f', namespace: 'default' },
      involvedObject: { kind: 'Node', name: 'control-plane', uid: 'control-plane' },
      reason: 'NodeReady',
      message: 'Node control-plane status is now: NodeReady',
      type: 'Normal',
      source: { component: 'kubelet', host: 'control-plane' },
      count: 1,
      firstTimestamp: '2026-01-01T00:00:30Z',
      lastTimestamp: '2026-01-01T00:00:30Z',
    };
    const out = describeNode(cp, [], [ev], NOW);
    expect(out).toContain('Roles:              control-plane\n');
    expect(out).toContain('Taints:             node-role.kubernetes.io/control-plane:NoSchedule\n');
    expect(out).toContain('Non-terminated Pods:          (0 in total)\n');
    expect(out).toContain('  Normal  NodeReady  59m   kubelet  Node control-plane status is now: NodeReady\n');
  });
});

describe('kubectl get nodes', () => {
  it('prints STATUS from the Ready condition and ROLES from node-role labels', () => {
    const cp = worker('control-plane', '192.168.56.10', {}, { 'node-role.kubernetes.io/control-plane': '' });
    const n1 = worker('node-1', '192.168.56.11', { unschedulable: true });
    const n2 = worker('node-2', '192.168.56.12');
    n2.status?.conditions?.splice(3, 1, condition('Ready', 'Unknown', 'NodeStatusUnknown', 'Kubelet stopped posting node status.'));
    expect(printNodes([cp, n1, n2], { now: NOW })).toBe(
      'NAME            STATUS                     ROLES           AGE   VERSION\n' +
        'control-plane   Ready                      control-plane   60m   v1.35.0\n' +
        'node-1          Ready,SchedulingDisabled   <none>          60m   v1.35.0\n' +
        'node-2          NotReady                   <none>          60m   v1.35.0\n',
    );
    expect(printNodes([n1], { now: NOW, wide: true })).toBe(
      'NAME     STATUS                     ROLES    AGE   VERSION   INTERNAL-IP     EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION     CONTAINER-RUNTIME\n' +
        'node-1   Ready,SchedulingDisabled   <none>   60m   v1.35.0   192.168.56.11   <none>        Ubuntu 24.04.1 LTS   6.8.0-51-generic   containerd://2.0.2\n',
    );
  });
});
