// What a sed script compiles to: a flat list of commands, each with its addresses, as GNU
// sed's struct sed_cmd; `{` and the branches hold the index they jump to.
import type { Regex } from './regex';
import type { Replacement } from './substitute';

export type Address =
  | { kind: 'line'; n: number }
  /** `first~step`: every step-th line from first. */
  | { kind: 'step'; first: number; step: number }
  | { kind: 'last' }
  /** Undefined rx: `//`, the last regex used. */
  | { kind: 'regex'; rx: Regex | undefined }
  /** As a range's end: `+N` lines after its start, or `~N` up to the next multiple of N. */
  | { kind: 'plus'; n: number }
  | { kind: 'multiple'; n: number }
  /** `+0` or `~0`: the range ends on the line it starts. */
  | { kind: 'none' };

export interface Substitution {
  rx: Regex | undefined;
  replacement: Replacement;
  global: boolean;
  /** Replace from the Nth match on. */
  nth: number;
  print: boolean;
  /** `w /dev/stdout` or `w /dev/stderr`. */
  write?: 1 | 2;
}

export interface Command {
  name: string;
  a1?: Address;
  a2?: Address;
  bang: boolean;
  /** a, i, c: the text with its newline. */
  text?: string;
  /** b, t, T: the label ('' for the end); `{`: unused. */
  label?: string;
  /** b, t, T, `{`: where execution goes (for `{`, its `}`, when the block is skipped). */
  jump?: number;
  /** q, Q: exit status; l: line length (-1 for the default). */
  int?: number;
  subst?: Substitution;
  /** y: each character and what it becomes. */
  map?: Map<string, string>;
  /** w, W: `/dev/stdout` or `/dev/stderr`. */
  write?: 1 | 2;
}

export interface Program {
  commands: Command[];
  /** The script began with `#n`: as -n. */
  quiet: boolean;
  /** How many -e expressions, for a runtime error's `-e expression #N, char 0`. */
  expressions: number;
}
