/** Flags several kubectl commands declare with the same words (cmdutil's shared Add…Flags helpers). */
import type { CommandHelp, FlagSpec } from '../types';

/** The named flags of another command's page, in the order given. */
export function pickFlags(help: CommandHelp, names: readonly string[]): FlagSpec[] {
  return names.map((name) => {
    const flag = help.flags.find((f) => f.name === name);
    if (!flag) throw new Error(`kubectl ${help.name} has no flag --${name}`);
    return flag;
  });
}

/** `-f`, with the usage each command words for itself (cmdutil.AddFilenameOptionFlags). */
export function filenameFlag(usage: string): FlagSpec {
  return { name: 'filename', short: 'f', type: 'stringSlice', default: [], usage: `Filename, directory, or URL to files ${usage}` };
}
