import { describe, expect, it } from 'vitest';
import { cluster, kubectlRequests, timed, WEB_POD } from './helpers';

describe('kubectl delete', () => {
  it('prints the v1.35 wording and waits out kubia\'s 30 s grace period (it ignores SIGTERM)', () => {
    const sb = cluster();
    sb.run('kubectl apply -f pod.yaml');
    sb.run('sleep 30');
    const r = timed(sb, 'kubectl delete pod kubia-manual');
    expect(r.output).toBe('pod "kubia-manual" deleted from default namespace\n');
    expect(r.exitCode).toBe(0);
    expect(r.seconds).toBeGreaterThanOrEqual(30);
    expect(r.seconds).toBeLessThan(35);
    expect(sb.run('kubectl get pods').output).toBe('No resources found in default namespace.\n');
  });

  it('returns almost at once for nginx, which stops on SIGTERM', () => {
    const sb = cluster({ 'web.yaml': WEB_POD });
    sb.run('kubectl apply -f web.yaml');
    sb.run('sleep 10');
    const r = timed(sb, 'kubectl delete -f web.yaml');
    expect(r.output).toBe('pod "web" deleted from default namespace\n');
    expect(r.seconds).toBeLessThan(3);
  });

  it('with --wait=false leaves the Pod Terminating behind it', () => {
    const sb = cluster();
    sb.run('kubectl apply -f pod.yaml');
    sb.run('sleep 20');
    const r = timed(sb, 'kubectl delete pod kubia-manual --wait=false');
    expect(r.seconds).toBeLessThan(1);
    expect(sb.run('kubectl get pods').output).toMatch(/kubia-manual {3}1\/1 {5}Terminating {3}0 {10}20s/);
  });

  it('sends the grace period kubectl computes: --now is 1, --force is 0 with its warning', () => {
    const sb = cluster({ 'web.yaml': WEB_POD });
    sb.run('kubectl apply -f web.yaml');
    sb.run('sleep 5');
    expect(sb.run('kubectl delete pod web --now').output).toBe('pod "web" deleted from default namespace\n');
    sb.run('kubectl apply -f web.yaml');
    sb.run('sleep 5');
    const forced = sb.run('kubectl delete pod web --force');
    expect(forced.output).toBe(
      'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\npod "web" force deleted from default namespace\n',
    );
    const deletes = kubectlRequests(sb).filter((l) => l.startsWith('DELETE'));
    expect(deletes).toEqual([
      'DELETE /api/v1/namespaces/default/pods/web?gracePeriodSeconds=1&propagationPolicy=Background',
      'DELETE /api/v1/namespaces/default/pods/web?gracePeriodSeconds=0&propagationPolicy=Background',
    ]);
  });

  it('reports a missing name after deleting the others, exits 1 and does not wait', () => {
    const sb = cluster({ 'web.yaml': WEB_POD });
    sb.run('kubectl apply -f web.yaml -f pod.yaml');
    sb.run('sleep 20');
    const r = timed(sb, 'kubectl delete pod web nope kubia-manual');
    expect(r.output).toBe(
      'pod "web" deleted from default namespace\npod "kubia-manual" deleted from default namespace\nError from server (NotFound): pods "nope" not found\n',
    );
    expect(r.exitCode).toBe(1);
    expect(r.seconds).toBeLessThan(1);
  });

  it('says "No resources found" when a selector matches nothing, and refuses a type without names', () => {
    const sb = cluster();
    expect(sb.run('kubectl delete pods -l app=nothing')).toEqual({ output: 'No resources found\n', exitCode: 0 });
    expect(sb.run('kubectl delete pods')).toEqual({ output: 'error: resource(s) were provided, but no name was specified\n', exitCode: 1 });
    expect(sb.run('kubectl delete pods --all -l app=x').output).toBe('error: cannot set --all and --selector at the same time\n');
  });

  it('gives up waiting after --timeout, while the deletion goes on', () => {
    const sb = cluster();
    sb.run('kubectl apply -f pod.yaml');
    sb.run('sleep 20');
    const r = timed(sb, 'kubectl delete pod kubia-manual --timeout=5s');
    expect(r.output).toBe('pod "kubia-manual" deleted from default namespace\nerror: timed out waiting for the condition on pods/kubia-manual\n');
    expect(r.exitCode).toBe(1);
    expect(r.seconds).toBeCloseTo(5, 0);
  });
});
