import { describe, expect, it } from 'vitest';
import { computeHash, fnv32a, safeEncodeString } from '../../../src/engine/controllerManager/podTemplateHash';
import { rolloutPlan, surgeAndUnavailable } from '../../../src/engine/controllerManager/rollout';
import type { Deployment, ReplicaSet } from '../../../src/engine/controllerManager/workloads';
import { createSandbox } from '../../../src/engine/sandbox';

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: REPLICAS
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: IMAGE
`;

function deployment(replicas: number, image = 'nginx'): string {
  return `cat > deploy.yaml <<'EOF'\n${DEPLOY.replace('REPLICAS', String(replicas)).replace('IMAGE', image)}EOF`;
}

const rs = (name: string, replicas: number, available: number, created: string): ReplicaSet =>
  ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name, creationTimestamp: created }, spec: { replicas, selector: {} }, status: { replicas, availableReplicas: available } }) as ReplicaSet;
const deploy = (replicas: number): Deployment => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas, selector: {}, template: {} } }) as Deployment;

describe('pod-template-hash', () => {
  it('is FNV-32a rendered with the safe-encode alphabet', () => {
    expect(fnv32a(new Uint8Array())).toBe(0x811c9dc5);
    expect(fnv32a(new Uint8Array([0x61]))).toBe(0xe40c292c);
    expect(safeEncodeString('1234567890')).toBe('56789bcdf4');
    expect(computeHash({ a: 1, b: 2 })).toBe(computeHash({ b: 2, a: 1 }));
    expect(computeHash({ a: 1 })).not.toBe(computeHash({ a: 1 }, 1));
    expect(computeHash({ spec: { containers: [{ image: 'nginx' }] } })).toMatch(/^[bcdf4-9]{6,10}$/);
  });
});

describe('rollout arithmetic', () => {
  it('rounds maxSurge up and maxUnavailable down from 25%', () => {
    expect(surgeAndUnavailable(deploy(4))).toEqual({ surge: 1, unavailable: 1 });
    expect(surgeAndUnavailable(deploy(2))).toEqual({ surge: 1, unavailable: 0 });
  });

  it('surges the new ReplicaSet first, then shrinks the old one as availability allows', () => {
    const d = deploy(4);
    const old = rs('web-old', 4, 4, '2025-01-01T00:00:00Z');
    expect(rolloutPlan(d, rs('web-new', 0, 0, '2025-01-02T00:00:00Z'), [old]).map((r) => [r.rs.metadata?.name, r.to])).toEqual([['web-new', 1]]);
    expect(rolloutPlan(d, rs('web-new', 1, 0, '2025-01-02T00:00:00Z'), [old]).map((r) => [r.rs.metadata?.name, r.to])).toEqual([['web-old', 3]]);
    expect(rolloutPlan(d, rs('web-new', 4, 4, '2025-01-02T00:00:00Z'), [rs('web-old', 0, 0, '')])).toEqual([]);
  });
});

describe('Deployment and ReplicaSet controllers', () => {
  it('create a ReplicaSet named after the template hash, and its Pods', () => {
    const sb = createSandbox({ seed: 3 });
    sb.run(deployment(2));
    sb.run('kubectl apply -f deploy.yaml');
    sb.run('sleep 15');
    const rsName = sb.run("kubectl get rs -o jsonpath='{.items[0].metadata.name}'").output;
    const hash = sb.run("kubectl get rs -o jsonpath='{.items[0].metadata.labels.pod-template-hash}'").output;
    expect(rsName).toBe(`web-${hash}`);
    const pods = sb.run("kubectl get pods -o jsonpath='{.items[*].metadata.name}'").output.split(' ');
    expect(pods).toHaveLength(2);
    for (const p of pods) expect(p).toMatch(new RegExp(`^${rsName}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
    expect(sb.run("kubectl get pods -o jsonpath='{.items[0].metadata.ownerReferences[0].name}'").output).toBe(rsName);
    expect(sb.run('kubectl get deploy web').output).toMatch(/^NAME {3}READY {3}UP-TO-DATE {3}AVAILABLE {3}AGE\nweb {4}2\/2 {5}2 {12}2 {11}15s\n$/);
    const events = sb.run('kubectl get events').output;
    expect(events).toMatch(new RegExp(`Normal +ScalingReplicaSet +deployment/web +Scaled up replica set ${rsName} from 0 to 2\n`));
    expect(events).toMatch(new RegExp(`Normal +SuccessfulCreate +replicaset/${rsName} +Created pod: ${pods[0]}\n`));
  });

  it('replace a deleted Pod, and delete everything when the Deployment goes', () => {
    const sb = createSandbox({ seed: 3 });
    sb.run(deployment(2));
    sb.run('kubectl apply -f deploy.yaml');
    sb.run('sleep 15');
    const first = sb.run("kubectl get pods -o jsonpath='{.items[0].metadata.name}'").output;
    sb.run(`kubectl delete pod ${first}`);
    sb.run('sleep 5');
    const now = sb.run("kubectl get pods -o jsonpath='{.items[*].metadata.name}'").output.split(' ');
    expect(now).toHaveLength(2);
    expect(now).not.toContain(first);
    sb.run('kubectl delete deployment web');
    sb.run('sleep 40');
    expect(sb.run('kubectl get rs,pods').output).toBe('No resources found in default namespace.\n');
  });

  it('roll a changed template over to a new ReplicaSet and scale the old one to 0', () => {
    const sb = createSandbox({ seed: 3 });
    sb.run(deployment(3));
    sb.run('kubectl apply -f deploy.yaml');
    sb.run('sleep 15');
    sb.run(deployment(3, 'nginx:1.27'));
    sb.run('kubectl apply -f deploy.yaml');
    sb.run('sleep 30');
    const table = sb.run('kubectl get rs -o wide').output.split('\n').slice(1, 3);
    expect(table.map((l) => l.split(/\s+/).slice(1, 4).join(' '))).toEqual(expect.arrayContaining(['3 3 3', '0 0 0']));
    expect(sb.run('kubectl get deploy web -o yaml').output).toContain('    deployment.kubernetes.io/revision: "2"\n');
  });

  it('leave the coredns Deployment that kubeadm created as it is', () => {
    const sb = createSandbox({ seed: 3 });
    expect(sb.run('kubectl get rs -n kube-system').output).toMatch(/^NAME {17}DESIRED {3}CURRENT {3}READY {3}AGE\ncoredns-668d6bf9bc {3}2 {9}2 {9}2 {7}10m\n$/);
  });
});
