// The Pods a fresh `kubeadm init` + `kubectl apply -f kube-flannel.yml` cluster runs:
// the control plane as static Pods on the control-plane node (their mirror Pods are
// named `<component>-<node>`, hostNetwork), kube-proxy and flannel as DaemonSet Pods on
// every node (hostNetwork), and two CoreDNS replicas from the coredns Deployment, which
// get Pod IPs from the control-plane node's podCIDR.
import type { Pod } from '../api/objects';
import { COREDNS, ETCD, FLANNEL, KUBE_APISERVER, KUBE_CONTROLLER_MANAGER, KUBE_PROXY, KUBE_SCHEDULER } from '../images/entries/system';
import type { Rng } from '../runtime/rng';
import type { ScenarioNode } from '../scenario/types';

type PodSpec = NonNullable<Pod['spec']>;
type Toleration = NonNullable<PodSpec['tolerations']>[number];

export const COREDNS_RS_HASH = '668d6bf9bc';

const CONTROL_PLANE_TAINT: Toleration = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

/** The tolerations the DaemonSet controller adds to every daemon Pod. */
function daemonTolerations(hostNetwork: boolean): Toleration[] {
  const t: Toleration[] = [
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
  ];
  if (hostNetwork) t.push({ key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' });
  return t;
}

function staticPod(component: string, node: ScenarioNode, image: string, command: string[], cpu: string, rng: Rng): Pod {
  const hash = rng.hex(32);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${component}-${node.name}`,
      namespace: 'kube-system',
      labels: { component, tier: 'control-plane' },
      annotations: {
        'kubernetes.io/config.hash': hash,
        'kubernetes.io/config.mirror': hash,
        'kubernetes.io/config.seen': '2026-01-05T08:59:41.582044312Z',
        'kubernetes.io/config.source': 'file',
      },
    },
    spec: {
      containers: [{ name: component, image, imagePullPolicy: 'IfNotPresent', command, resources: { requests: { cpu } } }],
      hostNetwork: true,
      nodeName: node.name,
      priorityClassName: 'system-node-critical',
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      tolerations: [{ operator: 'Exists', effect: 'NoExecute' }],
    },
  } as Pod;
}

/** etcd, kube-apiserver, kube-controller-manager and kube-scheduler on the control plane. */
export function controlPlanePods(node: ScenarioNode, rng: Rng): Pod[] {
  const ip = node.ip;
  return [
    staticPod('etcd', node, ETCD.ref.replace('docker.io/', ''), ['etcd', `--advertise-client-urls=https://${ip}:2379`, '--data-dir=/var/lib/etcd', `--listen-client-urls=https://127.0.0.1:2379,https://${ip}:2379`, `--name=${node.name}`], '100m', rng),
    staticPod('kube-apiserver', node, KUBE_APISERVER.ref, ['kube-apiserver', `--advertise-address=${ip}`, '--authorization-mode=Node,RBAC', '--secure-port=6443', '--service-cluster-ip-range=10.96.0.0/12', '--service-node-port-range=30000-32767'], '250m', rng),
    staticPod('kube-controller-manager', node, KUBE_CONTROLLER_MANAGER.ref, ['kube-controller-manager', '--allocate-node-cidrs=true', '--cluster-cidr=10.244.0.0/16', '--service-cluster-ip-range=10.96.0.0/12', '--use-service-account-credentials=true'], '200m', rng),
    staticPod('kube-scheduler', node, KUBE_SCHEDULER.ref, ['kube-scheduler', '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf', '--bind-address=127.0.0.1', '--leader-elect=true'], '100m', rng),
  ];
}

function daemonPod(prefix: string, namespace: string, node: ScenarioNode, labels: Record<string, string>, owner: string, spec: Partial<PodSpec>, rng: Rng): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${prefix}-${rng.suffix(5)}`,
      namespace,
      labels: { ...labels, 'pod-template-generation': '1' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: owner, uid: '', controller: true, blockOwnerDeletion: true }],
    },
    spec: {
      affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node.name] }] }] } } },
      nodeName: node.name,
      hostNetwork: true,
      priorityClassName: 'system-node-critical',
      ...spec,
    } as PodSpec,
  } as Pod;
}

export function kubeProxyPod(node: ScenarioNode, rng: Rng): Pod {
  return daemonPod('kube-proxy', 'kube-system', node, { 'controller-revision-hash': '7b8c9d6f5d', 'k8s-app': 'kube-proxy' }, 'kube-proxy', {
    containers: [{ name: 'kube-proxy', image: KUBE_PROXY.ref, imagePullPolicy: 'IfNotPresent', command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'], env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } }], securityContext: { privileged: true } }],
    nodeSelector: { 'kubernetes.io/os': 'linux' },
    serviceAccountName: 'kube-proxy',
    tolerations: [{ operator: 'Exists' }, ...daemonTolerations(true)],
  }, rng);
}

export function flannelPod(node: ScenarioNode, rng: Rng): Pod {
  return daemonPod('kube-flannel-ds', 'kube-flannel', node, { app: 'flannel', 'controller-revision-hash': '6c8b5c9f8', tier: 'node' }, 'kube-flannel-ds', {
    containers: [
      {
        name: 'kube-flannel',
        image: FLANNEL.ref,
        imagePullPolicy: 'IfNotPresent',
        command: ['/opt/bin/flanneld'],
        args: ['--ip-masq', '--kube-subnet-mgr'],
        env: [{ name: 'POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } }, { name: 'EVENT_QUEUE_DEPTH', value: '5000' }],
        resources: { requests: { cpu: '100m', memory: '50Mi' } },
        securityContext: { capabilities: { add: ['NET_ADMIN', 'NET_RAW'] }, privileged: false },
      },
    ],
    serviceAccountName: 'flannel',
    tolerations: [{ operator: 'Exists', effect: 'NoSchedule' }, ...daemonTolerations(true)],
  }, rng);
}

/** The coredns Deployment's Pod template (as kubeadm's addon manifest has it). */
export function corednsTemplateSpec(): PodSpec {
  return {
    containers: [
      {
        name: 'coredns',
        image: COREDNS.ref,
        imagePullPolicy: 'IfNotPresent',
        args: ['-conf', '/etc/coredns/Corefile'],
        ports: [
          { name: 'dns', containerPort: 53, protocol: 'UDP' },
          { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
          { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
        ],
        resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
      },
    ],
    dnsPolicy: 'Default',
    nodeSelector: { 'kubernetes.io/os': 'linux' },
    priorityClassName: 'system-cluster-critical',
    serviceAccountName: 'coredns',
    tolerations: [{ key: 'CriticalAddonsOnly', operator: 'Exists' }, CONTROL_PLANE_TAINT],
  } as PodSpec;
}

export function corednsPod(node: ScenarioNode, rng: Rng): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `coredns-${COREDNS_RS_HASH}-${rng.suffix(5)}`,
      namespace: 'kube-system',
      labels: { 'k8s-app': 'kube-dns', 'pod-template-hash': COREDNS_RS_HASH },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `coredns-${COREDNS_RS_HASH}`, uid: '', controller: true, blockOwnerDeletion: true }],
    },
    spec: { ...corednsTemplateSpec(), nodeName: node.name },
  } as Pod;
}
