import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toJson, toYaml } from '../../../src/engine/kubectl/printers';
import { nginxPod } from './fixtures';

// What `kubectl get pod nginx-deployment-67d4bdd6f5-w6kd7 -o yaml` prints for that pod
// (the kubernetes.io "debug running pod" example): keys sorted, lists at the key's
// column, "True" and "1364" and timestamps quoted, null and {} kept.
const NGINX_YAML = `apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: "2022-02-17T21:51:01Z"
  generateName: nginx-deployment-67d4bdd6f5-
  labels:
    app: nginx
    pod-template-hash: 67d4bdd6f5
  name: nginx-deployment-67d4bdd6f5-w6kd7
  namespace: default
  ownerReferences:
  - apiVersion: apps/v1
    blockOwnerDeletion: true
    controller: true
    kind: ReplicaSet
    name: nginx-deployment-67d4bdd6f5
    uid: 7d41dfd4-84c0-4be4-88ab-cedbe626ad82
  resourceVersion: "1364"
  uid: a6501da1-0447-4262-98eb-c03d4002222e
spec:
  containers:
  - image: nginx
    imagePullPolicy: Always
    name: nginx
    ports:
    - containerPort: 80
      protocol: TCP
    resources:
      limits:
        cpu: 500m
        memory: 128Mi
      requests:
        cpu: 500m
        memory: 128Mi
    terminationMessagePath: /dev/termination-log
    terminationMessagePolicy: File
    volumeMounts:
    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
      name: kube-api-access-bgsgp
      readOnly: true
  dnsPolicy: ClusterFirst
  enableServiceLinks: true
  nodeName: kube-worker-1
  preemptionPolicy: PreemptLowerPriority
  priority: 0
  restartPolicy: Always
  schedulerName: default-scheduler
  securityContext: {}
  serviceAccount: default
  serviceAccountName: default
  terminationGracePeriodSeconds: 30
  tolerations:
  - effect: NoExecute
    key: node.kubernetes.io/not-ready
    operator: Exists
    tolerationSeconds: 300
  - effect: NoExecute
    key: node.kubernetes.io/unreachable
    operator: Exists
    tolerationSeconds: 300
  volumes:
  - name: kube-api-access-bgsgp
    projected:
      defaultMode: 420
      sources:
      - serviceAccountToken:
          expirationSeconds: 3607
          path: token
      - configMap:
          items:
          - key: ca.crt
            path: ca.crt
          name: kube-root-ca.crt
      - downwardAPI:
          items:
          - fieldRef:
              apiVersion: v1
              fieldPath: metadata.namespace
            path: namespace
status:
  conditions:
  - lastProbeTime: null
    lastTransitionTime: "2022-02-17T21:51:01Z"
    status: "True"
    type: Initialized
  - lastProbeTime: null
    lastTransitionTime: "2022-02-17T21:51:06Z"
    status: "True"
    type: Ready
  - lastProbeTime: null
    lastTransitionTime: "2022-02-17T21:51:06Z"
    status: "True"
    type: ContainersReady
  - lastProbeTime: null
    lastTransitionTime: "2022-02-17T21:51:01Z"
    status: "True"
    type: PodScheduled
  containerStatuses:
  - containerID: containerd://5403af59a2b46ee5a23fb0ae4b1e077f7ca5c5fb7af16e1ab21c00e0e616462a
    image: docker.io/library/nginx:latest
    imageID: docker.io/library/nginx@sha256:2834dc507516af02784808c5f48b7cbe38b8ed5d0f4837f16e78d00deb7e7767
    lastState: {}
    name: nginx
    ready: true
    restartCount: 0
    started: true
    state:
      running:
        startedAt: "2022-02-17T21:51:05Z"
  hostIP: 192.168.0.113
  phase: Running
  podIP: 10.88.0.3
  podIPs:
  - ip: 10.88.0.3
  - ip: 2001:db8::1
  qosClass: Guaranteed
  startTime: "2022-02-17T21:51:01Z"
`;

describe('kubectl -o yaml', () => {
  it('prints the pod exactly as kubectl does', () => {
    expect(toYaml(nginxPod())).toBe(NGINX_YAML);
  });

  it('round-trips: the YAML reads back to the same object', () => {
    expect(parse(toYaml(nginxPod()))).toEqual(JSON.parse(JSON.stringify(nginxPod())));
  });

  it.each([
    ['True', '"True"'],
    ['false', '"false"'],
    ['yes', '"yes"'],
    ['on', '"on"'],
    ['~', '"~"'],
    ['null', '"null"'],
    ['', '""'],
    ['1364', '"1364"'],
    ['0.5', '"0.5"'],
    ['1e3', '"1e3"'],
    ['0x1F', '"0x1F"'],
    ['1_000', '"1_000"'],
    ['12:30', '"12:30"'],
    ['2026-01-01', '"2026-01-01"'],
    ['2026-01-01T00:00:05Z', '"2026-01-01T00:00:05Z"'],
    ['500m', '500m'],
    ['10.244.1.5', '10.244.1.5'],
    ['nginx:1.27', 'nginx:1.27'],
    ['a: b', "'a: b'"],
    ['*', "'*'"],
    ['- x', "'- x'"],
    ["it's", "it's"],
    ["it's #1", "'it''s #1'"],
    ['a #b', "'a #b'"],
    ['trailing ', "'trailing '"],
    ["{'x': 1}", "'{''x'': 1}'"],
    ['tab\there', '"tab\\there"'],
  ])('quotes %j as go-yaml v2 does', (value, printed) => {
    expect(toYaml({ v: value })).toBe(`v: ${printed}\n`);
  });

  it('sorts keys in go-yaml order: non-letters first, digit runs by value', () => {
    expect(toYaml({ b: 1, B: 2, a10: 3, a9: 4, 'a-x': 5, _z: 6 })).toBe('_z: 6\nB: 2\na-x: 5\na9: 4\na10: 3\nb: 1\n');
  });

  it('prints multi-line strings as literal blocks', () => {
    expect(toYaml({ data: { 'nginx.conf': 'server {\n  listen 80;\n}\n' } })).toBe(
      'data:\n  nginx.conf: |\n    server {\n      listen 80;\n    }\n',
    );
    expect(toYaml({ script: 'echo a\necho b' })).toBe('script: |-\n  echo a\n  echo b\n');
  });

  it('folds long strings at a space past column 80, as kubectl -o yaml does for event messages', () => {
    const message =
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu.';
    expect(toYaml({ status: { conditions: [{ message, type: 'PodScheduled' }] } })).toBe(
      'status:\n' +
        '  conditions:\n' +
        "  - message: '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane:\n" +
        "      }, 2 Insufficient cpu.'\n" +
        '    type: PodScheduled\n',
    );
  });

  it('prints empty lists and maps in flow style, and numbers as numbers', () => {
    expect(toYaml({ args: [], env: {}, replicas: 3, ratio: 0.25, nested: [['a']] })).toBe(
      'args: []\nenv: {}\nnested:\n- - a\nratio: 0.25\nreplicas: 3\n',
    );
  });
});

describe('kubectl -o json', () => {
  it('indents by four spaces with keys sorted, as Go prints unstructured objects', () => {
    expect(toJson({ kind: 'Pod', apiVersion: 'v1', metadata: { name: 'web', labels: {} }, spec: { containers: [] } })).toBe(
      '{\n' +
        '    "apiVersion": "v1",\n' +
        '    "kind": "Pod",\n' +
        '    "metadata": {\n' +
        '        "labels": {},\n' +
        '        "name": "web"\n' +
        '    },\n' +
        '    "spec": {\n' +
        '        "containers": []\n' +
        '    }\n' +
        '}\n',
    );
  });

  it('escapes <, > and & as Go does, and sorts numeric-looking keys as strings', () => {
    expect(toJson({ message: 'a <b> & c', data: { '9': 'x', '10': 'y' } })).toBe(
      '{\n    "data": {\n        "10": "y",\n        "9": "x"\n    },\n    "message": "a \\u003cb\\u003e \\u0026 c"\n}\n',
    );
  });
});
