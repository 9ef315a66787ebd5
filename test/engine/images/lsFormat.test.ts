import { describe, expect, it } from 'vitest';
import type { FileStat } from '../../../src/engine/images/effects';
import { blocksK, columns, humanSize, longLines, lsDate, modeString, totalLine } from '../../../src/engine/images/shell/commands/lsFormat';

const NOW = Date.UTC(2026, 0, 5, 9, 10, 0);
const file = (size: number, extra: Partial<FileStat> = {}): FileStat => ({ type: 'file', size, mode: 0o644, nlink: 1, owner: 'root', group: 'root', mtime: Date.UTC(2025, 10, 3), ...extra });

describe('ls -l columns', () => {
  it('prints the mode as ls does: files, directories, /tmp, links', () => {
    expect(modeString({ type: 'file', mode: 0o644 })).toBe('-rw-r--r--');
    expect(modeString({ type: 'dir', mode: 0o755 })).toBe('drwxr-xr-x');
    expect(modeString({ type: 'dir', mode: 0o1777 })).toBe('drwxrwxrwt');
    expect(modeString({ type: 'dir', mode: 0o700 })).toBe('drwx------');
    expect(modeString({ type: 'file', mode: 0o644, link: '..data/app.properties' })).toBe('lrwxrwxrwx');
  });

  it('shows the time within six months, the year before that', () => {
    expect(lsDate(Date.UTC(2025, 10, 3, 17, 54), NOW, false)).toBe('Nov  3 17:54');
    expect(lsDate(Date.UTC(2024, 8, 26, 21, 31), NOW, false)).toBe('Sep 26  2024');
    // 182.56 days: within GNU's six months (half an average year), past busybox's (182.5 days).
    const edge = NOW - 182.56 * 86_400_000;
    expect(lsDate(edge, NOW, false)).toBe('Jul  6 19:43');
    expect(lsDate(edge, NOW, true)).toBe('Jul  6  2025');
    // GNU shows a file from the future with its year; busybox forgives it a quarter of an hour.
    expect(lsDate(NOW + 60_000, NOW, false)).toBe('Jan  5  2026');
    expect(lsDate(NOW + 60_000, NOW, true)).toBe('Jan  5 09:11');
  });

  it('counts 1K blocks of 4K: a byte takes 4, a link or an empty file none', () => {
    expect(blocksK(file(615))).toBe(4);
    expect(blocksK(file(4097))).toBe(8);
    expect(blocksK(file(0))).toBe(0);
    expect(blocksK(file(21, { link: '..data/app.properties' }))).toBe(0);
  });

  it('-h: GNU rounds up, busybox to the nearest tenth', () => {
    expect(humanSize(615, false)).toBe('615');
    expect(humanSize(4096, false)).toBe('4.0K');
    expect(humanSize(12_345, false)).toBe('13K');
    expect(humanSize(1500, false)).toBe('1.5K');
    expect(humanSize(10_239, false)).toBe('10K');
    expect(humanSize(4096, true)).toBe('4.0K');
    expect(humanSize(12_345, true)).toBe('12.1K');
    expect(humanSize(5_000_000, true)).toBe('4.8M');
  });

  it('GNU pads each column to its widest entry; busybox uses fixed widths', () => {
    const entries = [
      { name: '50x.html', stat: file(497) },
      { name: 'index.html', stat: file(615) },
      { name: 'd', stat: file(4096, { type: 'dir', mode: 0o755, nlink: 12 }) },
    ];
    const o = { busybox: false, human: false, now: NOW };
    expect(totalLine(entries, o)).toBe('total 12');
    expect(totalLine(entries, { ...o, human: true })).toBe('total 12K');
    expect(longLines(entries, o)).toEqual([
      '-rw-r--r--  1 root root  497 Nov  3 00:00 50x.html',
      '-rw-r--r--  1 root root  615 Nov  3 00:00 index.html',
      'drwxr-xr-x 12 root root 4096 Nov  3 00:00 d',
    ]);
    expect(longLines(entries.slice(1, 2), { ...o, busybox: true })).toEqual(['-rw-r--r--    1 root     root           615 Nov  3 00:00 index.html']);
  });

  it('a link shows its target and the target\'s length', () => {
    const link = { name: 'app.properties', stat: file(30, { link: '..data/app.properties' }) };
    expect(longLines([link], { busybox: false, human: false, now: NOW })).toEqual(['lrwxrwxrwx 1 root root 21 Nov  3 00:00 app.properties -> ..data/app.properties']);
  });
});

describe('ls on a terminal', () => {
  const root = ['bin', 'boot', 'dev', 'docker-entrypoint.d', 'docker-entrypoint.sh', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'];

  it('GNU fits as many columns as 80 wide allows, each as wide as its longest name', () => {
    expect(columns(['50x.html', 'index.html'], false)).toEqual(['50x.html  index.html']);
    expect(columns(root, false)).toEqual([
      'bin   docker-entrypoint.d   home   media  proc  sbin  tmp',
      'boot  docker-entrypoint.sh  lib    mnt    root  srv   usr',
      'dev   etc                   lib64  opt    run   sys   var',
    ]);
  });

  it('busybox gives every column the longest name plus two', () => {
    expect(columns(['bin', 'dev', 'etc', 'home', 'lib', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'], true)).toEqual([
      'bin   dev   etc   home  lib   proc  root  sys   tmp   usr   var',
    ]);
    expect(columns(root, true)[0]).toBe('bin                   lib                   run');
  });
});
