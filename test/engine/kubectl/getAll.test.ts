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
