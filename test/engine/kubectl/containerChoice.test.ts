// exec, attach and logs pick the container as kubectl does when -c is not given: the
// default-container annotation's, else the first, saying which when the Pod has others
// (init containers count: kubectl lists them after the app's).
import { describe, expect, it } from 'vitest';
import { cluster } from './helpers';

const pod = (annotation = '') => `apiVersion: v1
kind: Pod
metadata:
  name: one
${annotation}spec:
  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", "echo started; sleep 3600"]
  - name: side
    image: busybox
    command: ["sleep", "3600"]
  initContainers:
  - name: setup
    image: busybox
    command: ["true"]
`;

describe('the container kubectl picks', () => {
  it('is the first, and exec, attach and logs all name the others the same way', () => {
    const sb = cluster({ 'one.yaml': pod() });
    sb.run('kubectl apply -f one.yaml');
    sb.run('sleep 20');
    const note = 'Defaulted container "app" out of: app, side, setup (init)\n';
    expect(sb.run('kubectl exec one -- echo hi').output).toBe(`${note}hi\n`);
    expect(sb.run('kubectl logs one').output).toBe(`${note}started\n`);
    expect(sb.run('kubectl exec one -q -- echo hi').output).toBe('hi\n');
    expect(sb.run('kubectl exec one -c side -- echo hi').output).toBe('hi\n');
  });

  it('is the one the default-container annotation names, without a word', () => {
    const sb = cluster({ 'one.yaml': pod('  annotations:\n    kubectl.kubernetes.io/default-container: side\n') });
    sb.run('kubectl apply -f one.yaml');
    sb.run('sleep 20');
    expect(sb.run('kubectl exec one -- hostname').output).toBe('one\n');
    expect(sb.run('kubectl logs one').output).toBe('');
  });

  it('must exist when attach is given one with -c', () => {
    const sb = cluster({ 'one.yaml': pod() });
    sb.run('kubectl apply -f one.yaml');
    sb.run('sleep 20');
    const r = sb.run('kubectl attach one -c nope');
    expect(r.output).toBe('error: container nope not found in pod one\n');
    expect(r.exitCode).toBe(1);
  });
});
