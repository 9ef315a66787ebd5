import { describe, expect, it } from 'vitest';
import { goFormatG, humanDuration, humanSize, tabwrite } from '../../../src/engine/laptop/docker/format';

describe('go-units sizes, as docker images prints SIZE', () => {
  it.each([
    [0, '0B'],
    [999, '999B'],
    [4_097, '4.1kB'],
    [61_873_912, '61.9MB'],
    [265_795_252, '266MB'],
    [1_240_000_000, '1.24GB'],
    [999_999, '1e+03kB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(humanSize(bytes)).toBe(text);
  });

  it('formats like Go %.3g', () => {
    expect(goFormatG(4, 3)).toBe('4');
    expect(goFormatG(13.3, 3)).toBe('13.3');
    expect(goFormatG(0.00001234, 3)).toBe('1.23e-05');
  });
});

describe('go-units HumanDuration, as docker images prints CREATED', () => {
  it.each([
    [500, 'Less than a second'],
    [1_000, '1 second'],
    [16_900, '16 seconds'],
    [60_000, 'About a minute'],
    [119_000, 'About a minute'],
    [120_000, '2 minutes'],
    [59 * 60_000, '59 minutes'],
    [60 * 60_000, 'About an hour'],
    [89 * 60_000, 'About an hour'],
    [90 * 60_000, '2 hours'],
    [47 * 3_600_000, '47 hours'],
    [3 * 86_400_000, '3 days'],
    [15 * 86_400_000, '2 weeks'],
    [70 * 86_400_000, '2 months'],
    [800 * 86_400_000, '2 years'],
  ])('%d ms → %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});

describe('text/tabwriter with the CLI table settings', () => {
  it('pads every column but the last to its widest cell plus 3, at least 10', () => {
    expect(tabwrite([['REPOSITORY', 'TAG', 'SIZE'], ['hello-world', 'latest', '13.3kB']], { minwidth: 10, padding: 3 })).toBe(
      'REPOSITORY    TAG       SIZE\nhello-world   latest    13.3kB\n',
    );
  });
});
