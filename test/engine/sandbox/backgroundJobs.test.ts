import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/engine';

/** A background job's kubectl is a process (actor `kubectl#PID`) that lives as long as its job. */
describe("a background job's kubectl process", () => {
  it('is gone once its job has ended, and the next background job gets one of its own', () => {
    const sb = createSandbox({ seed: 1 });
    expect(sb.run('kubectl run web --image=nginx &').output).toBe('[1] 2361\n');
    expect(sb.actorState('kubectl#2361')?.status).toBe('active');
    expect(sb.run('sleep 1').output).toBe('pod/web created\n[1]+  Done                    kubectl run web --image=nginx\n');
    expect(sb.actorState('kubectl#2361')).toBeUndefined();
    expect(sb.run('kubectl get pod web -o name &').output).toBe('[1] 2362\n');
    expect(sb.run('sleep 1').output).toBe('pod/web\n[1]+  Done                    kubectl get pod web -o name\n');
    expect(sb.actorState('kubectl#2362')).toBeUndefined();
  });

  it('is gone when its job is killed, and what was on its way to it is dropped', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run('kubectl get pods -w &');
    sb.run('sleep 1');
    sb.run('kubectl get pods &');
    expect(sb.actorState('kubectl#2361')?.status).toBe('active');
    const before = sb.trace.length;
    expect(sb.run('kill %1 %2').output).toBe('[1]-  Terminated              kubectl get pods -w\n[2]+  Terminated              kubectl get pods\n');
    expect(sb.actorState('kubectl#2361')).toBeUndefined();
    expect(sb.actorState('kubectl#2362')).toBeUndefined();
    // The second job's list request and the first one's watch.close are still on their way.
    expect(sb.snapshot().inFlight.map((m) => m.kind)).toEqual(['pod.list', 'watch.close']);
    expect(sb.run('kubectl run web --image=nginx').output).toBe('pod/web created\n');
    sb.runUntilIdle();
    expect(sb.trace.slice(before).filter((e) => e.kind === 'pod.list.response')).toHaveLength(1);
    expect(sb.run('jobs').output).toBe('');
  });

  it('ends with a job brought to the foreground by fg', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run('kubectl run web --image=nginx');
    sb.run('kubectl wait --for=condition=Ready pod/web --timeout=60s &');
    expect(sb.run('fg').output).toBe('kubectl wait --for=condition=Ready pod/web --timeout=60s\npod/web condition met\n');
    expect(sb.actorState('kubectl#2361')).toBeUndefined();
  });
});

/** bash's wait builtin: the line waits in virtual time for the jobs it names. */
describe('wait', () => {
  it('lets virtual time pass until the job ends, and Ctrl-C ends the wait, not the job', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run('sleep 30 &');
    const start = sb.now();
    const line = sb.start('wait');
    sb.advance(5000);
    expect(line.done).toBe(false);
    sb.interrupt();
    expect(line.output).toBe('^C\n');
    expect(line.exitCode).toBe(130);
    expect(sb.run('jobs').output).toBe('[1]+  Running                 sleep 30 &\n');
    expect(sb.run('wait %1').output).toBe('[1]+  Done                    sleep 30\n');
    expect(sb.now() - start).toBe(30_000);
  });
});
