import { describe, expect, it } from 'vitest';
import { createSandbox, podReady, type Pod } from '../../src/engine';
import { eventsFor, messagesFor, objectFor, whyPod } from '../../src/ui/lib/inspect';

describe('inspector', () => {
  it('says where the scheduler put a pod and why, and lists the messages about it', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run('kubectl apply -f pod.yaml');
    sb.runUntilIdle();
    const snap = sb.snapshot();
    const uid = snap.objects.pods!.find((p) => p.metadata?.name === 'kubia-manual')!.metadata!.uid!;
    const pod = objectFor(snap, { kind: 'pod', id: uid }) as Pod;
    const events = eventsFor(snap, pod);
    expect(events.map((e) => e.reason)).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    expect(whyPod(pod, events, podReady(pod))).toEqual([
      { key: 'why.scheduled', params: { node: 'node-2', message: 'Successfully assigned default/kubia-manual to node-2' } },
      { key: 'why.running', params: { ready: '1/1' } },
    ]);
    const kinds = messagesFor(sb.trace, { kind: 'pod', id: uid }, pod).map((e) => e.kind);
    expect(kinds).toContain('binding.create');
    expect(kinds).toContain('RunPodSandbox');
    expect(kinds).not.toContain('node.list');
  });

  it('explains a pod the scheduler cannot place', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run(`kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: picky
spec:
  nodeSelector:
    disk: ssd
  containers:
  - name: web
    image: nginx
EOF`);
    sb.runUntilIdle({ quietMs: 5000 });
    const snap = sb.snapshot();
    const pod = snap.objects.pods!.find((p) => p.metadata?.name === 'picky') as Pod;
    const [reason] = whyPod(pod, eventsFor(snap, pod), podReady(pod));
    expect(reason?.key).toBe('why.unschedulable');
    expect(reason?.params.message).toMatch(/^0\/3 nodes are available: .*node\(s\) didn't match Pod's node affinity\/selector/);
  });
});

describe('why a container restarts', () => {
  it('explains CrashLoopBackOff with the last exit code', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'crashy', namespace: 'default', uid: 'u1' },
      spec: { nodeName: 'node-1', containers: [{ name: 'app', image: 'busybox' }] },
      status: {
        phase: 'Running',
        containerStatuses: [
          { name: 'app', ready: false, restartCount: 3, image: 'busybox', imageID: '', state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container=app pod=crashy_default(u1)' } }, lastState: { terminated: { exitCode: 1, reason: 'Error' } } },
        ],
      },
    } as unknown as Pod;
    expect(whyPod(pod, [], '0/1')).toEqual([
      { key: 'why.scheduled', params: { node: 'node-1', message: 'spec.nodeName: node-1' } },
      { key: 'why.crashLoop', params: { container: 'app', code: '1' } },
    ]);
  });
});
