// A tar archive in the POSIX ustar format, as GNU tar and busybox tar write it: for each
// entry a 512-byte header (name, mode, size, mtime, checksum, type), its data padded to
// 512 bytes, then two zero blocks, the whole padded to a 10 KiB record. `kubectl cp` is a
// tar on one end and a tar on the other, joined by an exec's stdin or stdout; the archive
// travels as a string of bytes (one char per byte), its files' text as UTF-8.

export interface TarEntry {
  /** The member name: relative, a directory's ending in `/`. */
  name: string;
  type: 'file' | 'dir';
  /** A file's text. */
  text?: string;
  /** Seconds since the epoch. */
  mtime: number;
}

const BLOCK = 512;
const RECORD = 20 * BLOCK;

/** UTF-8 bytes of `s`, one char per byte. */
export function utf8Bytes(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out += String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** The text UTF-8 bytes (one char per byte) spell. */
export function utf8Text(bytes: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes.charCodeAt(i);
    const n = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    let c = n === 1 ? b : b & (0xff >> (n + 1));
    for (let k = 1; k < n; k++) c = (c << 6) | (bytes.charCodeAt(i + k) & 63);
    out += String.fromCodePoint(c);
    i += n;
  }
  return out;
}

function field(value: string, width: number): string {
  return value.slice(0, width).padEnd(width, '\0');
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

function header(e: TarEntry, size: number): string {
  const before = field(utf8Bytes(e.name), 100) + octal(e.type === 'dir' ? 0o755 : 0o644, 8) + octal(0, 8) + octal(0, 8) + octal(size, 12) + octal(e.mtime, 12);
  const after = (e.type === 'dir' ? '5' : '0') + field('', 100) + 'ustar\0' + '00' + field('root', 32) + field('root', 32) + field('', 8) + field('', 8) + field('', 155);
  let sum = 0;
  for (const s of [before, '        ', after]) for (let i = 0; i < s.length; i++) sum += s.charCodeAt(i);
  return field(before + sum.toString(8).padStart(6, '0') + '\0 ' + after, BLOCK);
}

/** The archive of `entries`, in order. */
export function packTar(entries: readonly TarEntry[]): string {
  let out = '';
  for (const e of entries) {
    const data = e.type === 'file' ? utf8Bytes(e.text ?? '') : '';
    out += header(e, data.length) + data + '\0'.repeat((BLOCK - (data.length % BLOCK)) % BLOCK);
  }
  out += '\0'.repeat(2 * BLOCK);
  return out + '\0'.repeat((RECORD - (out.length % RECORD)) % RECORD);
}

/** The entries of an archive; `error` when the bytes are not one (tar's words). */
export function unpackTar(bytes: string): { entries: TarEntry[] } | { error: string } {
  const entries: TarEntry[] = [];
  for (let at = 0; at + BLOCK <= bytes.length; ) {
    const h = bytes.slice(at, at + BLOCK);
    if (/^\0*$/.test(h)) break;
    if (h.slice(257, 262) !== 'ustar') return { error: 'This does not look like a tar archive' };
    const name = utf8Text(h.slice(0, 100).replace(/\0.*$/s, ''));
    const size = parseInt(h.slice(124, 136).replace(/\0.*$/s, '') || '0', 8);
    const mtime = parseInt(h.slice(136, 148).replace(/\0.*$/s, '') || '0', 8);
    const dir = h[156] === '5';
    at += BLOCK;
    entries.push(dir ? { name, type: 'dir', mtime } : { name, type: 'file', text: utf8Text(bytes.slice(at, at + size)), mtime });
    at += Math.ceil(size / BLOCK) * BLOCK;
  }
  return { entries };
}
