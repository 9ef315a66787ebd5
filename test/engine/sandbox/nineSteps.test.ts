import { describe, expect, it } from 'vitest';
import { createSandbox, type TraceEvent } from '../../../src/engine';

/** The first trace event of each step, in the order the steps first appear. */
function firstOfEachStep(trace: readonly TraceEvent[]): TraceEvent[] {
  const seen = new Map<number, TraceEvent>();
  for (const e of trace) if (e.step !== undefined && !seen.has(e.step)) seen.set(e.step, e);
  return [...seen.values()];
}

describe('the nine steps in the trace (kubectl apply of a pod)', () => {
  const sb = createSandbox({ seed: 3 });
  sb.run('kubectl apply -f pod.yaml');
  sb.run('sleep 30');
  const trace = sb.trace;

  it('shows steps 3 to 9, each first appearing after the one before', () => {
    expect(firstOfEachStep(trace).map((e) => e.step)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('carries each step as a real message between the components that do it', () => {
    const first = (step: number) => trace.find((e) => e.step === step)!;
    expect(first(3)).toMatchObject({ from: 'kubectl', to: 'kubectl', kind: 'manifest.validate' });
    const post = trace.find((e) => e.kind === 'pod.create')!;
    expect(post).toMatchObject({ from: 'kubectl', to: 'apiServer', step: 4, detail: { request: 'POST /api/v1/namespaces/default/pods' } });
    expect(trace.find((e) => e.step === 4 && e.to === 'etcd')).toMatchObject({ kind: 'etcd.put', detail: { key: '/registry/pods/default/kubia-manual' } });
    expect(trace.find((e) => e.kind === 'binding.create')).toMatchObject({ from: 'scheduler', to: 'apiServer', step: 5 });
    expect(first(6)).toMatchObject({ from: 'apiServer', kind: 'pod.ADDED' });
    expect(first(6).to).toMatch(/^kubelet\/node-[12]$/);
    expect(first(7)).toMatchObject({ kind: 'RunPodSandbox' });
    expect(trace.find((e) => e.kind === 'PullImage')).toMatchObject({ step: 8 });
    expect(trace.find((e) => e.kind === 'manifest.get')).toMatchObject({ to: 'registry', step: 8 });
    expect(trace.find((e) => e.kind === 'StartContainer')).toMatchObject({ step: 9 });
  });

  it('records status flowing back without a step number', () => {
    const patches = trace.filter((e) => e.kind === 'pod.status.patch');
    expect(patches.length).toBeGreaterThanOrEqual(2);
    expect(patches.every((e) => e.step === undefined)).toBe(true);
  });

  it('ends with the pod Running on the node the scheduler chose', () => {
    const pod = sb.snapshot().objects.pods!.find((p) => p.metadata?.name === 'kubia-manual')!;
    const bound = trace.find((e) => e.kind === 'pod.ADDED' && e.step === 6)!;
    expect((pod.status as { phase: string }).phase).toBe('Running');
    expect(`kubelet/${(pod.spec as { nodeName: string }).nodeName}`).toBe(bound.to);
  });
});
