import { describe, expect, it } from 'vitest';
import { MAX_STAGE_ZOOM, presenter, shrink, STAGE_DESIGN, stageZoom } from '../../src/ui/lib/presenter.svelte';

describe('presenter mode', () => {
  it.each([
    // A projector's 1280x720 gives the stage about 750x560: laid out at 600 wide, drawn 1.25× bigger.
    { box: { width: 754, height: 558 }, zoom: 754 / 600 },
    // Height-bound: a wide, short box enlarges only as far as its height allows.
    { box: { width: 1100, height: 480 }, zoom: 1.2 },
    // A box smaller than the design size never shrinks the text.
    { box: { width: 480, height: 360 }, zoom: 1 },
    // A huge screen stops at the cap.
    { box: { width: 3000, height: 2000 }, zoom: MAX_STAGE_ZOOM },
  ])('enlarges a $box.width×$box.height stage $zoom×', ({ box, zoom }) => {
    expect(stageZoom(box)).toBeCloseTo(zoom, 5);
  });

  it('lays out at the size that, scaled to the box, is zoom times bigger', () => {
    const box = { width: 900, height: 600 };
    const z = stageZoom(box);
    const laid = shrink(box, z);
    expect(laid.width).toBeCloseTo(STAGE_DESIGN.width, 5);
    expect(Math.min(box.width / laid.width, box.height / laid.height)).toBeCloseTo(z, 5);
  });

  it('toggles on and off', () => {
    expect(presenter.on).toBe(false);
    presenter.toggle();
    expect(presenter.on).toBe(true);
    presenter.toggle();
    expect(presenter.on).toBe(false);
  });
});
