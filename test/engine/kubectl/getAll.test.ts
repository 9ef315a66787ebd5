import { describe, expect, it } from 'vitest';
import { cluster } from './helpers';

describe('kubectl get all', () => {
  it('prints each kind of the all category as its own table with kind prefixes', () => {
    const sb = cluster();
    sb.run('kubectl run web --image=nginx');
    const out = sb.run('kubectl get all').output;
    expect(out).toMatch(/^NAME {6}READY {3}STATUS {4}RESTARTS {3}AGE\npod\/web {3}0\/1 {5}Pending {3}0 {10}0s\n\nNAME {17}TYPE/);
    expect(out).toContain('service/kubernetes   ClusterIP   10.96.0.1');
  });

  it('lists the system workloads of kube-system, and says when a namespace is empty', () => {
    const sb = cluster();
    const out = sb.run('kubectl get all -n kube-system').output;
    expect(out).toContain('\ndeployment.apps/coredns   2/2     2            2           10m\n');
    expect(out).toContain('\ndaemonset.apps/kube-proxy   3 ');
    expect(sb.run('kubectl get all -n nosuch').output).toBe('No resources found in nosuch namespace.\n');
  });
});

describe('kubectl get across namespaces', () => {
  it('lists in etcd key order, so dev-team comes before dev (a "-" sorts before the "/" after a namespace)', () => {
    const sb = cluster();
    for (const ns of ['dev', 'dev-team']) {
      expect(sb.run(`kubectl create namespace ${ns}`).exitCode).toBe(0);
      expect(sb.run(`kubectl run web --image=nginx -n ${ns}`).exitCode).toBe(0);
    }
    const rows = sb.run('kubectl get pods -A --no-headers').output.trim().split('\n').map((l) => l.split(/\s+/).slice(0, 2).join('/'));
    expect(rows.filter((r) => r.endsWith('/web'))).toEqual(['dev-team/web', 'dev/web']);
    expect(sb.snapshot().objects.pods!.filter((p) => p.metadata?.name === 'web').map((p) => p.metadata?.namespace)).toEqual(['dev-team', 'dev']);
  });
});
