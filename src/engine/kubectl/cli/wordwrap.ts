/**
 * kubectl wraps help to the terminal (util/term ResponsiveWriter): 120 columns on a
 * terminal at least 120 wide, else 100, else 80; narrower terminals and pipes get no
 * wrapping. The wrapping is mitchellh/go-wordwrap's WrapString, ported here.
 */

/** The wrap limit kubectl picks for a terminal this wide; 0 means no wrapping. */
export function wrapLimitFor(terminalWidth: number | undefined): number {
  if (terminalWidth === undefined) return 0;
  if (terminalWidth >= 120) return 120;
  if (terminalWidth >= 100) return 100;
  if (terminalWidth >= 80) return 80;
  return 0;
}

function isSpace(ch: string): boolean {
  return ch !== '\u00a0' && /\s/.test(ch);
}

/** go-wordwrap WrapString: breaks at whitespace; a word longer than the limit stays whole. */
export function wrapString(s: string, lim: number): string {
  if (lim <= 0) return s;
  let buf = '';
  let current = 0;
  let word = '';
  let space = '';
  for (const ch of s) {
    if (ch === '\n') {
      if (word === '') {
        if (current + space.length <= lim) buf += space;
      } else buf += space + word;
      space = '';
      word = '';
      buf += ch;
      current = 0;
    } else if (isSpace(ch)) {
      if (space === '' || word !== '') {
        current += space.length + [...word].length;
        buf += space + word;
        space = '';
        word = '';
      }
      space += ch;
    } else {
      word += ch;
      const wordLen = [...word].length;
      if (current + space.length + wordLen > lim && wordLen < lim) {
        buf += '\n';
        current = 0;
        space = '';
      }
    }
  }
  if (word === '') {
    if (current + space.length <= lim) buf += space;
  } else buf += space + word;
  return buf;
}
