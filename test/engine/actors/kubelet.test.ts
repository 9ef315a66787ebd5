import { describe, expect, it } from 'vitest';
import type { ContainerStatus, Pod } from '../../../src/engine/api/objects';
import { goDuration, inBackoffSince, nextBackoff } from '../../../src/engine/kubelet/backoff';
import { getPhase, podStatus } from '../../../src/engine/kubelet/status';
import { resolvConf } from '../../../src/engine/kubelet/dns';

const running = (name: string): ContainerStatus => ({ name, state: { running: { startedAt: 't' } }, ready: true, restartCount: 0, image: 'i', imageID: '' });
const exited = (name: string, exitCode: number): ContainerStatus => ({ name, state: { terminated: { exitCode } }, ready: false, restartCount: 0, image: 'i', imageID: '' });
const waiting = (name: string, reason = 'ContainerCreating'): ContainerStatus => ({ name, state: { waiting: { reason } }, ready: false, restartCount: 0, image: 'i', imageID: '' });
const pod = (restartPolicy: 'Always' | 'OnFailure' | 'Never', init = 0): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', namespace: 'default' },
  spec: {
    restartPolicy,
    containers: [{ name: 'a', image: 'i' }, { name: 'b', image: 'i' }],
    initContainers: Array.from({ length: init }, (_, i) => ({ name: `init-${i}`, image: 'i' })),
  },
});

describe('pod phase (kubelet getPhase)', () => {
  it.each([
    ['Always', [waiting('a'), waiting('b')], 'Pending'],
    ['Always', [running('a'), waiting('b')], 'Pending'],
    ['Always', [running('a'), running('b')], 'Running'],
    ['Always', [running('a'), exited('b', 0)], 'Running'],
    ['Always', [exited('a', 0), exited('b', 1)], 'Running'],
    ['OnFailure', [exited('a', 0), exited('b', 0)], 'Succeeded'],
    ['OnFailure', [exited('a', 0), exited('b', 1)], 'Running'],
    ['Never', [exited('a', 0), exited('b', 1)], 'Failed'],
    ['Never', [exited('a', 0), exited('b', 0)], 'Succeeded'],
  ] as const)('restartPolicy %s, containers %j → %s', (policy, statuses, phase) => {
    expect(getPhase(pod(policy), [], [...statuses])).toBe(phase);
  });

  it('stays Pending while an init container has not finished, and fails on one that failed under Never', () => {
    expect(getPhase(pod('Always', 2), [exited('init-0', 0), running('init-1')], [waiting('a', 'PodInitializing'), waiting('b', 'PodInitializing')])).toBe('Pending');
    expect(getPhase(pod('Never', 1), [exited('init-0', 1)], [waiting('a'), waiting('b')])).toBe('Failed');
  });
});

describe('pod status conditions', () => {
  it('lists the five conditions in the kubelet\'s order with the real reasons', () => {
    const p: Pod = { ...pod('Always', 1), status: { conditions: [{ type: 'PodScheduled', status: 'True' }] } };
    const s = podStatus({ pod: p, hostIP: '192.168.56.11', startTime: 't', now: 'n', sandboxReady: true, init: new Map(), app: new Map() });
    expect(s.conditions!.map((c) => `${c.type}=${c.status}`)).toEqual(['PodReadyToStartContainers=True', 'Initialized=False', 'Ready=False', 'ContainersReady=False', 'PodScheduled=True']);
    expect(s.conditions![1]).toMatchObject({ reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [init-0]' });
    expect(s.containerStatuses![0]!.state).toEqual({ waiting: { reason: 'PodInitializing' } });
  });
});

describe('crash and image-pull back-off', () => {
  it('restarts at once the first time, then waits 10 s, 20 s, 40 s … up to 5 min', () => {
    let entry = undefined as ReturnType<typeof nextBackoff> | undefined;
    const waits: number[] = [];
    let t = 0;
    for (let crash = 0; crash < 9; crash++) {
      const wait = inBackoffSince(entry, t, t) ? entry!.durationMs : 0;
      waits.push(wait / 1000);
      t += wait;
      entry = nextBackoff(entry, t);
      t += 1000;
    }
    expect(waits).toEqual([0, 10, 20, 40, 80, 160, 300, 300, 300]);
  });

  it('forgets the back-off after 10 minutes without trouble', () => {
    const entry = nextBackoff(nextBackoff(undefined, 0), 1000);
    expect(inBackoffSince(entry, 700_000, 700_000)).toBe(false);
    expect(nextBackoff(entry, 700_000).durationMs).toBe(10_000);
  });

  it('prints durations as Go does in the CrashLoopBackOff message', () => {
    expect([goDuration(10_000), goDuration(80_000), goDuration(300_000)]).toEqual(['10s', '1m20s', '5m0s']);
  });
});

describe('resolv.conf by dnsPolicy', () => {
  const base = (spec: Partial<Pod['spec']>): Pod => ({ apiVersion: 'v1', kind: 'Pod', metadata: { namespace: 'shop' }, spec: { containers: [], ...spec } });
  it('points ClusterFirst Pods at CoreDNS with the namespace search path and ndots:5', () => {
    expect(resolvConf(base({}))).toEqual(['search shop.svc.cluster.local svc.cluster.local cluster.local', 'nameserver 10.96.0.10', 'options ndots:5']);
  });
  it('falls back to the node\'s DNS for a hostNetwork Pod unless ClusterFirstWithHostNet', () => {
    expect(resolvConf(base({ hostNetwork: true }))).toEqual(['nameserver 192.168.56.1']);
    expect(resolvConf(base({ hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' }))[1]).toBe('nameserver 10.96.0.10');
  });
  it('uses only dnsConfig with dnsPolicy None', () => {
    expect(resolvConf(base({ dnsPolicy: 'None', dnsConfig: { nameservers: ['1.1.1.1'], searches: ['example.com'], options: [{ name: 'ndots', value: '2' }] } }))).toEqual([
      'search example.com',
      'nameserver 1.1.1.1',
      'options ndots:2',
    ]);
  });
});
