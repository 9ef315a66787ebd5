import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../src/engine/api/objects';
import type { ApiResponse } from '../../../src/engine/api/protocol';
import type { RequestSpec } from '../../../src/engine/api/client';
import { podsForDeletion, podsToDelete, warningsText, type DrainFilterOptions } from '../../../src/engine/kubectl/commands/drainFilters';
import type { GoError } from '../../../src/engine/kubectl/goErrors';
import type { KubectlEffect } from '../../../src/engine/kubectl/program';
import { cluster, kubectlRequests } from './helpers';

const options: DrainFilterOptions = { force: false, ignoreDaemonSets: false, deleteEmptyDirData: false, skipWaitForDeleteTimeoutSeconds: 0, podSelector: '', now: () => 0 };

const owned = (kind: string) => [{ apiVersion: 'apps/v1', kind, name: 'owner', uid: 'u', controller: true }];
const pod = (ns: string, name: string, extra: Partial<Pod> = {}): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { namespace: ns, name, ...(extra.metadata ?? {}) },
  spec: { containers: [{ name: 'c', image: 'nginx' }], ...(extra.spec ?? {}) },
  status: { phase: 'Running', ...(extra.status ?? {}) },
});

const PODS = [
  pod('default', 'bare'),
  pod('default', 'cache', { metadata: { ownerReferences: owned('ReplicaSet') }, spec: { containers: [], volumes: [{ name: 'v', emptyDir: {} }] } }),
  pod('default', 'done', { status: { phase: 'Succeeded' } }),
  pod('default', 'web', { metadata: { ownerReferences: owned('ReplicaSet') } }),
  pod('kube-system', 'etcd-node-1', { metadata: { annotations: { 'kubernetes.io/config.mirror': 'x' }, ownerReferences: owned('Node') } }),
  pod('kube-system', 'kube-proxy-abcde', { metadata: { ownerReferences: owned('DaemonSet') } }),
];

/** Run podsForDeletion against a canned LIST, answering the DaemonSet GETs with `daemonSet`. */
function filter(o: Partial<DrainFilterOptions>, daemonSet: ApiResponse['code'] = 200) {
  const gen = podsForDeletion('node-1', { ...options, ...o });
  const requests: string[] = [];
  let step = gen.next();
  while (!step.done) {
    const effect = step.value as Extract<KubectlEffect, { op: 'request' }>;
    const spec: RequestSpec = effect.spec;
    requests.push(`${spec.verb} ${spec.resource} ${spec.name ?? JSON.stringify(spec.query)}`);
    const res: ApiResponse =
      spec.verb === 'list'
        ? { type: 'api.response', id: '', code: 200, body: { apiVersion: 'v1', kind: 'PodList', metadata: {}, items: PODS } }
        : daemonSet === 200
          ? { type: 'api.response', id: '', code: 200, body: { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'owner' } } }
          : { type: 'api.response', id: '', code: 404, status: { apiVersion: 'v1', kind: 'Status', status: 'Failure', reason: 'NotFound', code: 404, message: 'daemonsets.apps "owner" not found' } };
    step = gen.next(res);
  }
  const result = step.value as { list: { pod: Pod }[]; errors: GoError[] };
  return { requests, errors: result.errors.map((e) => e.message), evict: podsToDelete(result.list as never).map((p) => p.metadata?.name), warnings: warningsText(result.list as never) };
}

describe('which Pods kubectl drain may evict (drainFilters)', () => {
  it('lists the node\'s Pods in every namespace, and GETs the DaemonSet of a daemon Pod', () => {
    expect(filter({}).requests).toEqual(['list pods {"fieldSelector":"spec.nodeName=node-1","limit":"500"}', 'get daemonsets owner']);
  });

  it('refuses DaemonSet Pods, emptyDir data and bare Pods, one error per reason in the filters\' order', () => {
    expect(filter({}).errors).toEqual([
      'cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/kube-proxy-abcde',
      'cannot delete Pods with local storage (use --delete-emptydir-data to override): default/cache',
      'cannot delete Pods that declare no controller (use --force to override): default/bare',
    ]);
  });

  it('with the flags, evicts all but DaemonSet and mirror Pods, and warns about what it ignores or deletes', () => {
    const r = filter({ force: true, ignoreDaemonSets: true, deleteEmptyDirData: true });
    expect(r.errors).toEqual([]);
    expect(r.evict).toEqual(['bare', 'cache', 'done', 'web']);
    // The emptyDir warning is overwritten by the next filter's verdict, as in kubectl.
    expect(r.warnings).toBe('ignoring DaemonSet-managed Pods: kube-system/kube-proxy-abcde; deleting Pods that declare no controller: default/bare');
  });

  it('deletes an orphaned daemon Pod under --force, and refuses it without', () => {
    const r = filter({ force: true, deleteEmptyDirData: true }, 404);
    expect(r.evict).toContain('kube-proxy-abcde');
    // Its warning (the GET's error) is overwritten by the last filter's Okay, as in kubectl.
    expect(r.warnings).toBe('deleting Pods that declare no controller: default/bare');
    expect(filter({ ignoreDaemonSets: true, deleteEmptyDirData: true }, 404).errors).toEqual([
      'cannot delete Pods that declare no controller (use --force to override): default/bare',
      'cannot delete daemonsets.apps "owner" not found: kube-system/kube-proxy-abcde',
    ]);
  });
});

describe('kubectl drain in the trace', () => {
  it('evicts each Pod with a traced POST to its eviction subresource, and the node controller taints the node', () => {
    const sb = cluster();
    sb.run('kubectl cordon node-2');
    sb.run('kubectl create deployment web --image=nginx --replicas=2');
    sb.run('kubectl wait --for=condition=Available deployment/web --timeout=60s');
    sb.run('kubectl uncordon node-2');
    const pods = sb.run("kubectl get pods -o jsonpath='{.items[*].metadata.name}'").output.split(' ');
    const from = sb.trace.length;
    const before = kubectlRequests(sb).length;
    expect(sb.run('kubectl drain node-1 --ignore-daemonsets').exitCode).toBe(0);
    const evictions = sb.trace.slice(from).filter((e) => e.from === 'kubectl' && e.to === 'apiServer' && e.kind === 'pod.eviction.create');
    expect(evictions.map((e) => e.ref?.name)).toEqual(pods);
    expect(kubectlRequests(sb).slice(before)).toEqual(
      expect.arrayContaining(pods.map((p) => `POST /api/v1/namespaces/default/pods/${p}/eviction`)),
    );
    expect(sb.trace.slice(from).filter((e) => e.from === 'apiServer' && e.to === 'kubectl' && e.kind === 'pod.eviction.create.response')).toHaveLength(2);
    expect(sb.trace.slice(from).some((e) => e.from === 'controllerManager' && e.kind === 'node.patch' && e.ref?.name === 'node-1')).toBe(true);
  });
});
