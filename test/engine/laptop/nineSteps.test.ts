// The trace test: the whole nine-step story, from `docker build` on the laptop to a
// running container, must show every step, first met in the book's order.
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/engine/sandbox';
import type { TraceEvent } from '../../../src/engine/runtime/trace';

const STORY = ['docker build -t kubia .', 'docker tag kubia luksa/kubia', 'docker push luksa/kubia', 'kubectl apply -f pod.yaml', 'sleep 40', 'kubectl get pods -o wide'];

const FRESH_REGISTRY = `
registry:
  images: [node:7, nginx, busybox]
`;

function tell(scenario?: string) {
  const sb = createSandbox({ seed: 1, ...(scenario !== undefined ? { scenario } : {}) });
  const results = STORY.map((cmd) => sb.run(cmd));
  return { sb, results };
}

function firstOfEachStep(trace: readonly TraceEvent[]): Map<number, TraceEvent> {
  const first = new Map<number, TraceEvent>();
  for (const e of trace) if (e.step !== undefined && !first.has(e.step)) first.set(e.step, e);
  return first;
}

describe.each([
  ['the default registry (luksa/kubia already there)', undefined],
  ['a registry without luksa/kubia', FRESH_REGISTRY],
])('the nine steps with %s', (_name, scenario) => {
  const { sb, results } = tell(scenario);

  it('every command succeeds and the pod runs', () => {
    expect(results.map((r) => r.exitCode)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(results[5]?.output).toMatch(/^kubia-manual {3}1\/1 {5}Running /m);
  });

  it('the trace has steps 1 to 9, each first met after the one before', () => {
    const first = firstOfEachStep(sb.trace);
    expect([...first.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (let step = 2; step <= 9; step++) expect(first.get(step)!.seq).toBeGreaterThan(first.get(step - 1)!.seq);
  });

  it('steps 1 and 2 happen between the laptop and the registry', () => {
    const laptopSteps = sb.trace.filter((e) => e.step === 1 || e.step === 2);
    expect(laptopSteps.every((e) => [e.from, e.to].every((c) => c === 'laptop' || c === 'registry'))).toBe(true);
    expect(laptopSteps.filter((e) => e.step === 2 && e.kind === 'manifest.put')).toHaveLength(1);
  });
});

it('with a fresh registry the push uploads the app layer, mounts the base layers, and the node pulls what was pushed', () => {
  const { sb } = tell(FRESH_REGISTRY);
  const puts = sb.trace.filter((e) => e.kind === 'blob.put' && e.step === 2);
  const mounts = sb.trace.filter((e) => e.kind === 'blob.mount' && e.step === 2);
  expect(puts).toHaveLength(1);
  expect(mounts).toHaveLength(8);
  expect(mounts.every((m) => m.detail?.from === 'docker.io/library/node')).toBe(true);
  const pulled = sb.trace.filter((e) => e.step === 8 && e.from.startsWith('containerRuntime/') && e.to === 'registry');
  expect(pulled.length).toBeGreaterThan(0);
});
