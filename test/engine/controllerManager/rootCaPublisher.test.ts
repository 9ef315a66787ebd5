import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/engine/sandbox';

describe('the root CA publisher', () => {
  it('gives every namespace its kube-root-ca.crt ConfigMap, and makes it again when it is deleted', () => {
    const sb = createSandbox({ seed: 3 });
    for (const ns of ['default', 'kube-system', 'kube-public', 'kube-node-lease']) {
      expect(sb.run(`kubectl get cm kube-root-ca.crt -n ${ns} -o jsonpath='{.data.ca\\.crt}'`).output).toMatch(/^-----BEGIN CERTIFICATE-----/);
    }
    sb.run('kubectl create namespace shop');
    sb.advance(1000);
    expect(sb.run('kubectl get cm -n shop --no-headers').output).toMatch(/^kube-root-ca\.crt\s+1\s/);
    expect(sb.trace.some((e) => e.kind === 'configmap.create' && e.from === 'controllerManager' && e.ref?.namespace === 'shop')).toBe(true);
    sb.run('kubectl delete cm kube-root-ca.crt -n shop');
    sb.advance(1000);
    expect(sb.run('kubectl get cm kube-root-ca.crt -n shop -o name').output).toBe('configmap/kube-root-ca.crt\n');
    // A Pod's service-account volume holds the same certificate.
    sb.run('kubectl run box --image=busybox -n shop -- sleep 3600');
    sb.run('kubectl wait --for=condition=Ready pod/box -n shop --timeout=60s');
    const inPod = sb.run('kubectl exec box -n shop -- cat /var/run/secrets/kubernetes.io/serviceaccount/ca.crt').output;
    expect(inPod).toBe(sb.run("kubectl get cm kube-root-ca.crt -n shop -o jsonpath='{.data.ca\\.crt}'").output);
  });
});
