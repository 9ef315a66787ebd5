// Small builders for pods in the states the kubelet reports.
import type { Container, ContainerState, ContainerStatus, Pod } from '../../../src/engine/api/objects';

export const running = (startedAt = '2026-01-01T00:00:10Z'): ContainerState => ({ running: { startedAt } });
export const waiting = (reason: string, message?: string): ContainerState => ({ waiting: { reason, ...(message ? { message } : {}) } });
export const terminated = (exitCode: number, reason?: string, extra: { signal?: number; finishedAt?: string } = {}): ContainerState => ({
  terminated: {
    exitCode,
    ...(reason ? { reason } : {}),
    ...(extra.signal ? { signal: extra.signal } : {}),
    startedAt: '2026-01-01T00:00:10Z',
    finishedAt: extra.finishedAt ?? '2026-01-01T00:00:20Z',
  },
});

export function status(name: string, state: ContainerState, opts: Partial<ContainerStatus> = {}): ContainerStatus {
  return { name, image: 'docker.io/library/busybox:latest', imageID: '', ready: false, restartCount: 0, state, ...opts };
}

export interface PodShape {
  name?: string;
  containers?: string[];
  init?: (string | { name: string; sidecar: true })[];
  phase?: NonNullable<Pod['status']>['phase'];
  reason?: string;
  statuses?: ContainerStatus[];
  initStatuses?: ContainerStatus[];
  conditions?: [string, string, string?][];
  deletionTimestamp?: string;
  nodeName?: string;
}

export function makePod(p: PodShape): Pod {
  const container = (name: string, sidecar = false): Container => ({ name, image: 'busybox', ...(sidecar ? { restartPolicy: 'Always' } : {}) });
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: p.name ?? 'web',
      namespace: 'default',
      creationTimestamp: '2026-01-01T00:00:00Z',
      ...(p.deletionTimestamp ? { deletionTimestamp: p.deletionTimestamp } : {}),
    },
    spec: {
      containers: (p.containers ?? ['app']).map((n) => container(n)),
      ...(p.init ? { initContainers: p.init.map((c) => (typeof c === 'string' ? container(c) : container(c.name, true))) } : {}),
      ...(p.nodeName ? { nodeName: p.nodeName } : {}),
    },
    status: {
      phase: p.phase ?? 'Running',
      ...(p.reason ? { reason: p.reason } : {}),
      ...(p.conditions
        ? { conditions: p.conditions.map(([type, s, reason]) => ({ type, status: s, ...(reason ? { reason } : {}) })) }
        : {}),
      ...(p.statuses ? { containerStatuses: p.statuses } : {}),
      ...(p.initStatuses ? { initContainerStatuses: p.initStatuses } : {}),
    },
  };
}
