import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/engine/sandbox';

type Sb = ReturnType<typeof createSandbox>;

function podWith(name: string, lifecycle: string, extra = ''): string {
  return `cat <<'YAML' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
${extra}  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", "sleep 3600"]
    lifecycle:
${lifecycle}YAML`;
}

function events(sb: Sb, reason: string): string[] {
  const out = sb.run(`kubectl get events --field-selector reason=${reason} -o jsonpath='{range .items[*]}{.message}{"\\n"}{end}'`).output;
  return out.split('\n').filter(Boolean);
}

function traceAt(sb: Sb, kind: string, name: string): number[] {
  return sb.trace.filter((e) => e.kind === kind && e.ref?.name === name).map((e) => e.t);
}

describe('container lifecycle hooks', () => {
  it('runs postStart in the container before the container is reported running', () => {
    const sb = createSandbox({ seed: 2 });
    sb.run(podWith('hello', '      postStart:\n        exec:\n          command: ["sh", "-c", "sleep 3; echo hi > /tmp/started"]\n'));
    sb.run('kubectl wait --for=condition=Ready pod/hello --timeout=60s');
    expect(sb.run('kubectl exec hello -- cat /tmp/started').output).toBe('hi\n');
    const started = traceAt(sb, 'StartContainer', 'hello')[0]!;
    const hook = sb.trace.find((e) => e.kind === 'hook' && e.ref?.name === 'hello')!;
    expect(hook.detail).toMatchObject({ hook: 'PostStart', container: 'app' });
    expect(hook.t).toBeGreaterThanOrEqual(started);
    // The status that says Running goes out only after the hook's three seconds (times in whole seconds).
    const pod = sb.snapshot().objects.pods!.find((p) => p.metadata?.name === 'hello')!;
    const runningSince = Date.parse((pod.status as { containerStatuses: { state: { running: { startedAt: string } } }[] }).containerStatuses[0]!.state.running.startedAt);
    const readyAt = Date.parse((pod.status as { conditions: { type: string; lastTransitionTime: string }[] }).conditions.find((c) => c.type === 'Ready')!.lastTransitionTime);
    expect(readyAt - runningSince).toBeGreaterThanOrEqual(2000);
  });

  it('kills the container when postStart fails and says why', () => {
    const sb = createSandbox({ seed: 2 });
    sb.run(podWith('bad', '      postStart:\n        exec:\n          command: ["sh", "-c", "exit 3"]\n', '  terminationGracePeriodSeconds: 5\n'));
    sb.advance(20_000);
    const [failed] = events(sb, 'FailedPostStartHook');
    expect(failed).toMatch(/^Exec lifecycle hook \(\[sh -c exit 3\]\) for Container "app" in Pod "bad_default\([0-9a-f-]+\)" failed - error: command 'sh -c exit 3' exited with 3: , message: ""$/);
    expect(events(sb, 'Killing')).toContain('FailedPostStartHook');
    expect(sb.run('kubectl get pod bad --no-headers').output).toMatch(/^bad\s+0\/1\s+(PostStartHookError|CrashLoopBackOff)\s/);
  });

  it('gives preStop the grace period, then two more seconds for the stop', () => {
    const sb = createSandbox({ seed: 2 });
    sb.run(podWith('slow', '      preStop:\n        exec:\n          command: ["sh", "-c", "sleep 60"]\n', '  terminationGracePeriodSeconds: 20\n'));
    sb.run('kubectl wait --for=condition=Ready pod/slow --timeout=60s');
    const from = sb.now();
    expect(sb.run('kubectl delete pod slow').exitCode).toBe(0);
    const took = (sb.now() - from) / 1000;
    expect(took).toBeGreaterThanOrEqual(22);
    expect(took).toBeLessThan(24);
    const hook = traceAt(sb, 'hook', 'slow')[0]!;
    const stop = sb.trace.find((e) => e.kind === 'StopContainer' && e.ref?.name === 'slow')!;
    expect(stop.t - hook).toBeGreaterThanOrEqual(20_000);
  });

  it('sleeps for a sleep action, and an HTTP hook that reaches nothing fails', () => {
    const sb = createSandbox({ seed: 2 });
    sb.run(podWith('nap', '      preStop:\n        sleep:\n          seconds: 5\n'));
    sb.run(podWith('web', '      postStart:\n        httpGet:\n          path: /hello\n          port: 8080\n'));
    sb.run('kubectl wait --for=condition=Ready pod/nap --timeout=60s');
    const from = sb.now();
    sb.run('kubectl delete pod nap');
    const stop = sb.trace.find((e) => e.kind === 'StopContainer' && e.ref?.name === 'nap')!;
    expect(stop.t - from).toBeGreaterThanOrEqual(5000);
    expect(stop.t - from).toBeLessThan(6000);
    expect(events(sb, 'FailedPostStartHook')[0]).toMatch(/^HTTP lifecycle hook \(\/hello\) for Container "app" in Pod "web_default\(.+\)" failed - error: Get "http:\/\/10\.244\.\d+\.\d+:8080\/hello": dial tcp 10\.244\.\d+\.\d+:8080: connect: connection refused$/);
  });
});
