import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  cleared,
  readProgress,
  reached,
  started,
  statusOf,
  writeProgress,
  type StorageLike,
} from '../../src/ui/lib/lessonProgress';

function memory(initial?: string): StorageLike & { value: string | null } {
  const s = {
    value: initial ?? null,
    getItem: (k: string) => (k === PROGRESS_KEY ? s.value : null),
    setItem: (k: string, v: string) => {
      if (k === PROGRESS_KEY) s.value = v;
    },
  };
  return s;
}

const goals = (done: Record<string, boolean>) => Object.entries(done).map(([id, d]) => ({ id, done: d }));

describe('lesson progress in localStorage', () => {
  it('keeps goals reached once, and marks a lesson done only when every goal held at once', () => {
    let p = started({}, '02');
    expect(statusOf(p, '02')).toBe('started');
    expect(statusOf(p, '03')).toBe('new');
    p = reached(p, '02', goals({ pushed: true, running: false }));
    p = reached(p, '02', goals({ pushed: false, running: true }));
    expect(p['02']).toEqual({ goals: ['pushed', 'running'], done: false });
    expect(statusOf(p, '02')).toBe('started');
    p = reached(p, '02', goals({ pushed: true, running: true }));
    expect(statusOf(p, '02')).toBe('done');
    // Done stays done when the cluster moves on (a Pod deleted later).
    expect(statusOf(reached(p, '02', goals({ pushed: false, running: false })), '02')).toBe('done');
  });

  it('returns the same object when nothing changed, so nothing is written', () => {
    const p = reached({}, '02', goals({ a: true, b: false }));
    expect(reached(p, '02', goals({ a: true, b: false }))).toBe(p);
  });

  it('clears one lesson on reset and leaves the others', () => {
    const p = reached(reached({}, '02', goals({ a: true })), '08', goals({ b: true }));
    const q = cleared(p, '02');
    expect(statusOf(q, '02')).toBe('started');
    expect(q['02']!.goals).toEqual([]);
    expect(statusOf(q, '08')).toBe('done');
  });

  it('round-trips through storage under one versioned key', () => {
    const store = memory();
    const p = reached({}, '05', goals({ x: true, y: false }));
    expect(writeProgress(store, p)).toBe(true);
    expect(JSON.parse(store.value!)).toEqual({ lessons: { '05': { goals: ['x'], done: false } } });
    expect(readProgress(store)).toEqual({ progress: p, status: 'ok' });
  });

  it('starts fresh on nothing saved', () => {
    expect(readProgress(memory())).toEqual({ progress: {}, status: 'ok' });
  });

  it.each([
    ['not JSON', '{"lessons": {"02": "yes"'],
    ['an array', '[]'],
    ['no lessons', '{"v":2}'],
    ['a bad lesson id', '{"lessons":{"lesson-2":{"goals":[],"done":true}}}'],
    ['goals that are not strings', '{"lessons":{"02":{"goals":[1],"done":true}}}'],
    ['done missing', '{"lessons":{"02":{"goals":[]}}}'],
  ])('says it could not read %s, starts fresh and overwrites it', (_what, text) => {
    const store = memory(text);
    expect(readProgress(store)).toEqual({ progress: {}, status: 'unreadable' });
    expect(store.value).toBe('{"lessons":{}}');
  });

  it('works without storage when the browser refuses it', () => {
    const refusing: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readProgress(refusing)).toEqual({ progress: {}, status: 'unavailable' });
    expect(readProgress(undefined).status).toBe('unavailable');
    expect(writeProgress(refusing, {})).toBe(false);
  });
});
