import { describe, expect, it } from 'vitest';
import { cluster, timed } from './helpers';

const DEV = `apiVersion: v1
kind: Namespace
metadata:
  name: dev
---
apiVersion: v1
kind: Pod
metadata:
  name: kubia
  namespace: dev
spec:
  containers:
  - name: kubia
    image: luksa/kubia
`;

describe('deleting a namespace (the namespace controller)', () => {
  it('shows Terminating, refuses new content, and goes once its Pods are gone', () => {
    const sb = cluster({ 'dev.yaml': DEV });
    sb.run('kubectl apply -f dev.yaml');
    sb.run('sleep 20');
    expect(sb.run('kubectl delete ns dev --wait=false').output).toBe('namespace "dev" deleted\n');
    expect(sb.run('kubectl get ns dev').output).toMatch(/^NAME {3}STATUS {8}AGE\ndev {4}Terminating {3}20s\n$/);
    expect(sb.run('kubectl run late --image=nginx -n dev').output).toBe(
      'Error from server (Forbidden): pods "late" is forbidden: unable to create new content in namespace dev because it is being terminated\n',
    );
    sb.run('sleep 6');
    const yaml = sb.run('kubectl get ns dev -o yaml').output;
    expect(yaml).toContain("message: 'Some resources are remaining: pods. has 1 resource instances'");
    expect(yaml).toContain('reason: SomeResourcesRemain');
    expect(sb.run('kubectl get pods -n dev').output).toContain('Terminating');
    sb.run('sleep 60');
    expect(sb.run('kubectl get ns dev').output).toBe('Error from server (NotFound): namespaces "dev" not found\n');
  });

  it('kubectl delete ns waits until the namespace is gone', () => {
    const sb = cluster({ 'dev.yaml': DEV });
    sb.run('kubectl apply -f dev.yaml');
    sb.run('sleep 20');
    const r = timed(sb, 'kubectl delete ns dev');
    expect(r.output).toBe('namespace "dev" deleted\n');
    // kubia ignores SIGTERM: 30 s of grace, then the controller's next look (5 s delay, estimate/2 + 1 s rechecks).
    expect(r.seconds).toBeGreaterThan(30);
    expect(r.seconds).toBeLessThan(60);
    expect(sb.run('kubectl get ns').output).not.toContain('dev');
  });

  it('an empty namespace goes after the controller\'s 5 s delay', () => {
    const sb = cluster({ 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: empty\n' });
    sb.run('kubectl apply -f ns.yaml');
    const r = timed(sb, 'kubectl delete namespace empty');
    expect(r.seconds).toBeGreaterThanOrEqual(5);
    expect(r.seconds).toBeLessThan(6);
  });
});
