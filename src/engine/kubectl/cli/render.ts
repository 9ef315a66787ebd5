/**
 * Renders help the way kubectl's templates (k8s.io/kubectl/pkg/util/templates) do:
 * Long, Examples, Available Commands, Options (each flag as `    -n, --name=default:`
 * then its usage on a tab-indented line), Usage, and the closing hints. Each piece is
 * wrapped on its own, as kubectl's wrapping writer sees each template write separately.
 */
import { formatDuration } from './duration';
import { defaultValue } from './values';
import { wrapLimitFor, wrapString } from './wordwrap';
import type { CommandHelp, FlagSpec } from './types';

/** HelpFlagPrinter wraps flag usage 10 columns short of the limit, then indents it with a tab. */
const FLAG_USAGE_OFFSET = 10;

/** pflag's DefValue text, quoted for string flags as kubectl's help shows it. */
export function helpDefault(spec: FlagSpec): string {
  if (spec.helpDefault !== undefined) return spec.helpDefault;
  const v = defaultValue(spec);
  switch (spec.type) {
    case 'string':
      return `'${String(v)}'`;
    case 'duration':
      return formatDuration(Number(v));
    case 'stringArray':
    case 'stringSlice':
    case 'stringToString':
      return `[${(v as string[]).join(',')}]`;
    default:
      return String(v);
  }
}

export function renderFlags(flags: readonly FlagSpec[], limit: number): string {
  let out = '';
  for (const f of flags) {
    if (f.hidden) continue;
    const short = f.short ? `-${f.short}, ` : '';
    const usage = limit > 0 ? wrapString(f.usage.replace(/\n/g, ' '), limit - FLAG_USAGE_OFFSET) : f.usage;
    out += `    ${short}--${f.name}=${helpDefault(f)}:\n\t${usage.replace(/\n/g, '\n\t')}\n\n`;
  }
  return out;
}

const OPTIONS_HINT =
  'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';

/** cobra's UseLine plus kubectl's ` [options]`. */
function usageLine(help: CommandHelp): string {
  const line = `kubectl ${help.use}`;
  return line.includes('[options]') ? line : `${line} [options]`;
}

/** `kubectl <verb> --help`. `terminalWidth` undefined means stdout is not a terminal. */
export function renderCommandHelp(help: CommandHelp, terminalWidth?: number): string {
  const limit = wrapLimitFor(terminalWidth);
  const wrap = (s: string): string => wrapString(s, limit);
  let out = `${wrap(help.long.trim())}\n\n`;
  if (help.aliases) out += `Aliases:\n${[help.name.split(' ').pop(), ...help.aliases].join(', ')}\n\n`;
  if (help.example) out += `Examples:\n${wrap(help.example.trimEnd())}\n\n`;
  if (help.subcommands) out += `Available Commands:\n${wrap(help.subcommands)}\n\n`;
  const visible = help.flags.filter((f) => !f.hidden);
  if (visible.length > 0) out += `Options:\n${wrap(renderFlags(visible, limit).trimEnd())}\n\n`;
  out += `Usage:\n  ${wrap(usageLine(help))}\n\n`;
  if (help.subcommands)
    out += `Use "kubectl ${help.name} <command> --help" for more information about a given command.\n`;
  return out + OPTIONS_HINT;
}

export interface CommandGroupEntry {
  name: string;
  short: string;
  group: string;
  hiddenFromHelp?: boolean;
}

/** The grouped command list of `kubectl --help`; every heading is printed even when empty. */
export function renderCommandGroups(
  entries: readonly CommandGroupEntry[],
  headings: readonly string[],
): string {
  const blocks = headings.map((heading) => {
    const inGroup = entries.filter((e) => e.group === heading && !e.hiddenFromHelp);
    // "Other Commands" are the ones cobra adds outside the groups, listed sorted by name.
    if (heading === 'Other Commands:') inGroup.sort((a, b) => a.name.localeCompare(b.name));
    const lines = inGroup.map((e) => `  ${e.name.padEnd(15)} ${e.short}`);
    return [heading, ...lines].join('\n');
  });
  return blocks.join('\n\n');
}
