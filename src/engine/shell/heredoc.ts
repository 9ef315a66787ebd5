/**
 * Here-documents. Bash reads a heredoc's body from the lines after the one that
 * holds `<<EOF`, once that line ends — several heredocs on one line are read in
 * order. A quoted delimiter (`<<'EOF'`, `<<"EOF"`, `<<\EOF`) turns expansion off;
 * `<<-` strips leading tabs from body lines and from the delimiter line.
 */
import { readDollar } from './dollar';
import { heredocAtEof, notSupported } from './errors';
import { Source } from './source';
import type { RawWord, WordPart } from './types';

export interface PendingHeredoc {
  delimiter: string;
  expand: boolean;
  stripTabs: boolean;
  line: number;
  /** Filled in once the body has been read. */
  parts: WordPart[];
}

/** The delimiter is the word after quote removal, never expanded: `<<$X` waits for "$X". */
export function heredocDelimiter(word: RawWord): { delimiter: string; expand: boolean } {
  const expand = !/['"\\]/.test(word.text);
  let delimiter = '';
  let quote = '';
  for (let i = 0; i < word.text.length; i++) {
    const ch = word.text[i] ?? '';
    if (quote) {
      if (ch === quote) quote = '';
      else delimiter += ch;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\' && i + 1 < word.text.length) delimiter += word.text[++i];
    else delimiter += ch;
  }
  return { delimiter, expand };
}

/**
 * Reads the body of `doc` from src.pos (the start of a line). Returns the warning bash
 * prints when the text ends before the delimiter line, else undefined.
 */
export function readHeredocBody(src: Source, doc: PendingHeredoc): string | undefined {
  const lines: string[] = [];
  while (!src.eof) {
    const nl = src.text.indexOf('\n', src.pos);
    const end = nl < 0 ? src.text.length : nl;
    let line = src.text.slice(src.pos, end);
    src.pos = nl < 0 ? end : end + 1;
    if (doc.stripTabs) line = line.replace(/^\t+/, '');
    if (line === doc.delimiter) {
      doc.parts = bodyParts(lines, doc.expand);
      return undefined;
    }
    lines.push(line);
  }
  doc.parts = bodyParts(lines, doc.expand);
  return heredocAtEof(doc.line, doc.delimiter);
}

function bodyParts(lines: string[], expand: boolean): WordPart[] {
  const body = lines.map((l) => l + '\n').join('');
  if (!expand) return [{ kind: 'lit', text: body, quoted: true }];
  return expandableParts(body);
}

/**
 * In an unquoted heredoc `$` expands and `\` quotes only `$`, `` ` ``, `\` and
 * newline; quotes are ordinary characters. Expanded text is never split into fields.
 */
function expandableParts(body: string): WordPart[] {
  // A tiny Source over the body so `$…` parsing is shared with words.
  const src = new Source(body);
  const parts: WordPart[] = [];
  let lit = '';
  const flush = (): void => {
    if (lit !== '') parts.push({ kind: 'lit', text: lit, quoted: true });
    lit = '';
  };
  while (!src.eof) {
    const ch = src.peek();
    src.pos++;
    if (ch === '\\') {
      const next = src.peek();
      if (next === '\n') src.pos++;
      else if (next === '$' || next === '`' || next === '\\') {
        lit += next;
        src.pos++;
      } else lit += '\\';
    } else if (ch === '`') throw notSupported('command substitution');
    else if (ch === '$') {
      const part = readDollar(src, true);
      if (part) {
        flush();
        parts.push(part);
      } else lit += '$';
    } else lit += ch;
  }
  flush();
  return parts;
}
