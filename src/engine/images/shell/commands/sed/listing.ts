// The `l` command: the pattern space made visible, as GNU sed writes it: `\\` for a
// backslash, C escapes (`\t`, `\n`…), three octal digits for any other unprintable byte
// (UTF-8 bytes each), lines broken with `\` before `width` columns, `$` at the end.

const NAMED: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

/** The UTF-8 bytes of one character. */
function utf8(ch: string): number[] {
  const c = ch.codePointAt(0)!;
  if (c < 0x80) return [c];
  if (c < 0x800) return [0xc0 | (c >> 6), 0x80 | (c & 63)];
  if (c < 0x10000) return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
  return [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
}

function escaped(ch: string): string[] {
  if (ch === '\\') return ['\\\\'];
  if (NAMED[ch]) return [NAMED[ch]];
  if (ch >= ' ' && ch <= '~') return [ch];
  return utf8(ch).map((b) => '\\' + b.toString(8).padStart(3, '0'));
}

export function listing(text: string, width: number): string {
  let out = '';
  let column = 0;
  for (const ch of text) {
    for (const piece of escaped(ch)) {
      if (width > 0 && column + piece.length >= width) {
        out += '\\\n';
        column = 0;
      }
      out += piece;
      column += piece.length;
    }
  }
  return out + '$\n';
}
