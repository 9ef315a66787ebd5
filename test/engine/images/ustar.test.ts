import { describe, expect, it } from 'vitest';
import { packTar, unpackTar, utf8Bytes, utf8Text } from '../../../src/engine/images/ustar';

describe('ustar archives (kubectl cp)', () => {
  it('packs files and directories into 512-byte blocks in a 10 KiB record, and unpacks them', () => {
    const entries = [
      { name: 'html/', type: 'dir' as const, mtime: 1_700_000_000 },
      { name: 'html/index.html', type: 'file' as const, text: '<h1>hi</h1>\n', mtime: 1_700_000_000 },
      { name: 'html/中文.txt', type: 'file' as const, text: '你好，Pod\n', mtime: 1_700_000_001 },
    ];
    const tar = packTar(entries);
    expect(tar.length % 10240).toBe(0);
    expect(tar.slice(257, 263)).toBe('ustar\0');
    // The header's checksum is the sum of its bytes with the checksum field as spaces.
    const header = tar.slice(0, 512);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : header.charCodeAt(i);
    expect(parseInt(header.slice(148, 154), 8)).toBe(sum);
    const back = unpackTar(tar);
    expect(back).toEqual({ entries });
  });

  it("counts a file's size in UTF-8 bytes and reads it back as text", () => {
    expect(utf8Bytes('你好').length).toBe(6);
    expect(utf8Text(utf8Bytes('a→b 🚀'))).toBe('a→b 🚀');
  });

  it('refuses what is not an archive, as tar does', () => {
    expect(unpackTar('hello'.padEnd(1024, 'x'))).toEqual({ error: 'This does not look like a tar archive' });
    expect(unpackTar('')).toEqual({ entries: [] });
  });
});
