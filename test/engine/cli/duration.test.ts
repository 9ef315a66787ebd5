import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../src/engine/kubectl/cli';

describe('Go durations', () => {
  it.each([
    ['60s', 60_000],
    ['1m30s', 90_000],
    ['500ms', 500],
    ['0', 0],
    ['1.5h', 5_400_000],
    ['2h45m', 9_900_000],
    ['-1s', -1000],
    ['.5s', 500],
    ['1000us', 1],
  ])('%s = %d ms', (text, ms) => {
    expect(parseDuration(text)).toBeCloseTo(ms, 9);
  });

  it.each(['', '5', 'abc', '5x', '1m5', '.s', 's', '--1s'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it.each([
    [0, '0s'],
    [20_000, '20s'],
    [60_000, '1m0s'],
    [90_000, '1m30s'],
    [3_600_000, '1h0m0s'],
    [500, '500ms'],
    [1500, '1.5s'],
  ])('%d ms prints as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
