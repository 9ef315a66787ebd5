import { describe, expect, it } from 'vitest';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet';
import { describeDeployment } from '../../../src/engine/kubectl/printers';
import { cluster, kubectlRequests } from './helpers';

const deployment = (image: string, extra = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: ${image}
${extra}`;

const BIG = `        resources:
          requests: {cpu: "3"}
`;

describe('kubectl describe deployment / replicaset', () => {
  it('GETs the Deployment, then its events, then its ReplicaSets by selector', () => {
    const sb = cluster();
    sb.run('kubectl create deployment web --image=nginx --replicas=2');
    sb.run('sleep 20');
    const before = kubectlRequests(sb).length;
    const out = sb.run('kubectl describe deploy web').output;
    const requests = kubectlRequests(sb).slice(before);
    expect(requests[1]).toBe('GET /apis/apps/v1/namespaces/default/deployments/web');
    expect(requests[2]).toMatch(/^GET \/api\/v1\/namespaces\/default\/events\?fieldSelector=involvedObject.kind%3DDeployment%2C/);
    expect(requests[3]).toBe('GET /apis/apps/v1/namespaces/default/replicasets?labelSelector=app%3Dweb&limit=500');
    expect(out).toContain('Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable\n');
    expect(out).toContain('RollingUpdateStrategy:  25% max unavailable, 25% max surge\nPod Template:\n  Labels:  app=web\n  Containers:\n   nginx:\n    Image:         nginx\n');
    expect(out).toContain('Conditions:\n  Type           Status  Reason\n  ----           ------  ------\n  Available      True    MinimumReplicasAvailable\n  Progressing    True    NewReplicaSetAvailable\nOldReplicaSets:  <none>\nNewReplicaSet:   web-7957885594 (2/2 replicas created)\n');
  });

  it('lists every old ReplicaSet, even scaled to zero, once a new template rolled out', () => {
    const sb = cluster({ 'web.yaml': deployment('nginx'), 'web2.yaml': deployment('nginx:1.27') });
    sb.run('kubectl apply -f web.yaml');
    sb.run('sleep 20');
    sb.run('kubectl apply -f web2.yaml');
    sb.run('sleep 60');
    const out = sb.run('kubectl describe deployment web').output;
    expect(out).toMatch(/\nOldReplicaSets: +web-7957885594 \(0\/0 replicas created\)\nNewReplicaSet: +web-\w+ \(2\/2 replicas created\)\n/);
    expect(out).toContain('Annotations:            deployment.kubernetes.io/revision: 2\n');
  });

  it('counts the Pods a ReplicaSet controls by phase and names its owner', () => {
    const sb = cluster({ 'big.yaml': deployment('nginx', BIG) });
    sb.run('kubectl apply -f big.yaml');
    sb.run('sleep 10');
    const before = kubectlRequests(sb).length;
    const out = sb.run('kubectl describe rs').output;
    const requests = kubectlRequests(sb).slice(before);
    expect(requests.filter((r) => r.includes('/pods'))).toEqual([
      expect.stringMatching(/^GET \/api\/v1\/namespaces\/default\/pods\?labelSelector=app%3Dweb%2Cpod-template-hash%3D\w+&limit=500$/),
    ]);
    expect(out).toMatch(/^Name: +web-\w+\nNamespace: +default\nSelector: +app=web,pod-template-hash=\w+\n/);
    expect(out).toContain('Controlled By:  Deployment/web\nReplicas:       2 current / 2 desired\nPods Status:    0 Running / 2 Waiting / 0 Succeeded / 0 Failed\n');
    expect(out).toContain('  Labels:  app=web\n           pod-template-hash=');
    expect(out).toContain('    Requests:\n      cpu:         3\n');
  });

  it('answers for every name, and for a name it cannot find', () => {
    const sb = cluster();
    sb.run('kubectl create deployment web --image=nginx');
    sb.run('kubectl create deployment api --image=nginx');
    sb.run('sleep 10');
    const both = sb.run('kubectl describe deployments.apps web api -n default').output;
    expect(both).toMatch(/^Name: +web\n[\s\S]*\n\n\nName: +api\n/);
    expect(sb.run('kubectl describe deploy -l app=api').output).toMatch(/^Name: +api\n/);
    expect(sb.run('kubectl describe deploy/nope')).toEqual({ output: 'Error from server (NotFound): deployments.apps "nope" not found\n', exitCode: 1 });
  });
});

describe('describeDeployment', () => {
  const base: IDeployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', creationTimestamp: '2026-01-05T09:10:00Z' },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'web' } },
      strategy: { type: 'Recreate' },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } },
    },
    status: {
      replicas: 3,
      updatedReplicas: 3,
      availableReplicas: 2,
      unavailableReplicas: 1,
      conditions: [
        { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
        { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' },
      ],
    },
  };

  const rs: IReplicaSet = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'web-7957885594' },
    spec: { replicas: 3, selector: { matchLabels: { app: 'web' } } },
    status: { replicas: 3 },
  };
  const now = Date.parse('2026-01-05T09:11:00Z');

  it('prints the conditions the Deployment has, in one column with the ReplicaSet lines', () => {
    const out = describeDeployment(base, [], rs, [], now);
    expect(out).toContain('Replicas:           3 desired | 3 updated | 3 total | 2 available | 1 unavailable\nStrategyType:       Recreate\nMinReadySeconds:    0\nPod Template:\n');
    expect(out).toContain(
      'Conditions:\n  Type           Status  Reason\n  ----           ------  ------\n  Available      True    MinimumReplicasAvailable\n' +
        '  Progressing    True    NewReplicaSetAvailable\nOldReplicaSets:  <none>\nNewReplicaSet:   web-7957885594 (3/3 replicas created)\nEvents:          <none>\n',
    );
  });

  it('leaves out the ReplicaSet lines before the Deployment has any', () => {
    const out = describeDeployment(base, [], undefined, [], now);
    expect(out).not.toContain('OldReplicaSets:');
    expect(out).not.toContain('NewReplicaSet:');
  });
});
