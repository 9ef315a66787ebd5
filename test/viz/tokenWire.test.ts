// A crowd's tokens travel to the canvas's worker as numbers: the worker must draw exactly
// the tokens the page placed (where each is, where it left and lands, which are numbered,
// ringed or named).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokensAt, type CanvasToken } from '../../src/viz/stage/tokenPaint';
import { packTokens, unpackTokens } from '../../src/viz/stage/tokenWire';

const coord = fc.double({ min: -2000, max: 2000, noNaN: true });
const token: fc.Arbitrary<CanvasToken> = fc
  .record({
    key: fc.nat(),
    p: fc.record({ x: coord, y: coord, sx: coord, sy: coord, ex: coord, ey: coord, note: fc.boolean(), r: fc.constantFrom(4, 10) }),
    light: fc.boolean(),
    current: fc.boolean(),
    progress: fc.double({ min: 0, max: 1, noNaN: true }),
    step: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
    label: fc.option(fc.constantFrom('Pod create', 'watch: Pod ADDED', 'RunPodSandbox', 'PullImage'), { nil: undefined }),
    motion: fc.option(fc.record({ start: fc.double({ min: 0, max: 1e7, noNaN: true }), duration: fc.double({ min: 0, max: 5000, noNaN: true }) }), { nil: undefined }),
  })
  .map((t) => {
    const out: CanvasToken = { key: t.key, p: t.p, light: t.light, current: t.current, progress: t.progress };
    if (t.step !== undefined) out.step = t.step;
    if (t.label !== undefined) out.label = t.label;
    if (t.motion !== undefined) out.motion = t.motion;
    return out;
  });

describe('crowd tokens posted to the canvas worker', () => {
  it('arrive as the page placed them', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
        expect(unpackTokens(packTokens(tokens))).toEqual(tokens);
      }),
    );
  });

  it('carry the few names beside their tokens, not one per token', () => {
    const at = (x: number, label?: string): CanvasToken => ({ key: x, p: { x, y: 5, sx: 0, sy: 0, ex: 100, ey: 10, note: false, r: 10 }, light: false, current: label !== undefined, progress: 0.5, step: 4, ...(label ? { label } : {}) });
    const packed = packTokens([at(1), at(2, 'Pod create'), at(3)]);
    expect(packed.labels).toEqual([[1, 'Pod create']]);
    expect(unpackTokens(packed).map((t) => t.label)).toEqual([undefined, 'Pod create', undefined]);
  });
});

describe('crowd tokens between posts', () => {
  const edge = { x: 0, y: 0, sx: 0, sy: 0, ex: 100, ey: 0, note: false, r: 4 };
  const flying: CanvasToken = { key: 1, p: edge, light: true, current: false, progress: 0, motion: { start: 1000, duration: 400 } };
  const pulling: CanvasToken = { key: 2, p: { ...edge, x: 30 }, light: true, current: false, progress: 0.3 };

  it('move on along their edge on real time, and are gone once landed', () => {
    const half = tokensAt([flying], 1200)[0]!;
    expect(half.progress).toBe(0.5);
    expect(half.p.x).toBe(50);
    expect(tokensAt([flying], 1300)[0]!.p.x).toBeGreaterThan(half.p.x);
    expect(tokensAt([flying], 1400)).toEqual([]);
  });

  it('stay where the page put them on the virtual clock', () => {
    expect(tokensAt([pulling], 99_999)).toEqual([pulling]);
  });
});
