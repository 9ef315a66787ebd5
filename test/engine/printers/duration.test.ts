import { describe, expect, it } from 'vitest';
import { ageOf, formatRFC1123Z, humanDuration } from '../../../src/engine/kubectl/printers';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const Y = 365 * D;

describe('humanDuration (apimachinery duration.HumanDuration)', () => {
  it.each([
    // < -1s: a clock more than a second in the future
    [-2 * S, '<invalid>'],
    [-10 * M, '<invalid>'],
    // -1s .. 0: tolerated skew
    [-1999, '0s'],
    [-1 * S, '0s'],
    [-1, '0s'],
    // < 120s: seconds
    [0, '0s'],
    [999, '0s'],
    [5 * S, '5s'],
    [59 * S, '59s'],
    [60 * S, '60s'],
    [119 * S + 999, '119s'],
    // < 10m: XmYs, or Xm on the minute
    [120 * S, '2m'],
    [123 * S, '2m3s'],
    [9 * M + 59 * S, '9m59s'],
    // < 3h: minutes
    [10 * M, '10m'],
    [10 * M + 30 * S, '10m'],
    [179 * M + 59 * S, '179m'],
    // < 8h: XhYm / Xh
    [3 * H, '3h'],
    [3 * H + 5 * M, '3h5m'],
    [7 * H + 59 * M, '7h59m'],
    // < 48h: hours
    [8 * H, '8h'],
    [47 * H + 59 * M, '47h'],
    // < 8d: XdYh / Xd
    [2 * D, '2d'],
    [2 * D + 3 * H, '2d3h'],
    [7 * D + 23 * H, '7d23h'],
    // < 2y: days
    [8 * D, '8d'],
    [729 * D, '729d'],
    // < 8y: XyYd / Xy
    [2 * Y, '2y'],
    [2 * Y + 10 * D, '2y10d'],
    [7 * Y + 364 * D, '7y364d'],
    // longer: years
    [8 * Y, '8y'],
    [20 * Y + 100 * D, '20y'],
  ])('%d ms prints %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});

describe('ageOf', () => {
  const now = Date.parse('2026-01-01T00:01:00Z');
  it('is the age of an RFC 3339 timestamp', () => {
    expect(ageOf('2026-01-01T00:00:05Z', now)).toBe('55s');
  });
  it('is <unknown> without a timestamp or with Go zero time', () => {
    expect(ageOf(undefined, now)).toBe('<unknown>');
    expect(ageOf('0001-01-01T00:00:00Z', now)).toBe('<unknown>');
  });
  it('is <invalid> for a timestamp in the future, as a pending deletion has', () => {
    expect(ageOf('2026-01-01T00:01:30Z', now)).toBe('<invalid>');
  });
});

describe('formatRFC1123Z', () => {
  it('formats like Go time.RFC1123Z in UTC', () => {
    expect(formatRFC1123Z('2022-02-17T16:51:01Z')).toBe('Thu, 17 Feb 2022 16:51:01 +0000');
    expect(formatRFC1123Z('2026-01-05T09:03:07Z')).toBe('Mon, 05 Jan 2026 09:03:07 +0000');
  });
  it('prints Go zero time for a missing time', () => {
    expect(formatRFC1123Z(undefined)).toBe('Mon, 01 Jan 0001 00:00:00 +0000');
  });
});
