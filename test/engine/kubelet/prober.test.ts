import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/engine';
import { extractPort, httpOutcome, probeAction, unhealthyMessage } from '../../../src/engine/kubelet/prober/spec';

const kubia = { name: 'kubia', image: 'luksa/kubia', ports: [{ name: 'http', containerPort: 8080 }] };

describe('prober spec (pkg/kubelet/prober, pkg/probe)', () => {
  it('resolves a named port, a numeric string, and reports strconv for a name that is not declared', () => {
    expect(extractPort('http', kubia)).toBe(8080);
    expect(extractPort('9090', kubia)).toBe(9090);
    expect(extractPort('metrics', kubia)).toEqual({ error: 'strconv.Atoi: parsing "metrics": invalid syntax' });
  });

  it('builds the URL from the Pod IP and words failures like the kubelet', () => {
    const a = probeAction({ httpGet: { path: '/healthz', port: 'http' } }, kubia, '10.244.1.5');
    expect(a).toMatchObject({ kind: 'http', url: 'http://10.244.1.5:8080/healthz', port: 8080 });
    expect(httpOutcome('http://10.244.1.5:8080/healthz', 8080, '10.244.1.5', { open: false }).output).toBe(
      'Get "http://10.244.1.5:8080/healthz": dial tcp 10.244.1.5:8080: connect: connection refused',
    );
    const o = httpOutcome('http://10.244.1.5:8080/', 8080, '10.244.1.5', { open: true, status: 500 });
    expect(unhealthyMessage('Liveness', o)).toBe('Liveness probe failed: HTTP probe failed with statuscode: 500');
    expect(httpOutcome('u', 8080, 'ip', { open: true, status: 302 }).result).toBe('success');
    expect(unhealthyMessage('Readiness', { result: 'unknown', output: 'strconv.Atoi: parsing "x": invalid syntax' })).toBe(
      'Readiness probe errored and resulted in unknown state: strconv.Atoi: parsing "x": invalid syntax',
    );
  });
});

function podWith(probes: string): string {
  return `cat > p.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: kubia
    image: luksa/kubia
    ports:
    - name: http
      containerPort: 8080
${probes}
YAML`;
}

describe('probes in a running cluster', () => {
  it('a startup probe holds started and ready back until it passes, then liveness and readiness run', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run(podWith('    startupProbe:\n      tcpSocket:\n        port: http\n      periodSeconds: 5\n    readinessProbe:\n      httpGet:\n        path: /\n        port: 8080'));
    sb.run('kubectl apply -f p.yaml');
    sb.run('sleep 20');
    expect(sb.run('kubectl get pod web').output).toMatch(/web +1\/1 +Running/);
    expect(sb.run('kubectl describe pod web').output).toContain('Startup:        tcp-socket :http delay=0s timeout=1s period=5s #success=1 #failure=3');
    const probes = sb.trace.filter((e) => e.kind === 'probe').map((e) => e.detail?.probe);
    expect(probes.slice(0, 2)).toEqual(['Startup', 'Readiness']);
    expect(sb.trace.find((e) => e.kind === 'probe')).toMatchObject({ from: 'kubelet/node-2', to: 'containerRuntime/node-2', detail: { container: 'kubia', action: 'tcp-socket :8080' } });
  });

  it('a startup probe on a closed port kills the container after failureThreshold tries', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run(podWith('    startupProbe:\n      tcpSocket:\n        port: 8081\n      periodSeconds: 2\n      failureThreshold: 2'));
    sb.run('kubectl apply -f p.yaml');
    sb.run('sleep 15');
    const out = sb.run('kubectl get events --field-selector reason!=Scheduled').output;
    expect(out).toMatch(/Warning +Unhealthy +pod\/web +Startup probe failed: dial tcp 10\.244\.\d+\.\d+:8081: connect: connection refused/);
    expect(out).toMatch(/Normal +Killing +pod\/web +Container kubia failed startup probe, will be restarted/);
  });

  it('a probe on an undeclared port name errors without reaching the container', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run(podWith('    readinessProbe:\n      httpGet:\n        port: metrics'));
    sb.run('kubectl apply -f p.yaml');
    sb.run('sleep 20');
    expect(sb.run('kubectl get pod web').output).toMatch(/web +0\/1 +Running/);
    expect(sb.run('kubectl get events').output).toContain('Readiness probe errored and resulted in unknown state: strconv.Atoi: parsing "metrics": invalid syntax');
    expect(sb.trace.some((e) => e.kind === 'probe')).toBe(false);
  });
});
