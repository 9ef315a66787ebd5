import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash } from '../../src/ui/lib/url';

describe('a lesson in the location hash', () => {
  it('round-trips the lesson with the moment and its commands', () => {
    const state = {
      lesson: '02',
      seed: 1,
      scenario: 'default' as const,
      speed: 8,
      at: 5000,
      actions: [{ t: 10, op: 'run' as const, line: 'docker build -t kubia .' }],
    };
    const hash = encodeHash(state);
    expect(hash.startsWith('#lesson=02&seed=1&')).toBe(true);
    expect(decodeHash(hash)).toEqual(state);
  });

  it('opens a lesson from a short link', () => {
    expect(decodeHash('#lesson=08&speed=8')).toEqual({
      lesson: '08',
      seed: 1,
      scenario: 'default',
      speed: 8,
      actions: [],
    });
  });

  it('refuses a lesson id that is not two digits', () => {
    expect(decodeHash('#lesson=2')).toBeUndefined();
    expect(decodeHash('#lesson=02-nine-steps')).toBeUndefined();
  });

  it('leaves the sandbox link as it was', () => {
    expect(encodeHash({ seed: 1, scenario: 'default', actions: [] })).toBe('#seed=1&scenario=default');
  });
});
