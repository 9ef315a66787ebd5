import { describe as group, expect, it } from 'vitest';
import { layout } from '../../src/viz/stage/layout';
import type { Box, StageLayout } from '../../src/viz/stage/types';
import { describe, hundredPods, nineSteps } from './fixtures';

const SIZE = { width: 1000, height: 600 };

function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.w <= outer.x + outer.w + 0.01 && inner.y + inner.h <= outer.y + outer.h + 0.01;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w - 0.01 && b.x < a.x + a.w - 0.01 && a.y < b.y + b.h - 0.01 && b.y < a.y + a.h - 0.01;
}

function userPods(l: StageLayout) {
  return l.pods.filter((p) => !p.system);
}

const run = nineSteps();

group('stage layout', () => {
  it('has a box for every component the trace names, inside the stage', () => {
    const l = layout(run.after, SIZE, describe);
    const ids = new Set(l.components.map((c) => c.id));
    for (const e of run.sb.trace) {
      for (const address of [e.from, e.to]) expect(ids.has(address.split('#')[0]!), address).toBe(true);
    }
    for (const c of l.components) expect(inside(c, { x: 0, y: 0, w: l.width, h: l.height })).toBe(true);
  });

  it('draws a pod the scheduler has not bound in the control plane, and the bound pod on its node', () => {
    const pending = userPods(layout(run.pending, SIZE, describe));
    expect(pending).toHaveLength(1);
    const l = layout(run.after, SIZE, describe);
    expect(inside(pending[0]!, l.unscheduled)).toBe(true);
    const [pod] = userPods(l);
    expect(pod?.uid).toBe(pending[0]!.uid);
    const node = l.nodes.find((n) => n.name === pod!.node)!;
    expect(inside(pod!, node.podArea)).toBe(true);
  });

  it('shows STATUS and READY as kubectl prints them, with a tone that is not the only carrier', () => {
    const [pending] = userPods(layout(run.pending, SIZE, describe));
    expect([pending!.ready, pending!.status, pending!.tone]).toEqual(['0/1', 'Pending', 'progress']);
    const [running] = userPods(layout(run.after, SIZE, describe));
    expect([running!.ready, running!.status, running!.tone, running!.ip]).toEqual(['1/1', 'Running', 'ok', '10.244.2.2']);
  });

  it('puts the pause container first, then the app containers, inside the pod', () => {
    const [pod] = userPods(layout(run.after, SIZE, describe));
    expect(pod!.containers.map((c) => [c.key, c.state])).toEqual([
      ['pause', 'running'],
      ['app:kubia', 'running'],
    ]);
    for (const c of pod!.containers) expect(inside(c, { x: 0, y: 0, w: pod!.w, h: pod!.h })).toBe(true);
  });

  it('shows the add-on pods of each node as chips, inside their node', () => {
    const l = layout(run.before, SIZE, describe);
    const chips = l.pods.filter((p) => p.system);
    expect(chips.length).toBeGreaterThan(0);
    for (const c of chips) expect(inside(c, l.nodes.find((n) => n.name === c.node)!)).toBe(true);
  });

  it('is a pure function of its input', () => {
    expect(layout(run.after, SIZE, describe)).toEqual(layout(run.after, SIZE, describe));
  });

  it('fits a hundred pods on ten nodes without overlaps', () => {
    const l = layout(hundredPods(), { width: 1100, height: 700 }, describe);
    const pods = userPods(l);
    expect(pods).toHaveLength(100);
    expect(l.nodes).toHaveLength(11);
    for (const p of pods) expect(inside(p, l.nodes.find((n) => n.name === p.node)!.podArea)).toBe(true);
    for (let i = 0; i < pods.length; i++) for (let j = i + 1; j < pods.length; j++) expect(overlaps(pods[i]!, pods[j]!)).toBe(false);
    expect(pods.every((p) => p.compact)).toBe(true);
  });
  it('on a phone held upright, stacks the nodes at full width under a control plane of its own, all at scale 1', () => {
    const phone = { width: 374, height: 720 };
    const l = layout(run.after, phone, describe);
    expect([l.width, l.height]).toEqual([374, 720]);
    const plane = l.frames.find((f) => f.id === 'controlPlane')!;
    expect(plane.w).toBeGreaterThan(340);
    expect(l.nodes.map((n) => n.x)).toEqual(l.nodes.map(() => l.nodes[0]!.x));
    for (const [a, b] of l.nodes.slice(1).map((n, i) => [l.nodes[i]!, n] as const)) expect(b.y).toBeGreaterThan(a.y + a.h);
    const boxes = [...l.frames, ...l.nodes];
    for (const a of boxes) {
      expect(inside(a, { x: 0, y: 0, w: l.width, h: l.height })).toBe(true);
      for (const b of boxes) if (a !== b) expect(overlaps(a, b)).toBe(false);
    }
    // A short narrow stage (beside a lesson on a projector) keeps the one top row.
    const short = layout(run.after, { width: 450, height: 400 }, describe);
    expect(new Set(short.frames.map((f) => f.y)).size).toBe(1);
  });
});
