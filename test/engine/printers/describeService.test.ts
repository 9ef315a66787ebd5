import { describe, expect, it } from 'vitest';
import type { EndpointSlice, Namespace, Service } from '../../../src/engine/api/objects';
import { describeNamespace, describeService } from '../../../src/engine/kubectl/printers';

const NOW = Date.parse('2026-01-01T00:01:00Z');
const lines = (...ls: string[]): string => ls.map((l) => l + '\n').join('');

function myNginx(spec: Partial<NonNullable<Service['spec']>> = {}): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'my-nginx', namespace: 'default', labels: { run: 'my-nginx' }, creationTimestamp: '2026-01-01T00:00:00Z' },
    spec: {
      type: 'ClusterIP',
      selector: { run: 'my-nginx' },
      clusterIP: '10.96.162.149',
      clusterIPs: ['10.96.162.149'],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
      sessionAffinity: 'None',
      internalTrafficPolicy: 'Cluster',
      ...spec,
    },
  };
}

function slice(ready: Record<string, boolean>): EndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: 'my-nginx-7vzhx', namespace: 'default', labels: { 'kubernetes.io/service-name': 'my-nginx' } },
    addressType: 'IPv4',
    ports: [{ name: '', port: 80, protocol: 'TCP' }],
    endpoints: Object.entries(ready).map(([ip, r]) => ({ addresses: [ip], conditions: { ready: r } })),
  };
}

describe('kubectl describe service', () => {
  it('prints a ClusterIP Service with its ready endpoints', () => {
    expect(describeService(myNginx(), [slice({ '10.244.2.5': true, '10.244.3.4': true, '10.244.1.9': false })], [], NOW)).toBe(
      lines(
        'Name:                     my-nginx',
        'Namespace:                default',
        'Labels:                   run=my-nginx',
        'Annotations:              <none>',
        'Selector:                 run=my-nginx',
        'Type:                     ClusterIP',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.96.162.149',
        'IPs:                      10.96.162.149',
        'Port:                     <unset>  80/TCP',
        'TargetPort:               80/TCP',
        'Endpoints:                10.244.2.5:80,10.244.3.4:80',
        'Session Affinity:         None',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
      ),
    );
  });

  it('adds NodePort and External Traffic Policy for a NodePort Service; <none> without slices', () => {
    const svc = myNginx({ type: 'NodePort', externalTrafficPolicy: 'Cluster', ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'web', nodePort: 30080 }] });
    const out = describeService(svc, [], [], NOW);
    expect(out).toContain(
      lines(
        'Port:                     http  80/TCP',
        'TargetPort:               web/TCP',
        'NodePort:                 http  30080/TCP',
        'Endpoints:                <none>',
        'Session Affinity:         None',
        'External Traffic Policy:  Cluster',
        'Internal Traffic Policy:  Cluster',
      ),
    );
  });
});

describe('kubectl describe namespace', () => {
  it('prints name, labels, status and the absent quota and limit ranges', () => {
    const ns: Namespace = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'default', labels: { 'kubernetes.io/metadata.name': 'default' } },
      status: { phase: 'Active' },
    };
    expect(describeNamespace(ns, NOW)).toBe(
      lines(
        'Name:         default',
        'Labels:       kubernetes.io/metadata.name=default',
        'Annotations:  <none>',
        'Status:       Active',
        '',
        'No resource quota.',
        '',
        'No LimitRange resource.',
      ),
    );
  });
});
