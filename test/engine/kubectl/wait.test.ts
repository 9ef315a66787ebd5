import { describe, expect, it } from 'vitest';
import { conditionMet, parseWaitFor } from '../../../src/engine/kubectl/commands/waitConditions';
import { cluster, timed } from './helpers';

describe('kubectl wait', () => {
  it('parses --for as kubectl does', () => {
    expect(parseWaitFor('delete')).toEqual({ kind: 'delete' });
    expect(parseWaitFor('condition=Ready')).toEqual({ kind: 'condition', name: 'Ready', status: 'true' });
    expect(parseWaitFor('condition=Ready=False')).toEqual({ kind: 'condition', name: 'Ready', status: 'False' });
    expect(parseWaitFor("jsonpath={.status.phase}=Running")).toEqual({ kind: 'jsonpath', path: ['status', 'phase'], value: 'Running' });
    expect(parseWaitFor('available')).toBe('error: unrecognized condition: "available"');
    expect(parseWaitFor('')).toBe('error: unrecognized condition: ""');
  });

  it('compares condition type and status case-insensitively', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', status: { conditions: [{ type: 'Ready', status: 'True' }] } };
    expect(conditionMet({ kind: 'condition', name: 'ready', status: 'true' }, pod)).toBe(true);
    expect(conditionMet({ kind: 'condition', name: 'Ready', status: 'False' }, pod)).toBe(false);
  });

  it('returns when the Pod turns Ready, printing "condition met"', () => {
    const sb = cluster();
    sb.run('kubectl apply -f pod.yaml');
    const r = timed(sb, 'kubectl wait --for=condition=Ready pod/kubia-manual --timeout=60s');
    expect(r.output).toBe('pod/kubia-manual condition met\n');
    expect(r.seconds).toBeGreaterThan(5);
    expect(r.seconds).toBeLessThan(15);
  });

  it('times out with kubectl\'s error and exit status 1', () => {
    const sb = cluster();
    sb.run('kubectl run bad --image=nginxx');
    const r = timed(sb, 'kubectl wait --for=condition=Ready pod/bad --timeout=10s');
    expect(r.output).toBe('error: timed out waiting for the condition on pods/bad\n');
    expect(r.exitCode).toBe(1);
    expect(r.seconds).toBeCloseTo(10, 1);
  });

  it('waits for a deletion, and fails fast on a missing object', () => {
    const sb = cluster();
    sb.run('kubectl apply -f pod.yaml');
    sb.run('sleep 20');
    sb.run('kubectl delete pod kubia-manual --wait=false');
    expect(sb.run('kubectl wait --for=delete pod/kubia-manual --timeout=2m').output).toBe('pod/kubia-manual condition met\n');
    expect(sb.run('kubectl wait --for=condition=Ready pod/nope').output).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(sb.run('kubectl wait --for=condition=Ready pods -l app=none').output).toBe('error: no matching resources found\n');
  });
});
