import { describe, expect, it } from 'vitest';
import type { EndpointSlice, KubeObject, Pod, Service } from '../../../src/engine/api/objects';
import {
  formatTable,
  noResourcesMessage,
  printEndpointSlices,
  printNames,
  printPods,
  printServices,
  printTable,
} from '../../../src/engine/kubectl/printers';
import { makePod, running, status, waiting } from './podBuilders';

const NOW = Date.parse('2026-01-01T00:00:13Z');

function readyPod(name: string, extra: { ip?: string; node?: string; labels?: Record<string, string>; namespace?: string } = {}): Pod {
  const pod = makePod({ name, statuses: [status('app', running(), { ready: true })], nodeName: extra.node });
  pod.metadata = { ...pod.metadata, ...(extra.labels ? { labels: extra.labels } : {}), namespace: extra.namespace ?? 'default' };
  if (extra.ip) pod.status = { ...pod.status, podIP: extra.ip, podIPs: [{ ip: extra.ip }] };
  return pod;
}

describe('formatTable (cli-runtime tabwriter: padding 3, minwidth 6)', () => {
  it('upper-cases the header and pads each column to its widest cell plus three', () => {
    expect(formatTable(['name', 'data', 'age'], [['nginxconfigmap', '1', '114s']])).toBe(
      'NAME             DATA   AGE\n' + 'nginxconfigmap   1      114s\n',
    );
  });
  it('never makes a column narrower than six', () => {
    expect(formatTable(['A', 'B'], [['x', 'y']])).toBe('A     B\nx     y\n');
  });
});

describe('kubectl get pods', () => {
  it('aligns NAME READY STATUS RESTARTS AGE', () => {
    const pods = [readyPod('nginx-deployment-67d4bdd6f5-cx2nz'), readyPod('nginx-deployment-67d4bdd6f5-w6kd7')];
    expect(printPods(pods, { now: NOW })).toBe(
      'NAME                                READY   STATUS    RESTARTS   AGE\n' +
        'nginx-deployment-67d4bdd6f5-cx2nz   1/1     Running   0          13s\n' +
        'nginx-deployment-67d4bdd6f5-w6kd7   1/1     Running   0          13s\n',
    );
  });

  it('-o wide adds IP NODE NOMINATED NODE READINESS GATES with <none> for blanks', () => {
    const pending = makePod({ name: 'pending', phase: 'Pending' });
    const pods = [pending, readyPod('web', { ip: '10.244.1.5', node: 'node-1' })];
    expect(printPods(pods, { now: NOW, wide: true })).toBe(
      'NAME      READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES\n' +
        'pending   0/1     Pending   0          13s   <none>       <none>   <none>           <none>\n' +
        'web       1/1     Running   0          13s   10.244.1.5   node-1   <none>           <none>\n',
    );
  });

  it('--show-labels appends LABELS sorted by key, <none> when empty', () => {
    const pods = [readyPod('web', { labels: { tier: 'web', app: 'nginx' } }), readyPod('bare')];
    expect(printPods(pods, { now: NOW, showLabels: true })).toBe(
      'NAME   READY   STATUS    RESTARTS   AGE   LABELS\n' +
        'web    1/1     Running   0          13s   app=nginx,tier=web\n' +
        'bare   1/1     Running   0          13s   <none>\n',
    );
  });

  it('-A prepends NAMESPACE', () => {
    const pods = [readyPod('coredns-668d6bf9bc-7xq4h', { namespace: 'kube-system' }), readyPod('web')];
    expect(printPods(pods, { now: NOW, withNamespace: true })).toBe(
      'NAMESPACE     NAME                       READY   STATUS    RESTARTS   AGE\n' +
        'kube-system   coredns-668d6bf9bc-7xq4h   1/1     Running   0          13s\n' +
        'default       web                        1/1     Running   0          13s\n',
    );
  });

  it('--no-headers aligns the rows on their own', () => {
    const pods = [makePod({ name: 'a', phase: 'Pending', statuses: [status('app', waiting('ContainerCreating'))] })];
    expect(printPods(pods, { now: NOW, noHeaders: true })).toBe('a     0/1   ContainerCreating   0     13s\n');
  });

  it('prints nothing for an empty list; the caller prints the message', () => {
    expect(printPods([], { now: NOW })).toBe('');
    expect(noResourcesMessage('default')).toBe('No resources found in default namespace.');
    expect(noResourcesMessage(undefined)).toBe('No resources found');
  });
});

function service(name: string, spec: Service['spec'], extra: Partial<Service> = {}): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default', creationTimestamp: '2026-01-01T00:00:00Z' },
    spec,
    ...extra,
  };
}

describe('kubectl get services', () => {
  it('prints CLUSTER-IP, <none> EXTERNAL-IP and PORT(S) as kubectl does', () => {
    const svcs = [
      service('kube-dns', {
        type: 'ClusterIP',
        clusterIP: '10.96.0.10',
        clusterIPs: ['10.96.0.10'],
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP' },
          { name: 'dns-tcp', port: 53, protocol: 'TCP' },
        ],
      }),
      service('web', {
        type: 'NodePort',
        clusterIP: '10.96.120.7',
        clusterIPs: ['10.96.120.7'],
        ports: [{ port: 80, nodePort: 30080, protocol: 'TCP' }],
        selector: { app: 'web' },
      }),
      service('lb', { type: 'LoadBalancer', clusterIPs: ['10.96.3.3'], ports: [{ port: 8080, nodePort: 31704, protocol: 'TCP' }] }),
      service('db', { type: 'ClusterIP', clusterIP: 'None', clusterIPs: ['None'], ports: [{ port: 5432, protocol: 'TCP' }] }),
    ];
    expect(printServices(svcs, { now: NOW, wide: true })).toBe(
      'NAME       TYPE           CLUSTER-IP    EXTERNAL-IP   PORT(S)          AGE   SELECTOR\n' +
        'kube-dns   ClusterIP      10.96.0.10    <none>        53/UDP,53/TCP    13s   <none>\n' +
        'web        NodePort       10.96.120.7   <none>        80:30080/TCP     13s   app=web\n' +
        'lb         LoadBalancer   10.96.3.3     <pending>     8080:31704/TCP   13s   <none>\n' +
        'db         ClusterIP      None          <none>        5432/TCP         13s   <none>\n',
    );
  });
});

describe('kubectl get endpointslices', () => {
  it('prints ADDRESSTYPE, port numbers and at most three endpoints', () => {
    const slice = (name: string, addrs: string[]): EndpointSlice => ({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name, namespace: 'default', creationTimestamp: '2026-01-01T00:00:00Z' },
      addressType: 'IPv4',
      ports: [{ name: '', port: 80, protocol: 'TCP' }],
      endpoints: addrs.map((a) => ({ addresses: [a], conditions: { ready: true } })),
    });
    const out = printEndpointSlices(
      [slice('my-nginx-7vzhx', ['10.244.2.5', '10.244.3.4']), slice('big-x8k2p', ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5']), { ...slice('empty-qq8ds', []), ports: [] }],
      { now: NOW },
    );
    expect(out).toBe(
      'NAME             ADDRESSTYPE   PORTS     ENDPOINTS                                AGE\n' +
        'my-nginx-7vzhx   IPv4          80        10.244.2.5,10.244.3.4                    13s\n' +
        'big-x8k2p        IPv4          80        10.0.0.1,10.0.0.2,10.0.0.3 + 2 more...   13s\n' +
        'empty-qq8ds      IPv4          <unset>   <unset>                                  13s\n',
    );
  });
});

describe('printTable dispatch and -o name', () => {
  const obj = (apiVersion: string, kind: string, name: string, extra: Record<string, unknown> = {}): KubeObject => ({
    apiVersion,
    kind,
    metadata: { name, namespace: 'default', creationTimestamp: '2026-01-01T00:00:00Z' },
    ...extra,
  });

  it('uses the Deployment columns for deploy/deployments', () => {
    const d = obj('apps/v1', 'Deployment', 'nginx-deployment', { spec: { replicas: 3, template: { spec: { containers: [] } } }, status: {} });
    const expected = 'NAME               READY   UP-TO-DATE   AVAILABLE   AGE\n' + 'nginx-deployment   0/3     0            0           13s\n';
    expect(printTable('deploy', [d], { now: NOW })).toBe(expected);
    expect(printTable('deployments', [d], { now: NOW })).toBe(expected);
  });

  it('uses the ReplicaSet columns', () => {
    const rs = obj('apps/v1', 'ReplicaSet', 'nginx-deployment-75675f5897', {
      spec: { replicas: 3, selector: { matchLabels: { app: 'nginx' } } },
      status: { replicas: 3, readyReplicas: 3 },
    });
    expect(printTable('rs', [rs], { now: NOW })).toBe(
      'NAME                          DESIRED   CURRENT   READY   AGE\n' + 'nginx-deployment-75675f5897   3         3         3       13s\n',
    );
  });

  it('falls back to NAME AGE', () => {
    expect(printTable('persistentvolumeclaims', [obj('v1', 'PersistentVolumeClaim', 'data')], { now: NOW })).toBe(
      'NAME   AGE\ndata   13s\n',
    );
  });

  it('prints kind/name, with the group for non-core kinds', () => {
    expect(printNames('pods', [obj('v1', 'Pod', 'web')])).toBe('pod/web\n');
    expect(printNames('deploy', [obj('apps/v1', 'Deployment', 'web')])).toBe('deployment.apps/web\n');
    expect(printNames('endpointslices', [obj('discovery.k8s.io/v1', 'EndpointSlice', 'web-abcde')])).toBe(
      'endpointslice.discovery.k8s.io/web-abcde\n',
    );
  });
});
