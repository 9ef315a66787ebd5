import { describe, expect, it } from 'vitest';
import { scrollToShow } from '../../src/ui/lib/scrollToShow';

describe('scrollToShow', () => {
  const view = { scrollTop: 100, height: 200 };
  it.each([
    ['already in view: no scroll', { top: 150, height: 40 }, 0, undefined],
    ['below: its bottom lands at the bottom', { top: 320, height: 40 }, 0, 160],
    ['below, with a margin of its neighbour', { top: 320, height: 40 }, 12, 172],
    ['above: its top lands at the top, less the margin', { top: 60, height: 40 }, 12, 48],
    ['above the first pixel: never negative', { top: 4, height: 40 }, 12, 0],
    ['taller than the list: its top shows', { top: 400, height: 260 }, 12, 400],
    ['cut at the bottom edge', { top: 280, height: 40 }, 0, 120],
  ] as const)('%s', (_, item, margin, want) => {
    expect(scrollToShow(view, item, margin)).toBe(want);
  });
});
