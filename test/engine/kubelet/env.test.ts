import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/engine/sandbox';
import { expand } from '../../../src/engine/kubelet/env';

type Sb = ReturnType<typeof createSandbox>;

function envOf(sb: Sb, pod: string): string[] {
  return sb.run(`kubectl exec ${pod} -- env`).output.trim().split('\n');
}

function ready(sb: Sb, pod: string): void {
  sb.run(`kubectl wait --for=condition=Ready pod/${pod} --timeout=90s`);
}

describe("a container's environment", () => {
  it('has the kubernetes Service variables and HOME, after the image PATH and the hostname', () => {
    const sb = createSandbox({ seed: 4 });
    sb.run('kubectl run box --image=busybox -- sleep 3600');
    ready(sb, 'box');
    expect(envOf(sb, 'box')).toEqual([
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'HOSTNAME=box',
      'KUBERNETES_SERVICE_HOST=10.96.0.1',
      'KUBERNETES_SERVICE_PORT=443',
      'KUBERNETES_SERVICE_PORT_HTTPS=443',
      'KUBERNETES_PORT=tcp://10.96.0.1:443',
      'KUBERNETES_PORT_443_TCP=tcp://10.96.0.1:443',
      'KUBERNETES_PORT_443_TCP_PROTO=tcp',
      'KUBERNETES_PORT_443_TCP_PORT=443',
      'KUBERNETES_PORT_443_TCP_ADDR=10.96.0.1',
      'HOME=/root',
    ]);
  });

  it("gets the namespace's Services that existed when the container was made, unless service links are off", () => {
    const sb = createSandbox({ seed: 4 });
    sb.run('kubectl create deployment my-nginx --image=nginx --replicas=1');
    sb.run('kubectl expose deployment my-nginx --port=80');
    const ip = sb.run("kubectl get svc my-nginx -o jsonpath='{.spec.clusterIP}'").output;
    sb.run('kubectl run after --image=busybox -- sleep 3600');
    sb.run(`cat <<'YAML' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: nolinks
spec:
  enableServiceLinks: false
  containers:
  - name: app
    image: busybox
    command: ["sleep", "3600"]
YAML`);
    ready(sb, 'after');
    ready(sb, 'nolinks');
    const after = envOf(sb, 'after');
    expect(after).toEqual(expect.arrayContaining([`MY_NGINX_SERVICE_HOST=${ip}`, 'MY_NGINX_SERVICE_PORT=80', `MY_NGINX_PORT=tcp://${ip}:80`, `MY_NGINX_PORT_80_TCP_ADDR=${ip}`]));
    expect(envOf(sb, 'nolinks').filter((l) => l.includes('SERVICE_HOST'))).toEqual(['KUBERNETES_SERVICE_HOST=10.96.0.1']);
    // A Service made after the container started is not in its environment.
    sb.run('kubectl create service clusterip late --tcp=8080:8080');
    expect(envOf(sb, 'after').some((l) => l.startsWith('LATE_'))).toBe(false);
  });

  it('fills in the downward API and expands $(VAR) references', () => {
    const sb = createSandbox({ seed: 4 });
    sb.run(`cat <<'YAML' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: dapi
  labels:
    app: shop
spec:
  containers:
  - name: app
    image: busybox
    command: ["sleep", "3600"]
    resources:
      requests: {cpu: 125m, memory: 32Mi}
      limits: {memory: 64Mi}
    env:
    - {name: NODE, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}
    - {name: POD_IP, valueFrom: {fieldRef: {fieldPath: status.podIP}}}
    - {name: HOST_IP, valueFrom: {fieldRef: {fieldPath: status.hostIP}}}
    - {name: APP, valueFrom: {fieldRef: {fieldPath: "metadata.labels['app']"}}}
    - {name: CPU_REQUEST_M, valueFrom: {resourceFieldRef: {resource: requests.cpu, divisor: 1m}}}
    - {name: CPU_LIMIT, valueFrom: {resourceFieldRef: {resource: limits.cpu}}}
    - {name: MEM_LIMIT_MI, valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: 1Mi}}}
    - {name: URL, value: "http://$(POD_IP):80/$(MISSING)/$$(POD_IP)"}
YAML`);
    ready(sb, 'dapi');
    const pod = sb.snapshot().objects.pods!.find((p) => p.metadata?.name === 'dapi')!;
    const status = pod.status as { podIP: string; hostIP: string };
    const env = envOf(sb, 'dapi');
    expect(env).toEqual(
      expect.arrayContaining([
        `NODE=${(pod.spec as { nodeName: string }).nodeName}`,
        `POD_IP=${status.podIP}`,
        `HOST_IP=${status.hostIP}`,
        'APP=shop',
        'CPU_REQUEST_M=125',
        // No CPU limit: the node's allocatable (2 cores), rounded up to whole cores.
        'CPU_LIMIT=2',
        'MEM_LIMIT_MI=64',
        `URL=http://${status.podIP}:80/$(MISSING)/$(POD_IP)`,
      ]),
    );
  });

  it('expands references the way the kubelet does', () => {
    const vars = new Map([['A', 'x']]);
    const lookup = (n: string) => vars.get(n);
    expect(expand('$(A)-$(B)-$$(A)-$A-$(A', lookup)).toBe('x-$(B)-$(A)-$A-$(A');
  });
});
