import { describe, expect, it } from 'vitest';
import { deploymentFor } from '../../../src/engine/kubectl/commands/createDeployment';
import { cluster, kubectlRequests } from './helpers';

describe('kubectl create deployment and kubectl scale', () => {
  it('builds the Deployment kubectl builds: app label, containers named after images', () => {
    const d = deploymentFor('web', ['docker.io/library/nginx:1.27', 'my_app@sha256:abc', 'nginx'], 3, 80, []) as unknown as { spec: { replicas: number; template: { spec: { containers: { name: string; ports?: unknown }[] } } } };
    expect(d.spec.replicas).toBe(3);
    expect(d.spec.template.spec.containers.map((c) => c.name)).toEqual(['nginx', 'my-app', 'nginx-1']);
    expect(d.spec.template.spec.containers[0]!.ports).toEqual([{ containerPort: 80 }]);
    expect(d.spec.template.spec.containers[1]!.ports).toBeUndefined();
  });

  it('creates a Deployment whose Pods come up, then scales it with a PATCH of /scale', () => {
    const sb = cluster();
    expect(sb.run('kubectl create deployment web --image=nginx --replicas=2').output).toBe('deployment.apps/web created\n');
    sb.run('sleep 15');
    expect(sb.run('kubectl get deploy web').output).toMatch(/\nweb {4}2\/2 {5}2 {12}2 {11}15s\n$/);
    expect(sb.run('kubectl scale deployment web --replicas=3').output).toBe('deployment.apps/web scaled\n');
    expect(kubectlRequests(sb).at(-1)).toBe('PATCH /apis/apps/v1/namespaces/default/deployments/web/scale');
    sb.run('sleep 10');
    expect(sb.run("kubectl get pods -o jsonpath='{.items[*].status.phase}'").output).toBe('Running Running Running');
    expect(sb.run('kubectl scale rs --all --replicas=1').output).toMatch(/^replicaset\.apps\/web-[bcdf4-9]+ scaled\n$/);
  });

  it('refuses what kubectl refuses', () => {
    const sb = cluster();
    expect(sb.run('kubectl create deployment web').output).toBe('error: required flag(s) "image" not set\n');
    expect(sb.run('kubectl create deploy --image=nginx').output).toBe("error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples\n");
    expect(sb.run('kubectl scale deployment web').output).toBe('error: required flag(s) "replicas" not set\n');
  });
});
