// describe.go's PrefixWriter: text written at indentation levels of two spaces,
// with tabs separating a label from its value. The whole output then goes through
// one tabwriter (minwidth 0, padding 2), so labels align within each run of
// consecutive tabbed lines, exactly as `kubectl describe` aligns them.
import { DESCRIBE_SETTINGS, tabwrite } from '../tabwriter';

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;

export class PrefixWriter {
  private text = '';

  /** Write `s` after `level` × two spaces; `s` carries its own tabs and newlines. */
  write(level: number, s: string): void {
    this.text += '  '.repeat(level) + s;
  }

  /** fmt.Sprintln: the text and a newline, no indentation. */
  writeLine(s: string): void {
    this.text += s + '\n';
  }

  /** The text as written, tabs kept (a PrefixWriter over a plain buffer, as `rollout history --revision` uses). */
  unaligned(): string {
    return this.text;
  }

  /** The aligned output (describe.go tabbedString). */
  toString(): string {
    return tabwrite(this.text, DESCRIBE_SETTINGS);
  }
}
