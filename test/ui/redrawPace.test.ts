import { describe, expect, it } from 'vitest';
import { redrawDue } from '../../src/ui/lib/redrawPace';

describe('how often the cluster is redrawn', () => {
  it('one story at a time: at most ten times a second, slower when a redraw is costly, once a second anyway', () => {
    expect(redrawDue(90, 10, false, true)).toBe(false);
    expect(redrawDue(100, 10, false, true)).toBe(true);
    expect(redrawDue(300, 200, false, true)).toBe(false);
    expect(redrawDue(400, 200, false, true)).toBe(true);
    expect(redrawDue(999, 10, false, false)).toBe(false);
    expect(redrawDue(1000, 10, false, false)).toBe(true);
  });

  it('a crowd: every 1.5 s, up to 2 s when a redraw is costly', () => {
    expect(redrawDue(1400, 100, true, true)).toBe(false);
    expect(redrawDue(1500, 100, true, true)).toBe(true);
    expect(redrawDue(1900, 500, true, true)).toBe(false);
    expect(redrawDue(2000, 500, true, true)).toBe(true);
    expect(redrawDue(1600, 100, true, false)).toBe(true);
  });
});
