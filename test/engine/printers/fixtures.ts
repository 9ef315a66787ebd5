// Objects shaped like the ones in the kubernetes.io "debug running pod" example
// (nginx-deployment, requests = limits, kube-api-access projected volume), written
// for these tests; times are UTC.
import type { KubeEvent, Pod } from '../../../src/engine/api/objects';
import { TOKEN_PROJECTION } from '../../../src/engine/apiServer/admission';

export const T0 = Date.parse('2022-02-17T21:51:01Z');

export function nginxPod(): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      creationTimestamp: '2022-02-17T21:51:01Z',
      generateName: 'nginx-deployment-67d4bdd6f5-',
      labels: { app: 'nginx', 'pod-template-hash': '67d4bdd6f5' },
      name: 'nginx-deployment-67d4bdd6f5-w6kd7',
      namespace: 'default',
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          blockOwnerDeletion: true,
          controller: true,
          kind: 'ReplicaSet',
          name: 'nginx-deployment-67d4bdd6f5',
          uid: '7d41dfd4-84c0-4be4-88ab-cedbe626ad82',
        },
      ],
      resourceVersion: '1364',
      uid: 'a6501da1-0447-4262-98eb-c03d4002222e',
    },
    spec: {
      containers: [
        {
          image: 'nginx',
          imagePullPolicy: 'Always',
          name: 'nginx',
          ports: [{ containerPort: 80, protocol: 'TCP' }],
          resources: { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '500m', memory: '128Mi' } },
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
          volumeMounts: [
            { mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: 'kube-api-access-bgsgp', readOnly: true },
          ],
        },
      ],
      dnsPolicy: 'ClusterFirst',
      enableServiceLinks: true,
      nodeName: 'kube-worker-1',
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      securityContext: {},
      serviceAccount: 'default',
      serviceAccountName: 'default',
      terminationGracePeriodSeconds: 30,
      tolerations: [
        { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
        { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
      ],
      volumes: [
        {
          name: 'kube-api-access-bgsgp',
          projected: TOKEN_PROJECTION,
        },
      ],
    },
    status: {
      conditions: [
        { lastProbeTime: null, lastTransitionTime: '2022-02-17T21:51:01Z', status: 'True', type: 'Initialized' },
        { lastProbeTime: null, lastTransitionTime: '2022-02-17T21:51:06Z', status: 'True', type: 'Ready' },
        { lastProbeTime: null, lastTransitionTime: '2022-02-17T21:51:06Z', status: 'True', type: 'ContainersReady' },
        { lastProbeTime: null, lastTransitionTime: '2022-02-17T21:51:01Z', status: 'True', type: 'PodScheduled' },
      ] as unknown as NonNullable<Pod['status']>['conditions'],
      containerStatuses: [
        {
          containerID: 'containerd://5403af59a2b46ee5a23fb0ae4b1e077f7ca5c5fb7af16e1ab21c00e0e616462a',
          image: 'docker.io/library/nginx:latest',
          imageID: 'docker.io/library/nginx@sha256:2834dc507516af02784808c5f48b7cbe38b8ed5d0f4837f16e78d00deb7e7767',
          lastState: {},
          name: 'nginx',
          ready: true,
          restartCount: 0,
          started: true,
          state: { running: { startedAt: '2022-02-17T21:51:05Z' } },
        },
      ],
      hostIP: '192.168.0.113',
      phase: 'Running',
      podIP: '10.88.0.3',
      podIPs: [{ ip: '10.88.0.3' }, { ip: '2001:db8::1' }],
      qosClass: 'Guaranteed',
      startTime: '2022-02-17T21:51:01Z',
    },
  };
}

let seq = 0;

/** A core/v1 Event about `pod`, as the scheduler or kubelet records one. */
export function podEvent(
  pod: Pod,
  e: { reason: string; message: string; type?: string; component: string; first: string; last?: string; count?: number; fieldPath?: string },
): KubeEvent {
  seq++;
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${pod.metadata?.name ?? ''}.${seq.toString(16).padStart(16, '0')}`, namespace: 'default' },
    involvedObject: {
      apiVersion: 'v1',
      kind: 'Pod',
      name: pod.metadata?.name,
      namespace: 'default',
      uid: pod.metadata?.uid,
      ...(e.fieldPath ? { fieldPath: e.fieldPath } : {}),
    },
    reason: e.reason,
    message: e.message,
    type: e.type ?? 'Normal',
    source: { component: e.component },
    count: e.count ?? 1,
    firstTimestamp: e.first,
    lastTimestamp: e.last ?? e.first,
  };
}
