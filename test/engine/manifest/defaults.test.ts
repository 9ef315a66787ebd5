import { describe, expect, it } from 'vitest';
import { applyDefaults, objectWarnings, podQOSClass } from '../../../src/engine/manifest';
import { fixture, objectOf } from './helpers';

describe('applyDefaults: a Pod as `kubectl get -o yaml` shows it', () => {
  // The fields an API server adds to a plain nginx pod with limits, as a real cluster shows
  // them (uid, resourceVersion, nodeName and the token volume come from elsewhere).
  const pod = applyDefaults(objectOf(fixture('web-pod.yaml')));
  const spec = pod.spec as Record<string, unknown>;

  it('fills the pod spec and what the Priority and DefaultTolerationSeconds plugins add', () => {
    expect(spec).toMatchObject({
      dnsPolicy: 'ClusterFirst',
      enableServiceLinks: true,
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      securityContext: {},
      terminationGracePeriodSeconds: 30,
      tolerations: [
        { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
        { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
      ],
    });
    expect(pod.status).toEqual({ phase: 'Pending', qosClass: 'Guaranteed' });
  });

  it('names no service account: the ServiceAccount plugin does that on create only, in the API server', () => {
    expect(spec.serviceAccountName).toBeUndefined();
    const named = applyDefaults(objectOf(fixture('web-pod.yaml').replace('spec:', 'spec:\n  serviceAccount: builder'))).spec as Record<string, unknown>;
    expect([named.serviceAccountName, named.serviceAccount]).toEqual(['builder', 'builder']);
  });

  it('fills the container: pull policy for an untagged image, ports, requests from limits', () => {
    expect((spec.containers as unknown[])[0]).toEqual({
      name: 'nginx',
      image: 'nginx',
      imagePullPolicy: 'Always',
      ports: [{ containerPort: 80, protocol: 'TCP' }],
      resources: { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '500m', memory: '128Mi' } },
      terminationMessagePath: '/dev/termination-log',
      terminationMessagePolicy: 'File',
    });
  });

  it('leaves the input untouched and never invents uid, clusterIP or nodeName', () => {
    const input = objectOf(fixture('web-pod.yaml'));
    applyDefaults(input);
    expect((input.spec as Record<string, unknown>).dnsPolicy).toBeUndefined();
    expect(pod.metadata?.uid).toBeUndefined();
    expect(spec.nodeName).toBeUndefined();
  });

  it('IfNotPresent for a tag or a digest; canonical quantities; probe and httpGet defaults', () => {
    const p = applyDefaults(objectOf(fixture('init-and-sidecar.yaml')));
    const s = p.spec as { containers: Record<string, unknown>[]; initContainers: Record<string, unknown>[] };
    expect(s.initContainers[0]!.imagePullPolicy).toBe('IfNotPresent');
    const app = s.containers[0]!;
    expect(app.imagePullPolicy).toBe('Always');
    expect(app.livenessProbe).toEqual({
      httpGet: { path: '/healthz', port: 'http', scheme: 'HTTP' },
      initialDelaySeconds: 3,
      periodSeconds: 3,
      timeoutSeconds: 1,
      successThreshold: 1,
      failureThreshold: 3,
    });
    expect(app.resources).toEqual({ requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '128Mi' } });
    expect(p.status).toEqual({ phase: 'Pending', qosClass: 'Burstable' });
    const digest = applyDefaults(objectOf('apiVersion: v1\nkind: Pod\nmetadata: {name: d}\nspec:\n  containers: [{name: a, image: "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", resources: {limits: {cpu: 0.5, memory: 1024Mi}}}]\n'));
    const c = (digest.spec as { containers: Record<string, unknown>[] }).containers[0]!;
    expect(c.imagePullPolicy).toBe('IfNotPresent');
    expect(c.resources).toEqual({ limits: { cpu: '500m', memory: '1Gi' }, requests: { cpu: '500m', memory: '1Gi' } });
  });

  it('QoS classes', () => {
    expect(podQOSClass({ containers: [{ name: 'a' }] })).toBe('BestEffort');
    expect(podQOSClass({ containers: [{ resources: { limits: { cpu: '1', memory: '1Gi' } , requests: { cpu: '1', memory: '1Gi' } } }] })).toBe('Guaranteed');
    expect(podQOSClass({ containers: [{ resources: { requests: { cpu: '1' } } }] })).toBe('Burstable');
  });
});

describe('applyDefaults: other kinds', () => {
  it('a Service: ClusterIP, TCP, targetPort = port, single-stack IPv4', () => {
    const svc = applyDefaults(objectOf(fixture('stack.yaml')));
    expect(svc.spec).toEqual({
      selector: { app: 'web' },
      ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }],
      sessionAffinity: 'None',
      type: 'ClusterIP',
      internalTrafficPolicy: 'Cluster',
      ipFamilyPolicy: 'SingleStack',
      ipFamilies: ['IPv4'],
    });
  });

  it('a NodePort or LoadBalancer Service also gets an external traffic policy', () => {
    const svc = applyDefaults(objectOf('apiVersion: v1\nkind: Service\nmetadata: {name: lb}\nspec:\n  type: LoadBalancer\n  ports: [{port: 80}]\n'));
    expect(svc.spec).toMatchObject({ externalTrafficPolicy: 'Cluster', allocateLoadBalancerNodePorts: true, ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }] });
  });

  it('a Namespace: finalizer, phase and its name label', () => {
    expect(applyDefaults(objectOf('apiVersion: v1\nkind: Namespace\nmetadata: {name: dev}\n'))).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'dev', labels: { 'kubernetes.io/metadata.name': 'dev' } },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
  });

  it('a Deployment: replicas, rolling update 25%, history, deadline, and its template', () => {
    const parsed = objectOf(fixture('stack.yaml').split('---').pop() ?? '');
    const d = applyDefaults({ ...parsed, spec: { ...(parsed.spec as object), replicas: undefined } });
    expect(d.spec).toMatchObject({
      replicas: 1,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      template: { spec: { restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', terminationGracePeriodSeconds: 30 } },
    });
    // A template is not a Pod: no admission defaults, no requests copied from limits.
    expect((d.spec as { template: { spec: Record<string, unknown> } }).template.spec.serviceAccountName).toBeUndefined();
  });
});

describe('objectWarnings', () => {
  it('a containerPort used by two containers is a warning, not an error', () => {
    const p = objectOf('apiVersion: v1\nkind: Pod\nmetadata: {name: w}\nspec:\n  containers:\n  - {name: a, image: nginx, ports: [{containerPort: 80}]}\n  - {name: b, image: nginx, ports: [{containerPort: 80}]}\n');
    expect(objectWarnings(applyDefaults(p))).toEqual(['spec.containers[1].ports[0]: duplicate port definition with spec.containers[0].ports[0]']);
  });
});
