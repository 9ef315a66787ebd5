import { describe, expect, it } from 'vitest';
import { cluster } from './helpers';

describe('kubectl get -w', () => {
  it('prints a row for each change under the header, widening a column for a wider status, until Ctrl-C', () => {
    const sb = cluster();
    sb.run('kubectl run web --image=nginx');
    const job = sb.start('kubectl get pods -w');
    sb.advance(20_000);
    expect(job.done).toBe(false);
    const lines = job.output.trimEnd().split('\n');
    expect(lines[0]).toBe('NAME   READY   STATUS    RESTARTS   AGE');
    expect(lines[1]).toBe('web    0/1     Pending   0          0s');
    expect(lines).toContain('web    0/1     ContainerCreating   0          0s');
    expect(lines.at(-1)).toMatch(/^web {4}1\/1 {5}Running {13}0 {10}\ds$/);
    sb.interrupt();
    expect(job.done).toBe(true);
    expect(job.exitCode).toBe(130);
    // The watch is closed: later changes print nothing, and the next command runs.
    const before = job.output;
    expect(sb.run('kubectl delete pod web --wait=false').exitCode).toBe(0);
    sb.advance(5000);
    expect(job.output).toBe(before);
  });

  it('ends quietly with exit status 0 when --request-timeout runs out, and refuses several types', () => {
    const sb = cluster();
    const r = sb.run('kubectl get pods -w --request-timeout=2s');
    expect(r).toEqual({ output: 'No resources found in default namespace.\n', exitCode: 0 });
    const both = sb.run('kubectl get pods,svc -w');
    expect(both.exitCode).toBe(1);
    expect(both.output).toContain('watch is only supported on individual resources and resource collections');
  });
});
