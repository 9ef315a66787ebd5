import { describe, expect, it } from 'vitest';
import { createSandbox, type TraceEvent } from '../../src/engine';
import { imageFromRegistry, stepsSeen } from '../../src/ui/lib/steps';

const ev = (t: number, step?: number): TraceEvent => ({ seq: t, t, at: t + 1, from: 'kubectl', to: 'apiServer', kind: 'x', ...(step ? { step: step as TraceEvent['step'] } : {}) });

describe('steps seen', () => {
  it('ticks the steps of the latest command, even after a command without steps', () => {
    const trace = [ev(10, 3), ev(11, 4), ev(12, 5), ev(20), ev(21)];
    expect([...stepsSeen(trace, [10, 20])].sort()).toEqual([3, 4, 5]);
  });

  it('joins docker build and docker push to the apply that follows', () => {
    const trace = [ev(1, 1), ev(5, 2), ev(10, 3), ev(11, 9)];
    expect([...stepsSeen(trace, [1, 5, 10])].sort()).toEqual([1, 2, 3, 9]);
  });

  it('starts over when a new apply begins', () => {
    const trace = [ev(10, 3), ev(11, 9), ev(30, 3), ev(31, 4)];
    expect([...stepsSeen(trace, [10, 30])].sort()).toEqual([3, 4]);
  });

  it('does not tick a step whose message still waits for its turn on screen', () => {
    const trace = [ev(10, 3), ev(11, 4), ev(12, 5), ev(13, 6)];
    expect([...stepsSeen(trace, [10], 12)].sort()).toEqual([3, 4]);
    expect([...stepsSeen(trace, [10], undefined)].sort()).toEqual([3, 4, 5, 6]);
  });
});

describe('steps done before the story', () => {
  const pulled = (t: number, ref: string, code = 200): TraceEvent => ({ ...ev(t, 8), kind: 'manifest.get.response', from: 'registry', to: 'containerRuntime/node-2', detail: { code, ref } });

  it('names the image an apply fetched from the registry when nothing was built or pushed', () => {
    const trace = [ev(10, 3), ev(11, 4), pulled(12, 'docker.io/luksa/kubia:latest'), ev(13, 9)];
    expect(imageFromRegistry(trace, stepsSeen(trace, [10]))).toBe('luksa/kubia');
  });

  it('says nothing before the registry has answered, or when the image was not there', () => {
    const trace = [ev(10, 3), ev(11, 4), ev(12, 7)];
    expect(imageFromRegistry(trace, stepsSeen(trace, [10]))).toBeUndefined();
    const missing = [ev(10, 3), pulled(12, 'docker.io/luksa/kubai:latest', 404)];
    expect(imageFromRegistry(missing, stepsSeen(missing, [10]))).toBeUndefined();
    // The answer is there but not yet shown on the stage.
    const ahead = [ev(10, 3), ev(11, 8), pulled(12, 'docker.io/luksa/kubia:latest')];
    expect(imageFromRegistry(ahead, stepsSeen(ahead, [10], 12), 12)).toBeUndefined();
  });

  it('never stands in for a build or push that ran in the story', () => {
    const trace = [ev(1, 1), ev(5, 2), ev(10, 3), pulled(12, 'docker.io/luksa/kubia:latest')];
    expect(imageFromRegistry(trace, stepsSeen(trace, [1, 5, 10]))).toBeUndefined();
    const builtOnly = [ev(1, 1), ev(10, 3), pulled(12, 'docker.io/luksa/kubia:latest')];
    expect(imageFromRegistry(builtOnly, stepsSeen(builtOnly, [1, 10]))).toBeUndefined();
  });

  it('finds it in a real run of kubectl apply -f pod.yaml', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run('kubectl apply -f pod.yaml');
    sb.runUntilIdle();
    const start = sb.trace.find((e) => e.step === 3)!.t;
    expect(imageFromRegistry(sb.trace, stepsSeen(sb.trace, [start]))).toBe('luksa/kubia');
  });
});
