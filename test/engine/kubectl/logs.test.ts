import { describe, expect, it } from 'vitest';
import { cluster, kubectlRequests } from './helpers';

const TWO = `apiVersion: v1
kind: Pod
metadata:
  name: pair
spec:
  initContainers:
  - name: setup
    image: busybox
    command: ["sh", "-c", "echo set up"]
  containers:
  - name: web
    image: nginx
  - name: sidecar
    image: busybox
    command: ["sh", "-c", "echo side; sleep 3600"]
`;

describe('kubectl logs', () => {
  it('GETs the Pod, then pods/NAME/log for its one container', () => {
    const sb = cluster();
    sb.run('kubectl apply -f pod.yaml');
    sb.run('sleep 30');
    expect(sb.run('kubectl logs kubia-manual').output).toBe('Kubia server starting...\n');
    expect(sb.run('kubectl logs pod/kubia-manual --tail=1').output).toBe('Kubia server starting...\n');
    expect(kubectlRequests(sb).slice(-2)).toEqual([
      'GET /api/v1/namespaces/default/pods/kubia-manual',
      'GET /api/v1/namespaces/default/pods/kubia-manual/log?container=kubia&tailLines=1',
    ]);
  });

  it('picks the first container of several and says so on stderr', () => {
    const sb = cluster({ 'pair.yaml': TWO });
    sb.run('kubectl apply -f pair.yaml');
    sb.run('sleep 20');
    const r = sb.run('kubectl logs pair');
    expect(r.output.startsWith('Defaulted container "web" out of: web, sidecar, setup (init)\n/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty')).toBe(true);
    expect(sb.run('kubectl logs pair -c sidecar').output).toBe('side\n');
    expect(sb.run('kubectl logs pair sidecar').output).toBe('side\n');
    expect(sb.run('kubectl logs pair -c setup').output).toBe('set up\n');
    expect(sb.run('kubectl logs pair -c nope').output).toBe('Error from server (BadRequest): container nope is not valid for pod pair\n');
  });

  it('passes the kubelet\'s reasons through: no previous instance, no such Pod', () => {
    const sb = cluster();
    sb.run('kubectl apply -f pod.yaml');
    sb.run('sleep 30');
    expect(sb.run('kubectl logs kubia-manual -p').output).toBe(
      'Error from server (BadRequest): previous terminated container "kubia" in pod "kubia-manual" not found\n',
    );
    expect(sb.run('kubectl logs nope')).toEqual({ output: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
    expect(sb.run('kubectl logs').output).toBe(
      "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
    );
  });
});
