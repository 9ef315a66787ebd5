import { describe, expect, it } from 'vitest';
import type { FileStat } from '../../../src/engine/images/effects';
import { formatStat } from '../../../src/engine/images/shell/commands/stat';

const T = Date.UTC(2026, 0, 5, 9, 10, 2, 111);
const hosts: FileStat = { type: 'file', size: 198, mode: 0o644, nlink: 1, owner: 'root', group: 'root', mtime: T };

describe('stat -c', () => {
  it('expands directives with printf widths and flags', () => {
    expect(formatStat('%a %04a %A %U:%G %s %n\n', '/etc/hosts', hosts, false)).toBe('644 0644 -rw-r--r-- root:root 198 /etc/hosts\n');
    expect(formatStat('[%-6s|%6s|%10.4A]', 'x', hosts, false)).toBe('[198   |   198|      -rw-]');
    expect(formatStat('%y %Y %F %b %%', 'x', hosts, false)).toBe('2026-01-05 09:10:02.111000000 +0000 1767604202 regular file 8 %');
  });

  it('names a link with its target, quoted by busybox', () => {
    const link = { ...hosts, size: 56, link: '..data/token' };
    expect(formatStat('%N %F %s %A', 'token', link, false)).toBe('token -> ..data/token symbolic link 12 lrwxrwxrwx');
    expect(formatStat('%N', 'token', link, true)).toBe("'token' -> '..data/token'");
  });

  it('says an empty file is one, and a directory', () => {
    expect(formatStat('%F', 'e', { ...hosts, size: 0 }, true)).toBe('regular empty file');
    expect(formatStat('%F %a %h', '/tmp', { ...hosts, type: 'dir', size: 4096, mode: 0o1777, nlink: 3 }, false)).toBe('directory 1777 3');
  });
});
