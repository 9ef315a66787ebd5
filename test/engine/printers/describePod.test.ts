import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../src/engine/api/objects';
import { describePod } from '../../../src/engine/kubectl/printers';
import { nginxPod, podEvent, T0 } from './fixtures';
import { status, terminated, waiting } from './podBuilders';

const lines = (...ls: string[]): string => ls.map((l) => l + '\n').join('');

describe('kubectl describe pod: a running pod', () => {
  it('prints every section in kubectl order, aligned per block as kubectl aligns it', () => {
    const pod = nginxPod();
    const c = 'spec.containers{nginx}';
    const events = [
      podEvent(pod, { reason: 'Scheduled', message: 'Successfully assigned default/nginx-deployment-67d4bdd6f5-w6kd7 to kube-worker-1', component: 'default-scheduler', first: '2022-02-17T21:51:01Z' }),
      podEvent(pod, { reason: 'Pulling', message: 'Pulling image "nginx"', component: 'kubelet', first: '2022-02-17T21:51:04Z', fieldPath: c }),
      podEvent(pod, { reason: 'Pulled', message: 'Successfully pulled image "nginx" in 1.146s (1.146s including waiting). Image size: 72195292 bytes.', component: 'kubelet', first: '2022-02-17T21:51:05Z', fieldPath: c }),
      podEvent(pod, { reason: 'Created', message: 'Container created', component: 'kubelet', first: '2022-02-17T21:51:05Z', fieldPath: c }),
      podEvent(pod, { reason: 'Started', message: 'Container started', component: 'kubelet', first: '2022-02-17T21:51:05Z', fieldPath: c }),
    ];
    expect(describePod(pod, events, T0 + 34_000)).toBe(
      lines(
        'Name:             nginx-deployment-67d4bdd6f5-w6kd7',
        'Namespace:        default',
        'Priority:         0',
        'Service Account:  default',
        'Node:             kube-worker-1/192.168.0.113',
        'Start Time:       Thu, 17 Feb 2022 21:51:01 +0000',
        'Labels:           app=nginx',
        '                  pod-template-hash=67d4bdd6f5',
        'Annotations:      <none>',
        'Status:           Running',
        'IP:               10.88.0.3',
        'IPs:',
        '  IP:           10.88.0.3',
        '  IP:           2001:db8::1',
        'Controlled By:  ReplicaSet/nginx-deployment-67d4bdd6f5',
        'Containers:',
        '  nginx:',
        '    Container ID:   containerd://5403af59a2b46ee5a23fb0ae4b1e077f7ca5c5fb7af16e1ab21c00e0e616462a',
        '    Image:          nginx',
        '    Image ID:       docker.io/library/nginx@sha256:2834dc507516af02784808c5f48b7cbe38b8ed5d0f4837f16e78d00deb7e7767',
        '    Port:           80/TCP',
        '    Host Port:      0/TCP',
        '    State:          Running',
        '      Started:      Thu, 17 Feb 2022 21:51:05 +0000',
        '    Ready:          True',
        '    Restart Count:  0',
        '    Limits:',
        '      cpu:     500m',
        '      memory:  128Mi',
        '    Requests:',
        '      cpu:        500m',
        '      memory:     128Mi',
        '    Environment:  <none>',
        '    Mounts:',
        '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-bgsgp (ro)',
        'Conditions:',
        '  Type              Status',
        '  Initialized       True ',
        '  Ready             True ',
        '  ContainersReady   True ',
        '  PodScheduled      True ',
        'Volumes:',
        '  kube-api-access-bgsgp:',
        '    Type:                    Projected (a volume that contains injected data from multiple sources)',
        '    TokenExpirationSeconds:  3607',
        '    ConfigMapName:           kube-root-ca.crt',
        '    Optional:                false',
        '    DownwardAPI:             true',
        'QoS Class:                   Guaranteed',
        'Node-Selectors:              <none>',
        'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
        '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
        'Events:',
        '  Type    Reason     Age   From               Message',
        '  ----    ------     ----  ----               -------',
        '  Normal  Scheduled  34s   default-scheduler  Successfully assigned default/nginx-deployment-67d4bdd6f5-w6kd7 to kube-worker-1',
        '  Normal  Pulling    31s   kubelet            spec.containers{nginx}: Pulling image "nginx"',
        '  Normal  Pulled     30s   kubelet            spec.containers{nginx}: Successfully pulled image "nginx" in 1.146s (1.146s including waiting). Image size: 72195292 bytes.',
        '  Normal  Created    30s   kubelet            spec.containers{nginx}: Container created',
        '  Normal  Started    30s   kubelet            spec.containers{nginx}: Container started',
      ),
    );
  });
});

function pendingPod(): Pod {
  const pod = nginxPod();
  pod.metadata = { name: 'big', namespace: 'default', labels: { run: 'big' }, uid: 'u-1', creationTimestamp: '2022-02-17T21:51:01Z' };
  const container = pod.spec?.containers[0];
  if (!pod.spec || !container) throw new Error('fixture');
  pod.spec.nodeName = undefined;
  pod.spec.containers = [{ ...container, name: 'big', ports: undefined, resources: { requests: { cpu: '10' } } }];
  pod.status = {
    phase: 'Pending',
    qosClass: 'Burstable',
    conditions: [
      {
        type: 'PodScheduled',
        status: 'False',
        reason: 'Unschedulable',
        message: '0/3 nodes are available: 3 Insufficient cpu.',
        lastTransitionTime: '2022-02-17T21:51:01Z',
      },
    ],
  };
  return pod;
}

describe('kubectl describe pod: a pod the scheduler cannot place', () => {
  it('shows Node <none>, no start time, an empty IP, no container state, and the FailedScheduling warning', () => {
    const pod = pendingPod();
    const failed = podEvent(pod, {
      reason: 'FailedScheduling',
      type: 'Warning',
      message:
        '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
      component: 'default-scheduler',
      first: '2022-02-17T21:51:01Z',
    });
    const out = describePod(pod, [failed], T0 + 5_000);
    expect(out).toContain(
      lines(
        'Service Account:  default',
        'Node:             <none>',
        'Labels:           run=big',
        'Annotations:      <none>',
        'Status:           Pending',
        'IP:               ',
        'IPs:              <none>',
        'Containers:',
        '  big:',
        '    Image:      nginx',
        '    Port:       <none>',
        '    Host Port:  <none>',
        '    Requests:',
        '      cpu:        10',
        '    Environment:  <none>',
        '    Mounts:',
        '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-bgsgp (ro)',
        'Conditions:',
        '  Type           Status',
        '  PodScheduled   False ',
      ),
    );
    expect(out).not.toContain('Start Time:');
    expect(out).toContain('QoS Class:                   Burstable\n');
    expect(out).toContain(
      lines(
        'Events:',
        '  Type     Reason            Age   From               Message',
        '  ----     ------            ----  ----               -------',
        '  Warning  FailedScheduling  5s    default-scheduler  0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
      ),
    );
  });
});

describe('kubectl describe pod: details', () => {
  it('shows Terminating with the grace period; the age of a future deletion timestamp is <invalid>', () => {
    const pod = nginxPod();
    pod.metadata = { ...pod.metadata, deletionTimestamp: '2022-02-17T21:52:00Z', deletionGracePeriodSeconds: 30 };
    expect(describePod(pod, [], Date.parse('2022-02-17T21:51:40Z'))).toContain(
      'Status:                    Terminating (lasts <invalid>)\nTermination Grace Period:  30s\n',
    );
    expect(describePod(pod, [], Date.parse('2022-02-17T21:52:12Z'))).toContain('Terminating (lasts 12s)');
  });

  it('shows init container states with Last State, and command, probes and environment', () => {
    const pod = nginxPod();
    if (!pod.spec || !pod.status) throw new Error('fixture');
    pod.spec.initContainers = [
      { name: 'init-myservice', image: 'busybox:1.28', command: ['sh', '-c', 'until nslookup myservice; do sleep 2; done'] },
    ];
    pod.spec.containers = [
      {
        name: 'liveness',
        image: 'registry.k8s.io/liveness',
        args: ['/server'],
        livenessProbe: { httpGet: { path: '/healthz', port: 8080, scheme: 'HTTP' }, initialDelaySeconds: 3, periodSeconds: 3, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 },
        readinessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, periodSeconds: 5, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 },
        env: [
          { name: 'GREETING', value: 'hello' },
          { name: 'MY_POD_IP', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIP' } } },
        ],
      },
    ];
    pod.status.initContainerStatuses = [
      status('init-myservice', waiting('CrashLoopBackOff'), {
        restartCount: 3,
        containerID: 'containerd://abc',
        imageID: 'docker.io/library/busybox@sha256:0123',
        lastState: terminated(1, 'Error', { finishedAt: '2022-02-17T21:51:30Z' }),
      }),
    ];
    pod.status.containerStatuses = [status('liveness', waiting('PodInitializing'))];
    const out = describePod(pod, [], T0 + 60_000);
    expect(out).toContain(
      lines(
        'Init Containers:',
        '  init-myservice:',
        '    Container ID:  containerd://abc',
        '    Image:         busybox:1.28',
        '    Image ID:      docker.io/library/busybox@sha256:0123',
        '    Port:          <none>',
        '    Host Port:     <none>',
        '    Command:',
        '      sh',
        '      -c',
        '      until nslookup myservice; do sleep 2; done',
        '    State:          Waiting',
        '      Reason:       CrashLoopBackOff',
        '    Last State:     Terminated',
        '      Reason:       Error',
        '      Exit Code:    1',
        '      Started:      Thu, 01 Jan 2026 00:00:10 +0000',
        '      Finished:     Thu, 17 Feb 2022 21:51:30 +0000',
        '    Ready:          False',
        '    Restart Count:  3',
        '    Environment:    <none>',
        '    Mounts:         <none>',
        'Containers:',
      ),
    );
    expect(out).toContain('    Liveness:       http-get http://:8080/healthz delay=3s timeout=1s period=3s #success=1 #failure=3\n');
    expect(out).toContain('    Readiness:      exec [cat /tmp/healthy] delay=0s timeout=1s period=5s #success=1 #failure=3\n');
    expect(out).toContain('    Environment:\n      GREETING:   hello\n      MY_POD_IP:  10.88.0.3 (v1:status.podIP)\n');
  });
});
