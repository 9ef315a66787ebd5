/**
 * Command-line flags as kubectl and docker declare them with spf13/pflag, and the
 * help text cobra prints from those declarations.
 */

export type FlagType = 'bool' | 'string' | 'int' | 'stringArray' | 'stringSlice' | 'stringToString' | 'duration';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  /** Durations as Go writes them ('30s', '1m0s') or in milliseconds. */
  default?: string | number | boolean | string[];
  usage: string;
  hidden?: boolean;
  /**
   * pflag's NoOptDefVal: the value of `--flag` given without `=value` (it then never
   * takes the next argument). Bools have 'true'; kubectl gives `--dry-run` 'unchanged',
   * `--validate` 'strict', `--cascade` 'background'.
   */
  noOptDefault?: string;
  /** What help prints after `=` when it is not derived from the default (`--vmodule=:`). */
  helpDefault?: string;
}

export type FlagValue = string | number | boolean | string[];

export interface ParsedArgs {
  /** Every non-flag argument, including those after `--` (as pflag's Args()). */
  positional: string[];
  /** Every declared flag, defaulted; durations in milliseconds. */
  flags: Record<string, FlagValue>;
  /** Flags given explicitly on the command line (cobra's `Changed`). */
  set: Set<string>;
  /** The arguments after `--`. */
  afterDash: string[];
  /** How many positionals came before `--` (cobra's ArgsLenAtDash), or -1 without `--`. */
  dashIndex: number;
}

export type ParseArgsResult =
  | { ok: true; args: ParsedArgs }
  /** `error` is what kubectl prints; `message` is pflag's bare message, for docker's wording. */
  | { ok: false; error: string; message: string };

/** The parts of a command's `--help` page, as cobra's Command fields hold them. */
export interface CommandHelp {
  name: string;
  /** cobra's Use, without the root command name. */
  use: string;
  /** cobra's Aliases: other names the command answers to (`deploy`), printed after the long text. */
  aliases?: string[];
  long: string;
  /** The Examples block as printed (two-space indent). */
  example?: string;
  /** The Available Commands block as printed. */
  subcommands?: string;
  flags: FlagSpec[];
}
