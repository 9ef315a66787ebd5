import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../../../src/engine/api/objects';
import { filterNode } from '../../../src/engine/scheduler/filter';
import { fitErrorMessage } from '../../../src/engine/scheduler/fitError';
import { addPod, newNodeInfo } from '../../../src/engine/scheduler/nodeInfo';
import { nodeChangeMayHelp } from '../../../src/engine/scheduler/queueingHints';
import { scoreNode, selectHost } from '../../../src/engine/scheduler/score';
import { Rng } from '../../../src/engine/runtime/rng';

const node = (name: string, cpu = '2', taints: Node['spec'] = {}): Node => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, labels: { 'kubernetes.io/hostname': name } },
  spec: taints,
  status: { allocatable: { cpu, memory: '4Gi', pods: '110' } },
});
const controlPlane = node('control-plane', '2', { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] });
const pod = (cpu?: string, extra: Partial<Pod['spec']> = {}): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', uid: 'u' },
  spec: { containers: [{ name: 'c', image: 'nginx', ...(cpu ? { resources: { requests: { cpu } } } : {}) }], ...extra },
});

describe('scheduler filters', () => {
  it('keeps ordinary Pods off the tainted control plane, with the real reason', () => {
    expect(filterNode(pod(), newNodeInfo(controlPlane))).toEqual({
      reasons: ['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'],
      resolvable: false,
    });
    const tolerant = pod(undefined, { tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] });
    expect(filterNode(tolerant, newNodeInfo(controlPlane))).toBeUndefined();
  });

  it('counts requests already placed on a node (NodeResourcesFit)', () => {
    const info = newNodeInfo(node('node-1'));
    addPod(info, 'a', pod('1500m'));
    expect(filterNode(pod('600m'), info)).toEqual({ reasons: ['Insufficient cpu'], resolvable: true });
    expect(filterNode(pod('500m'), info)).toBeUndefined();
  });

  it('honours nodeSelector and nodeName', () => {
    expect(filterNode(pod(undefined, { nodeSelector: { disk: 'ssd' } }), newNodeInfo(node('node-1')))?.reasons).toEqual([
      "node(s) didn't match Pod's node affinity/selector",
    ]);
    expect(filterNode(pod(undefined, { nodeName: 'node-2' }), newNodeInfo(node('node-1')))?.reasons).toEqual([
      "node(s) didn't match the requested node name",
    ]);
  });
});

describe('FailedScheduling message', () => {
  it('reads exactly as kube-scheduler v1.35 writes it', () => {
    const failures = [
      { reasons: ['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'], resolvable: false },
      { reasons: ['Insufficient cpu'], resolvable: true },
      { reasons: ['Insufficient cpu'], resolvable: true },
    ];
    expect(fitErrorMessage(3, failures)).toBe(
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. ' +
        'preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    );
  });
});

describe('scoring', () => {
  it('prefers the emptier node (LeastAllocated) and breaks ties with the seeded RNG', () => {
    const busy = newNodeInfo(node('node-1'));
    addPod(busy, 'a', pod('1'));
    const empty = newNodeInfo(node('node-2'));
    expect(scoreNode(pod(), empty)).toBeGreaterThan(scoreNode(pod(), busy));
    const tie = [{ node: 'node-1', score: 150 }, { node: 'node-2', score: 150 }];
    const picks = new Set(Array.from({ length: 20 }, (_, i) => selectHost(tie, new Rng(i))));
    expect(picks).toEqual(new Set(['node-1', 'node-2']));
    expect(selectHost(tie, new Rng(3))).toBe(selectHost(tie, new Rng(3)));
  });
});

describe('queueing hints for a Node update', () => {
  const cordoned = node('node-1', '2', { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }] });

  it('retries waiting Pods when the Node got less restrictive', () => {
    expect(nodeChangeMayHelp(newNodeInfo(cordoned), node('node-1'))).toBe(true);
    expect(nodeChangeMayHelp(newNodeInfo(controlPlane), node('control-plane'))).toBe(true);
    expect(nodeChangeMayHelp(newNodeInfo(node('node-1')), node('node-1', '4'))).toBe(true);
  });

  it('does not for a new taint or an update that changes nothing a filter reads', () => {
    expect(nodeChangeMayHelp(newNodeInfo(node('node-1', '2', { unschedulable: true })), cordoned)).toBe(false);
    expect(nodeChangeMayHelp(newNodeInfo(node('node-1')), node('node-1'))).toBe(false);
  });
});
