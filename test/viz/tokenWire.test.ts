// A crowd's tokens travel to the canvas's worker as numbers: the worker must draw exactly
// the tokens the page placed (where each is, where it left and lands, which are numbered,
// ringed or named).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CanvasToken } from '../../src/viz/stage/tokenPaint';
import { packTokens, unpackTokens } from '../../src/viz/stage/tokenWire';

const coord = fc.double({ min: -2000, max: 2000, noNaN: true });
const token: fc.Arbitrary<CanvasToken> = fc
  .record({
    p: fc.record({ x: coord, y: coord, sx: coord, sy: coord, ex: coord, ey: coord, note: fc.boolean(), r: fc.constantFrom(4, 10) }),
    light: fc.boolean(),
    current: fc.boolean(),
    progress: fc.double({ min: 0, max: 1, noNaN: true }),
    step: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
    label: fc.option(fc.constantFrom('Pod create', 'watch: Pod ADDED', 'RunPodSandbox', 'PullImage'), { nil: undefined }),
  })
  .map((t) => {
    const out: CanvasToken = { p: t.p, light: t.light, current: t.current, progress: t.progress };
    if (t.step !== undefined) out.step = t.step;
    if (t.label !== undefined) out.label = t.label;
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
    const at = (x: number, label?: string): CanvasToken => ({ p: { x, y: 5, sx: 0, sy: 0, ex: 100, ey: 10, note: false, r: 10 }, light: false, current: label !== undefined, progress: 0.5, step: 4, ...(label ? { label } : {}) });
    const packed = packTokens([at(1), at(2, 'Pod create'), at(3)]);
    expect(packed.labels).toEqual([[1, 'Pod create']]);
    expect(unpackTokens(packed).map((t) => t.label)).toEqual([undefined, 'Pod create', undefined]);
  });
});
