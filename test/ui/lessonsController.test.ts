// The lesson controller against a real lesson cluster (no browser: no frames run, so the
// cluster stands still at its start), with the lab's bridge as the page uses it.
import { beforeAll, describe, expect, it } from 'vitest';
import { lessons } from '../../src/ui/lib/lessons.svelte';
import { lab } from '../../src/ui/lib/sandbox.svelte';
import { walks } from '../../src/ui/lib/walks.svelte';
import type { TraceEvent } from '../../src/engine';

const event = (e: Partial<TraceEvent>): TraceEvent => ({
  seq: 10_000,
  t: 0,
  at: 0,
  from: 'kubelet/node-1',
  to: 'containerRuntime/node-1',
  kind: 'x',
  ...e,
});

beforeAll(async () => {
  await lab.init('#lesson=02&speed=8');
  await lessons.load();
  lessons.update();
});

describe('the lesson controller', () => {
  it('opens the lesson a link names, in its own cluster, with every goal open', () => {
    expect(lab.lesson).toBe('02');
    expect(lab.speed).toBe(8);
    expect(lessons.source?.folder).toBe('02-nine-steps');
    expect(lessons.docs?.zh.runs.length).toBe(lessons.docs?.en.runs.length);
    expect(lessons.goals).toEqual({ pushed: false, running: false, 'nine-steps': false, events: false });
    // The lesson's scenario: the registry has node:7 but not luksa/kubia yet.
    const repos = lab.snapshot!.registry.repositories.map((r) => r.name);
    expect(repos.some((r) => r.endsWith('/node'))).toBe(true);
    expect(repos.some((r) => r.endsWith('luksa/kubia'))).toBe(false);
    expect(lab.commands).toEqual([]);
  });

  it('holds back the answer to a question shown and not guessed, until a guess comes', () => {
    const pull = lessons.docs!.en.predicts.findIndex(
      (p) => 'kind' in p.reveal && p.reveal.kind === 'PullImage',
    );
    expect(pull).toBeGreaterThanOrEqual(0);
    const pullImage = event({ kind: 'PullImage' });
    expect(lab.hold.match!(pullImage)).toBe(false); // not shown yet
    lessons.shown(pull);
    expect(lessons.predicts[pull]?.since).toEqual({ seq: lab.trace.length, commands: 0 });
    expect(lab.hold.match!(event({ kind: 'ImageStatus' }))).toBe(false);
    expect(lab.hold.match!(pullImage)).toBe(true);
    expect(lessons.waiting).toBe(pull);
    lessons.guess(pull, 'kubectl');
    expect(lessons.waiting).toBeUndefined();
    expect(lab.hold.match!(pullImage)).toBe(false);
    expect(lessons.right(lessons.docs!.en.predicts[pull]!, lessons.predicts[pull])).toBe(false);
  });

  it('follows the links of the lesson text', () => {
    lessons.follow('#step-5');
    expect(lessons.message).toEqual({ key: 'lessons.noStep', params: { step: 5 } });
    const before = walks.requests;
    lessons.follow('#walk-node-1-w2');
    expect(walks.selected).toBe('node-1/w2');
    expect(walks.requests).toBe(before + 1);
    lessons.follow('#lesson-05');
    expect(lab.lesson).toBe('05');
  });

  it('starts a lesson over on reset: its questions unasked, its progress cleared', () => {
    lessons.update();
    lessons.shown(0);
    lessons.hints = 2;
    lessons.reset();
    lessons.update();
    expect(lab.lesson).toBe('05');
    expect(lessons.predicts).toEqual([]);
    expect(lessons.hints).toBe(0);
    expect(lessons.progress['05']).toEqual({ goals: [], done: false });
  });

  it('leaves the lessons for the sandbox', () => {
    lessons.sandbox();
    expect(lab.lesson).toBeUndefined();
    lessons.update();
    expect(lessons.source).toBeUndefined();
  });
});
