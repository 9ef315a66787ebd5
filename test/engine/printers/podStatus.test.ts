import { describe, expect, it } from 'vitest';
import { podReady, podRestarts, podStatusReason } from '../../../src/engine/kubectl/printers';
import { makePod, running, status, terminated, waiting, type PodShape } from './podBuilders';

const cases: [string, PodShape, string][] = [
  ['an unscheduled pod has no statuses: its phase', { phase: 'Pending', conditions: [['PodScheduled', 'False', 'Unschedulable']] }, 'Pending'],
  ['a pod held by scheduling gates', { phase: 'Pending', conditions: [['PodScheduled', 'False', 'SchedulingGated']] }, 'SchedulingGated'],
  ['the kubelet default waiting reason', { phase: 'Pending', statuses: [status('app', waiting('ContainerCreating'))] }, 'ContainerCreating'],
  [
    'app containers waiting while init containers run',
    {
      phase: 'Pending',
      init: ['init-myservice', 'init-mydb'],
      initStatuses: [status('init-myservice', running()), status('init-mydb', waiting('PodInitializing'))],
      statuses: [status('app', waiting('PodInitializing'))],
    },
    'Init:0/2',
  ],
  [
    'the second of two init containers running',
    {
      phase: 'Pending',
      init: ['a', 'b'],
      initStatuses: [status('a', terminated(0, 'Completed')), status('b', running())],
      statuses: [status('app', waiting('PodInitializing'))],
    },
    'Init:1/2',
  ],
  [
    'an init container that failed',
    { phase: 'Pending', init: ['a'], initStatuses: [status('a', terminated(1, 'Error'))], statuses: [status('app', waiting('PodInitializing'))] },
    'Init:Error',
  ],
  [
    'an init container in back-off',
    {
      phase: 'Pending',
      init: ['a', 'b'],
      initStatuses: [status('a', terminated(0, 'Completed')), status('b', waiting('CrashLoopBackOff'), { restartCount: 3 })],
      statuses: [status('app', waiting('PodInitializing'))],
    },
    'Init:CrashLoopBackOff',
  ],
  [
    'an init container killed by a signal without a reason',
    { phase: 'Pending', init: ['a'], initStatuses: [status('a', terminated(137, undefined, { signal: 9 }))] },
    'Init:Signal:9',
  ],
  [
    'init containers done, app container starting',
    {
      phase: 'Pending',
      init: ['a'],
      initStatuses: [status('a', terminated(0, 'Completed'))],
      statuses: [status('app', waiting('PodInitializing'))],
      conditions: [['Initialized', 'True']],
    },
    'PodInitializing',
  ],
  ['a running ready container', { statuses: [status('app', running(), { ready: true })] }, 'Running'],
  ['a running container not yet ready is still Running', { statuses: [status('app', running())] }, 'Running'],
  ['a container that exited 0', { phase: 'Succeeded', statuses: [status('app', terminated(0, 'Completed'))] }, 'Completed'],
  ['a container that exited 1', { phase: 'Failed', statuses: [status('app', terminated(1, 'Error'))] }, 'Error'],
  ['a crash-looping container', { statuses: [status('app', waiting('CrashLoopBackOff'), { restartCount: 4 })] }, 'CrashLoopBackOff'],
  ['an image that cannot be pulled', { phase: 'Pending', statuses: [status('app', waiting('ErrImagePull'))] }, 'ErrImagePull'],
  ['an image pull in back-off', { phase: 'Pending', statuses: [status('app', waiting('ImagePullBackOff'))] }, 'ImagePullBackOff'],
  ['a container killed for memory', { statuses: [status('app', terminated(137, 'OOMKilled'), { restartCount: 1 })] }, 'OOMKilled'],
  ['a terminated container without a reason, by signal', { statuses: [status('app', terminated(137, undefined, { signal: 9 }))] }, 'Signal:9'],
  ['a terminated container without a reason, by exit code', { statuses: [status('app', terminated(1))] }, 'ExitCode:1'],
  [
    'the lowest-index container wins',
    { containers: ['a', 'b'], statuses: [status('a', waiting('ImagePullBackOff')), status('b', waiting('CrashLoopBackOff'))] },
    'ImagePullBackOff',
  ],
  [
    'one container completed, another running and the pod Ready',
    {
      containers: ['job', 'web'],
      statuses: [status('job', terminated(0, 'Completed')), status('web', running(), { ready: true })],
      conditions: [['Ready', 'True']],
    },
    'Running',
  ],
  [
    'one container completed, another running, the pod not Ready',
    {
      containers: ['job', 'web'],
      statuses: [status('job', terminated(0, 'Completed')), status('web', running(), { ready: true })],
      conditions: [['Ready', 'False']],
    },
    'NotReady',
  ],
  [
    'a pod being deleted',
    { deletionTimestamp: '2026-01-01T00:05:00Z', statuses: [status('app', running(), { ready: true })] },
    'Terminating',
  ],
  [
    'a finished pod being deleted keeps its reason',
    { phase: 'Succeeded', deletionTimestamp: '2026-01-01T00:05:00Z', statuses: [status('app', terminated(0, 'Completed'))] },
    'Completed',
  ],
  [
    'a pod on a lost node being deleted',
    { reason: 'NodeLost', deletionTimestamp: '2026-01-01T00:05:00Z', statuses: [status('app', running(), { ready: true })] },
    'Unknown',
  ],
  ['an evicted pod shows status.reason', { phase: 'Failed', reason: 'Evicted' }, 'Evicted'],
];

describe('STATUS column (printPod)', () => {
  it.each(cases)('%s', (_name, shape, expected) => {
    expect(podStatusReason(makePod(shape))).toBe(expected);
  });
});

describe('READY column', () => {
  it('counts ready and running app containers', () => {
    const pod = makePod({ containers: ['a', 'b'], statuses: [status('a', running(), { ready: true }), status('b', running())] });
    expect(podReady(pod)).toBe('1/2');
  });
  it('counts sidecars (init containers with restartPolicy Always) in the total and when ready', () => {
    const pod = makePod({
      init: ['setup', { name: 'log-shipper', sidecar: true }],
      initStatuses: [
        status('setup', terminated(0, 'Completed')),
        status('log-shipper', running(), { ready: true, started: true }),
      ],
      statuses: [status('app', running(), { ready: true })],
      conditions: [['Initialized', 'True']],
    });
    expect(podReady(pod)).toBe('2/2');
    expect(podStatusReason(pod)).toBe('Running');
  });
  it('counts a started but unready sidecar in the total only', () => {
    const pod = makePod({
      init: [{ name: 'proxy', sidecar: true }],
      initStatuses: [status('proxy', running(), { ready: false, started: true })],
      statuses: [status('app', running(), { ready: true })],
      conditions: [['Initialized', 'True']],
    });
    expect(podReady(pod)).toBe('1/2');
  });
  it('is 0/N for an unscheduled pod', () => {
    expect(podReady(makePod({ phase: 'Pending', containers: ['a', 'b'] }))).toBe('0/2');
  });
});

describe('RESTARTS column', () => {
  const now = Date.parse('2026-01-01T00:10:23Z');
  it('is the sum of restart counts with the age of the newest termination', () => {
    const pod = makePod({
      containers: ['a', 'b'],
      statuses: [
        status('a', running(), { restartCount: 2, lastState: terminated(1, 'Error', { finishedAt: '2026-01-01T00:08:00Z' }) }),
        status('b', waiting('CrashLoopBackOff'), { restartCount: 3, lastState: terminated(1, 'Error', { finishedAt: '2026-01-01T00:10:00Z' }) }),
      ],
    });
    expect(podRestarts(pod, now)).toBe('5 (23s ago)');
  });
  it('is a bare 0 without restarts', () => {
    expect(podRestarts(makePod({ statuses: [status('app', running(), { ready: true })] }), now)).toBe('0');
  });
  it('counts failed init container restarts while initializing', () => {
    const pod = makePod({
      phase: 'Pending',
      init: ['a'],
      initStatuses: [status('a', waiting('CrashLoopBackOff'), { restartCount: 3, lastState: terminated(1, 'Error', { finishedAt: '2026-01-01T00:09:23Z' }) })],
      statuses: [status('app', waiting('PodInitializing'))],
    });
    expect(podRestarts(pod, now)).toBe('3 (60s ago)');
  });
  it('drops init container restarts once initialized, but keeps sidecar restarts', () => {
    const pod = makePod({
      init: ['setup', { name: 'proxy', sidecar: true }],
      initStatuses: [
        status('setup', terminated(0, 'Completed'), { restartCount: 4 }),
        status('proxy', running(), { ready: true, started: true, restartCount: 1, lastState: terminated(1, 'Error', { finishedAt: '2026-01-01T00:07:23Z' }) }),
      ],
      statuses: [status('app', running(), { ready: true })],
      conditions: [['Initialized', 'True']],
    });
    expect(podRestarts(pod, now)).toBe('1 (3m ago)');
  });
});
