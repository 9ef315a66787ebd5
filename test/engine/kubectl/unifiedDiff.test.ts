import { describe, expect, it } from 'vitest';
import { diffTime, EPOCH_TIME, unifiedFileDiff } from '../../../src/engine/kubectl/unifiedDiff';

// The expected texts are what GNU diffutils 3.x prints for `diff -u -N A B` on the same files.
const T = '2026-01-05 09:10:07.095508390 +0000';
const side = (path: string, text: string | undefined) => ({ path, text, time: T });

describe('diff -u -N as GNU diff prints it', () => {
  it('prints nothing for files that are the same', () => {
    expect(unifiedFileDiff('diff -u -N', side('A/same', 'a\n'), side('B/same', 'a\n'))).toBe('');
  });

  it('numbers a one-line range by its line alone', () => {
    expect(unifiedFileDiff('diff -u -N', side('A/one', 'one\n'), side('B/one', 'uno\n'))).toBe(
      ['diff -u -N A/one B/one', `--- A/one\t${T}`, `+++ B/one\t${T}`, '@@ -1 +1 @@', '-one', '+uno', ''].join('\n'),
    );
  });

  it('dates an absent file the epoch and starts its empty range at line 0', () => {
    expect(unifiedFileDiff('diff -u -N', side('A/new', undefined), side('B/new', 'x\ny\n'))).toBe(
      ['diff -u -N A/new B/new', `--- A/new\t${EPOCH_TIME}`, `+++ B/new\t${T}`, '@@ -0,0 +1,2 @@', '+x', '+y', ''].join('\n'),
    );
    expect(unifiedFileDiff('diff -u -N', side('A/gone', 'x\ny\n'), side('B/gone', undefined))).toContain('@@ -1,2 +0,0 @@\n-x\n-y\n');
  });

  it('keeps three lines of context and joins changes six lines apart into one hunk', () => {
    const a = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n';
    const b = 'a\nb\nc\nd\nX\nf\ng\nh\ni\nJ\n';
    expect(unifiedFileDiff('diff -u -N', side('A/f', a), side('B/f', b)).split('\n').slice(3).join('\n')).toBe(
      ['@@ -2,9 +2,9 @@', ' b', ' c', ' d', '-e', '+X', ' f', ' g', ' h', ' i', '-j', '+J', ''].join('\n'),
    );
  });

  it('prints an mtime to the nanosecond', () => {
    expect(diffTime(Date.UTC(2026, 0, 5, 9, 10, 7, 95), 508_390)).toBe('2026-01-05 09:10:07.095508390 +0000');
  });
});
