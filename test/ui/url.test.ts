import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash, languageInHash, type SharedState } from '../../src/ui/lib/url';

describe('session in the location hash', () => {
  const state: SharedState = {
    seed: 42,
    scenario: 'ten-nodes',
    speed: 2,
    at: 7300,
    actions: [
      { t: 0, op: 'write', path: 'pod.yaml', text: 'kind: Pod\n# 中文 ✓\n' },
      { t: 12, op: 'run', line: "kubectl get pods -o jsonpath='{.items[*].metadata.name}'" },
      { t: 500, op: 'interrupt' },
      { t: 700, op: 'suspend' },
      { t: 900, op: 'closeEditor' },
    ],
  };

  it('round-trips seed, scenario, speed, moment and every action', () => {
    expect(decodeHash(encodeHash(state))).toEqual(state);
  });

  it('carries the language when it is Chinese, and reads it before anything else', () => {
    const zh = encodeHash({ ...state, lang: 'zh' });
    expect(zh).toContain('&lang=zh');
    expect(decodeHash(zh)).toEqual({ ...state, lang: 'zh' });
    expect(encodeHash(state)).not.toContain('lang=');
    expect(languageInHash(zh)).toBe('zh');
    expect(languageInHash('#lesson=04&lang=en')).toBe('en');
    expect(languageInHash('#lang=fr')).toBeUndefined();
  });

  it('stays URL-safe', () => {
    expect(encodeHash(state)).toMatch(/^#[A-Za-z0-9=&_.-]+$/);
  });

  it('refuses a damaged or unknown link instead of replaying nonsense', () => {
    expect(decodeHash('#seed=1&scenario=nowhere')).toBeUndefined();
    expect(decodeHash('#seed=1&a=%%%')).toBeUndefined();
    expect(decodeHash('#seed=1&a=WzEsInoiXQ')).toBeUndefined();
    expect(decodeHash('')).toBeUndefined();
  });

  it('reads a plain link with only a seed', () => {
    expect(decodeHash('#seed=3')).toEqual({ seed: 3, scenario: 'default', actions: [] });
  });
});
