// The objects `kubeadm init` and the flannel manifest leave in a fresh cluster besides
// the Pods: the `kubernetes` Service (10.96.0.1:443 → the API server's 6443) with the
// Endpoints and EndpointSlice kube-apiserver keeps for it, the kube-dns Service at
// 10.96.0.10, the coredns Deployment and its ReplicaSet, the kube-proxy and flannel
// DaemonSets, and the ConfigMaps that configure CoreDNS, kube-proxy and flannel.
import type { KubeObject } from '../api/objects';
import type { Scenario } from '../scenario/types';
import { COREDNS_RS_HASH, corednsTemplateSpec } from './systemPods';

export const KUBERNETES_SERVICE_IP = '10.96.0.1';
export const KUBE_DNS_IP = '10.96.0.10';

type Uids = Map<string, string>;

const owner = (uids: Uids, apiVersion: string, kind: string, name: string) => [
  { apiVersion, kind, name, uid: uids.get(`${kind}/${name}`) ?? '', controller: true, blockOwnerDeletion: true },
];

export function systemNamespaces(): KubeObject[] {
  return [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-flannel', labels: { 'k8s-app': 'flannel', 'pod-security.kubernetes.io/enforce': 'privileged' } } }];
}

export const COREFILE = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success cluster.local
       disable denial cluster.local
    }
    loop
    reload
    loadbalance
}
`;

function configMaps(scenario: Scenario): KubeObject[] {
  const mode = scenario.kubeProxyMode === 'iptables' ? '""' : scenario.kubeProxyMode;
  const proxyConf = `apiVersion: kubeproxy.config.k8s.io/v1alpha1\nbindAddress: 0.0.0.0\nclusterCIDR: 10.244.0.0/16\nkind: KubeProxyConfiguration\nmode: ${mode}\n`;
  return [
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'coredns', namespace: 'kube-system' }, data: { Corefile: COREFILE } } as KubeObject,
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-proxy', namespace: 'kube-system', labels: { app: 'kube-proxy' } }, data: { 'config.conf': proxyConf } } as KubeObject,
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'kube-flannel-cfg', namespace: 'kube-flannel', labels: { app: 'flannel', 'k8s-app': 'flannel', tier: 'node' } },
      data: {
        'cni-conf.json': '{\n  "name": "cbr0",\n  "cniVersion": "0.3.1",\n  "plugins": [\n    {\n      "type": "flannel",\n      "delegate": {\n        "hairpinMode": true,\n        "isDefaultGateway": true\n      }\n    },\n    {\n      "type": "portmap",\n      "capabilities": {\n        "portMappings": true\n      }\n    }\n  ]\n}\n',
        'net-conf.json': '{\n  "Network": "10.244.0.0/16",\n  "EnableNFTables": false,\n  "Backend": {\n    "Type": "vxlan"\n  }\n}\n',
      },
    } as KubeObject,
  ];
}

function services(): KubeObject[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
      spec: { clusterIP: KUBERNETES_SERVICE_IP, ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], type: 'ClusterIP' },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'kube-dns',
        namespace: 'kube-system',
        annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
        labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
      },
      spec: {
        clusterIP: KUBE_DNS_IP,
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
          { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
          { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
        ],
        selector: { 'k8s-app': 'kube-dns' },
        type: 'ClusterIP',
      },
    },
  ];
}

/** kube-apiserver's own endpoints reconciler keeps these two for the `kubernetes` Service. */
function apiServerEndpoints(apiServerIP: string): KubeObject[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
      subsets: [{ addresses: [{ ip: apiServerIP }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
    } as KubeObject,
    {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
      addressType: 'IPv4',
      endpoints: [{ addresses: [apiServerIP], conditions: { ready: true } }],
      ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
    } as KubeObject,
  ];
}

function daemonSet(name: string, namespace: string, labels: Record<string, string>, nodes: number): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name, namespace, labels, generation: 1 },
    spec: {
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name, image: 'placeholder' }] } },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
    },
    status: { currentNumberScheduled: nodes, desiredNumberScheduled: nodes, numberAvailable: nodes, numberMisscheduled: 0, numberReady: nodes, observedGeneration: 1, updatedNumberScheduled: nodes },
  } as KubeObject;
}

/** First wave after the namespaces: everything that owns nothing created by kubeadm. */
export function systemObjects(scenario: Scenario, apiServerIP: string): KubeObject[] {
  const n = scenario.nodes.length;
  const corednsLabels = { 'k8s-app': 'kube-dns' };
  const coredns: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'coredns', namespace: 'kube-system', labels: corednsLabels, annotations: { 'deployment.kubernetes.io/revision': '1' }, generation: 1 },
    spec: {
      replicas: 2,
      selector: { matchLabels: corednsLabels },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
      template: { metadata: { labels: corednsLabels }, spec: corednsTemplateSpec() },
    },
    status: { availableReplicas: 2, observedGeneration: 1, readyReplicas: 2, replicas: 2, updatedReplicas: 2 },
  };
  const withTemplate = (ds: KubeObject, image: string, container: string, nodeSelector?: Record<string, string>): KubeObject => {
    const spec = ds.spec as { template: { spec: { containers: { name: string; image: string }[]; nodeSelector?: Record<string, string> } } };
    spec.template.spec.containers = [{ name: container, image }];
    if (nodeSelector) spec.template.spec.nodeSelector = nodeSelector;
    return ds;
  };
  return [
    ...configMaps(scenario),
    ...services(),
    ...apiServerEndpoints(apiServerIP),
    coredns,
    withTemplate(daemonSet('kube-proxy', 'kube-system', { 'k8s-app': 'kube-proxy' }, n), 'registry.k8s.io/kube-proxy:v1.35.0', 'kube-proxy', { 'kubernetes.io/os': 'linux' }),
    withTemplate(daemonSet('kube-flannel-ds', 'kube-flannel', { app: 'flannel', 'k8s-app': 'flannel' }, n), 'ghcr.io/flannel-io/flannel:v0.27.4', 'kube-flannel'),
  ];
}

/** The coredns Deployment's ReplicaSet, owned by it. */
export function corednsReplicaSet(uids: Uids): KubeObject {
  const labels = { 'k8s-app': 'kube-dns', 'pod-template-hash': COREDNS_RS_HASH };
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `coredns-${COREDNS_RS_HASH}`,
      namespace: 'kube-system',
      labels,
      annotations: { 'deployment.kubernetes.io/desired-replicas': '2', 'deployment.kubernetes.io/max-replicas': '3', 'deployment.kubernetes.io/revision': '1' },
      ownerReferences: owner(uids, 'apps/v1', 'Deployment', 'coredns'),
      generation: 1,
    },
    spec: { replicas: 2, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: corednsTemplateSpec() } },
    status: { availableReplicas: 2, fullyLabeledReplicas: 2, observedGeneration: 1, readyReplicas: 2, replicas: 2 },
  };
}

/** Fill in the owners' UIDs now that they exist. */
export function withOwnerUids(obj: KubeObject, uids: Uids): KubeObject {
  const refs = obj.metadata?.ownerReferences;
  if (!refs) return obj;
  return { ...obj, metadata: { ...obj.metadata, ownerReferences: refs.map((r) => ({ ...r, uid: uids.get(`${r.kind}/${r.name}`) ?? r.uid })) } };
}
