import { describe, expect, it } from 'vitest';
import { cluster, kubectlRequests } from './helpers';

describe('kubectl describe', () => {
  it('GETs the Pod and LISTs its events by involvedObject kind, name, namespace and uid', () => {
    const sb = cluster();
    sb.run('kubectl apply -f pod.yaml');
    sb.run('sleep 30');
    const out = sb.run('kubectl describe pod kubia-manual').output;
    const uid = /uid: (\S+)/.exec(sb.run('kubectl get pod kubia-manual -o yaml').output)?.[1] ?? '';
    expect(kubectlRequests(sb)).toContain(
      `GET /api/v1/namespaces/default/events?fieldSelector=${encodeURIComponent(`involvedObject.kind=Pod,involvedObject.name=kubia-manual,involvedObject.namespace=default,involvedObject.uid=${uid}`)}&limit=500`,
    );
    expect(out).toMatch(/^Name: {13}kubia-manual\nNamespace: {8}default\n/);
    expect(out).toContain('  Normal  Scheduled  30s   default-scheduler  Successfully assigned default/kubia-manual to node-1\n');
    expect(out).toContain('  Normal  Started    23s   kubelet            spec.containers{kubia}: Container started\n');
  });

  it('treats a name that matches nothing as a prefix, and else reports NotFound', () => {
    const sb = cluster();
    sb.run('kubectl apply -f pod.yaml');
    const byPrefix = sb.run('kubectl describe pod kubia');
    expect(byPrefix.output).toMatch(/^Name: +kubia-manual\n/);
    expect(byPrefix.output.endsWith('\n\n')).toBe(true);
    expect(sb.run('kubectl describe pod nope')).toEqual({ output: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
    expect(sb.run('kubectl describe pods -l app=none').output).toBe('No resources found in default namespace.\n');
  });

  it('shows FailedScheduling for a Pod no node can hold', () => {
    const sb = cluster({
      'big.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\nspec:\n  containers:\n  - name: app\n    image: nginx\n    resources:\n      requests:\n        cpu: "3"\n',
    });
    sb.run('kubectl apply -f big.yaml');
    sb.run('sleep 5');
    const out = sb.run('kubectl describe pod big').output;
    expect(out).toContain('Node:             <none>\n');
    expect(out).toContain('Status:           Pending\n');
    expect(out).toContain(
      '  Warning  FailedScheduling  5s    default-scheduler  0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.\n',
    );
  });

  it('describes a node with the non-terminated Pods bound to it', () => {
    const sb = cluster();
    sb.run('kubectl apply -f pod.yaml');
    sb.run('sleep 10');
    const out = sb.run('kubectl describe node node-1').output;
    expect(kubectlRequests(sb)).toContain(`GET /api/v1/pods?fieldSelector=${encodeURIComponent('spec.nodeName=node-1,status.phase!=Succeeded,status.phase!=Failed')}&limit=500`);
    expect(out).toMatch(/Non-terminated Pods: +\(\d+ in total\)\n/);
    expect(out).toMatch(/\n {2}default {21}kubia-manual +0 \(0%\) +0 \(0%\) +0 \(0%\) +0 \(0%\) +10s\n/);
  });

  it('refuses to guess the type', () => {
    expect(cluster().run('kubectl describe').output).toBe(
      'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
    );
  });
});
