// Goal helpers answer the way kubectl would, over a real sandbox.
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/engine';
import { evaluateGoals, stateOf } from '../../src/lessons/lib/goals';
import * as p from '../../src/lessons/lib/predicates';

describe('predicates', () => {
  const sb = createSandbox({ seed: 1 });
  const before = stateOf(sb);
  sb.run('kubectl apply -f pod.yaml');
  sb.run('kubectl run web --image=nginx --labels=app=web');
  sb.run('kubectl wait --for=condition=Ready pod/kubia-manual pod/web --timeout=120s');
  const s = stateOf(sb);

  it('see Pods, their phase, STATUS column, readiness and node', () => {
    expect(p.exists(before, 'pods', 'kubia-manual')).toBe(false);
    expect(p.exists(s, 'pods', 'kubia-manual')).toBe(true);
    expect(p.exists(s, 'pods', 'kubia-manual', 'kube-system')).toBe(false);
    expect(p.exists(s, 'namespaces', 'kube-system')).toBe(true);
    expect(p.podPhase(s, 'kubia-manual')).toBe('Running');
    expect(p.podStatus(s, 'kubia-manual')).toBe('Running');
    expect(p.podReadyColumn(s, 'web')).toBe('1/1');
    expect(p.podReady(s, 'web')).toBe(true);
    expect(p.readyPods(s, 'app=web')).toBe(1);
    expect(p.readyPods(s, { app: 'nope' })).toBe(0);
    expect(['node-1', 'node-2']).toContain(p.nodeOf(s, 'kubia-manual'));
    expect(p.containerStatus(s, 'web', 'web')?.state?.running).toBeDefined();
  });

  it('see the trace, the commands and the registry', () => {
    expect(p.traceHas(s, { kind: 'binding.create', ref: 'web' })).toBe(true);
    expect(p.traceHas(s, { step: 9, from: 'kubelet', to: 'containerRuntime' })).toBe(true);
    expect(p.traceHas(before, { kind: 'binding.create' })).toBe(false);
    expect(p.commandRan(s, /^kubectl run web\b/)).toBe(true);
    expect(p.commandRan(s, /docker push/)).toBe(false);
    expect(p.registryHas(s, 'luksa/kubia')).toBe(true);
    expect(p.registryHas(s, 'nginx:latest')).toBe(true);
    expect(p.registryHas(s, 'luksa/kubia:v9')).toBe(false);
    expect(p.hasFile(s, 'pod.yaml')).toBe(true);
  });

  it('evaluateGoals follows the front matter order and treats a throwing predicate as not reached', () => {
    const meta = {
      title: 't',
      summary: 's',
      minutes: 5,
      hints: ['h'],
      goals: [
        { id: 'b', text: 'B' },
        { id: 'a', text: 'A' },
      ],
    };
    const goals = {
      a: () => true,
      b: () => {
        throw new Error('not yet');
      },
    };
    expect(evaluateGoals(meta, goals, s)).toEqual([
      { id: 'b', text: 'B', done: false },
      { id: 'a', text: 'A', done: true },
    ]);
  });
});
