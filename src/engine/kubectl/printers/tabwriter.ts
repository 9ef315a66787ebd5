// A port of Go's text/tabwriter, the aligner behind every kubectl table and every
// `kubectl describe`. Cells are tab-terminated; the text after a line's last tab is
// not part of any column. A column block is a run of consecutive lines that all have
// a cell in that column, so a line with fewer cells (e.g. `Containers:`) ends the
// block and the lines after it align on their own — which is why describe output
// aligns in separate groups. Porting the algorithm keeps those groups exact.

export interface TabwriterSettings {
  /** Minimal cell width including padding. */
  minwidth: number;
  /** Padding added to the widest cell of a column. */
  padding: number;
}

/** kubectl get (cli-runtime printers/tabwriter.go): minwidth 6, tabwidth 4, padding 3. */
export const TABLE_SETTINGS: TabwriterSettings = { minwidth: 6, padding: 3 };
/** kubectl describe (describe.go tabbedString): minwidth 0, tabwidth 8, padding 2. */
export const DESCRIBE_SETTINGS: TabwriterSettings = { minwidth: 0, padding: 2 };

/** Go measures cells in runes. */
function runeWidth(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Align tab-separated text exactly as a flushed Go tabwriter would. */
export function tabwrite(text: string, settings: TabwriterSettings): string {
  const raw = text.split('\n');
  const rest = raw.pop() ?? '';
  const lines = raw.map((l) => l.split('\t'));
  const out: string[] = [];
  format(lines, [], 0, lines.length, settings, out);
  return out.join('') + rest;
}

function format(
  lines: string[][],
  widths: number[],
  line0: number,
  line1: number,
  settings: TabwriterSettings,
  out: string[],
): void {
  const column = widths.length;
  let start = line0;
  for (let i = line0; i < line1; i++) {
    if (column >= cellCount(lines, i) - 1) continue;
    // A column block begins here: print the lines before it, then measure it.
    writeLines(lines, widths, start, i, out);
    start = i;
    let width = settings.minwidth;
    for (; i < line1 && column < cellCount(lines, i) - 1; i++) {
      const w = runeWidth(lines[i]?.[column] ?? '') + settings.padding;
      if (w > width) width = w;
    }
    widths.push(width);
    format(lines, widths, start, i, settings, out);
    widths.pop();
    start = i;
  }
  writeLines(lines, widths, start, line1, out);
}

function cellCount(lines: string[][], i: number): number {
  return lines[i]?.length ?? 0;
}

function writeLines(lines: string[][], widths: number[], line0: number, line1: number, out: string[]): void {
  for (let i = line0; i < line1; i++) {
    const cells = lines[i] ?? [];
    cells.forEach((cell, j) => {
      out.push(cell);
      const width = widths[j];
      if (j < cells.length - 1 && width !== undefined) out.push(' '.repeat(Math.max(0, width - runeWidth(cell))));
    });
    out.push('\n');
  }
}

/**
 * liggitt/tabwriter's RememberWidths, which kubectl's printers set: a column never narrows
 * after a flush, so the rows `kubectl get -w` prints one at a time stay under the header
 * (and a wider cell widens its column for every row after it). `widths` grows in place.
 */
export function tabwriteRemembering(rows: string[][], widths: number[], settings: TabwriterSettings): string {
  for (const cells of rows) {
    cells.slice(0, -1).forEach((cell, j) => {
      widths[j] = Math.max(widths[j] ?? settings.minwidth, runeWidth(cell) + settings.padding);
    });
  }
  return rows.map((cells) => cells.map((cell, j) => (j < cells.length - 1 ? cell + ' '.repeat(widths[j]! - runeWidth(cell)) : cell)).join('') + '\n').join('');
}
