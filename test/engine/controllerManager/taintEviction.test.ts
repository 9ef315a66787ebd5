import { describe, expect, it } from 'vitest';
import { evictAfterMs } from '../../../src/engine/controllerManager/taintEvictionController';
import { cluster } from '../kubectl/helpers';

const taint = { key: 'maintenance', value: 'now', effect: 'NoExecute' as const };
const notReady = { key: 'node.kubernetes.io/not-ready', operator: 'Exists' as const, effect: 'NoExecute' as const, tolerationSeconds: 300 };

describe('when the taint eviction controller evicts a Pod (getMinTolerationTime)', () => {
  it('at once when a NoExecute taint is not tolerated', () => {
    expect(evictAfterMs([taint], [notReady])).toBe(0);
  });

  it('after the shortest tolerationSeconds of the tolerations used, never without one', () => {
    expect(evictAfterMs([taint], [{ key: 'maintenance', operator: 'Exists', tolerationSeconds: 20 }])).toBe(20_000);
    expect(evictAfterMs([taint, { key: 'b', effect: 'NoExecute' }], [{ key: 'maintenance', operator: 'Exists', tolerationSeconds: 20 }, { key: 'b', operator: 'Exists', tolerationSeconds: 5 }])).toBe(5_000);
    expect(evictAfterMs([taint], [{ operator: 'Exists' }])).toBeUndefined();
    expect(evictAfterMs([taint], [{ key: 'maintenance', operator: 'Equal', value: 'now', effect: 'NoExecute', tolerationSeconds: -3 }])).toBe(0);
  });
});

describe('taint eviction in the cluster', () => {
  it('cancels a waiting eviction when the taint goes first', () => {
    const sb = cluster({
      'patient.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: patient
spec:
  nodeName: node-1
  tolerations:
  - key: maintenance
    operator: Exists
    effect: NoExecute
    tolerationSeconds: 30
  containers:
  - name: nginx
    image: nginx
`,
    });
    sb.run('kubectl apply -f patient.yaml');
    sb.run('kubectl wait --for=condition=Ready pod/patient --timeout=60s');
    sb.run('kubectl taint nodes node-1 maintenance=now:NoExecute');
    sb.run('sleep 5');
    sb.run('kubectl taint nodes node-1 maintenance-');
    sb.run('sleep 40');
    expect(sb.run("kubectl get pod patient -o jsonpath='{.status.phase}'").output).toBe('Running');
    const events = sb.run('kubectl get events --field-selector reason=TaintManagerEviction -o custom-columns=MESSAGE:.message,FROM:.source.component').output;
    expect(events.split('\n')[1]).toBe('Cancelling deletion of Pod default/patient   taint-eviction-controller');
  });
});
