import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/engine/sandbox';
import type { Pod } from '../../../src/engine/api/objects';

function pod(sb: ReturnType<typeof createSandbox>, name: string): Pod {
  return (sb.snapshot().objects.pods ?? []).find((p) => p.metadata?.name === name) as Pod;
}

function events(sb: ReturnType<typeof createSandbox>): string[] {
  return sb.run('kubectl get events -o jsonpath=\'{range .items[*]}{.reason}: {.message}{"\\n"}{end}\'').output.trim().split('\n');
}

describe('a Pod whose image changes', () => {
  it('has its container stopped and started again from the new image, RESTARTS 1', () => {
    const sb = createSandbox({ seed: 3 });
    sb.run('kubectl run web --image=nginx:1.27 --restart=Never');
    sb.run('kubectl wait --for=condition=Ready pod/web --timeout=120s');
    const before = pod(sb, 'web').status?.containerStatuses?.[0]?.containerID;
    expect(sb.run('kubectl set image pod/web web=nginx:1.29.3').output).toBe('pod/web image updated\n');
    sb.advance(15_000);
    const status = pod(sb, 'web').status?.containerStatuses?.[0];
    // Whatever the restart policy: the spec changed, so the kubelet starts it again.
    expect(status).toMatchObject({ restartCount: 1, ready: true, image: 'docker.io/library/nginx:1.29.3' });
    expect(status?.containerID).not.toBe(before);
    expect(status?.lastState?.terminated?.reason).toBeDefined();
    expect(events(sb)).toEqual(expect.arrayContaining(['Killing: Container web definition changed, will be restarted', 'Pulling: Pulling image "nginx:1.29.3"']));
  });

  it('leaves ImagePullBackOff at once when the image is fixed, without waiting out the back-off', () => {
    const sb = createSandbox({ seed: 3 });
    sb.run('kubectl run web --image=nginx:1.2.3.4');
    sb.advance(90_000);
    expect(sb.run('kubectl get pod web --no-headers').output).toMatch(/ImagePullBackOff/);
    sb.run(`kubectl patch pod web -p '{"spec":{"containers":[{"name":"web","image":"nginx:1.27"}]}}'`);
    sb.advance(5_000);
    expect(sb.run('kubectl get pod web --no-headers').output).toMatch(/^web\s+1\/1\s+Running\s+0\s/);
  });
});
