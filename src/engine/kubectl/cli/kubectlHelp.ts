/**
 * The help kubectl v1.35 prints: `kubectl` / `kubectl --help`, `kubectl <verb> --help`
 * and `kubectl options`. Pass the terminal's width to get kubectl's wrapping (it wraps
 * only on a terminal at least 80 columns wide); leave it out for piped output.
 */
import { KUBECTL_COMMANDS } from './commands';
import { KUBECTL_GLOBAL_FLAGS } from './globalFlags';
import { KUBECTL_COMMAND_HELP } from './help/index';
import { renderCommandGroups, renderCommandHelp, renderFlags } from './render';
import { wrapLimitFor, wrapString } from './wordwrap';
import type { FlagSpec } from './types';

const ROOT_LONG =
  'kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/';

/** Headings in kubectl's order; the plugin group is printed even with no plugins installed. */
const HEADINGS = [
  'Basic Commands (Beginner):',
  'Basic Commands (Intermediate):',
  'Deploy Commands:',
  'Cluster Management Commands:',
  'Troubleshooting and Debugging Commands:',
  'Advanced Commands:',
  'Settings Commands:',
  'Subcommands provided by plugins:',
  'Other Commands:',
];

export function kubectlRootHelp(terminalWidth?: number): string {
  const limit = wrapLimitFor(terminalWidth);
  const groups = wrapString(renderCommandGroups(KUBECTL_COMMANDS, HEADINGS), limit);
  return (
    `${wrapString(ROOT_LONG, limit)}\n\n${groups}\n\n` +
    'Usage:\n  kubectl [flags] [options]\n\n' +
    'Use "kubectl <command> --help" for more information about a given command.\n' +
    'Use "kubectl options" for a list of global command-line options (applies to all commands).\n'
  );
}

/** `kubectl <verb> --help`, or undefined for a verb the sandbox has no page for. */
export function kubectlCommandHelp(verb: string, terminalWidth?: number): string | undefined {
  const help = KUBECTL_COMMAND_HELP[verb];
  return help ? renderCommandHelp(help, terminalWidth) : undefined;
}

/** The flags a verb accepts: its own (from its help page) plus the global ones it does not shadow (debug's --profile). */
export function kubectlFlagsFor(verb: string): FlagSpec[] | undefined {
  const help = KUBECTL_COMMAND_HELP[verb];
  if (!help) return undefined;
  const own = new Set(help.flags.map((f) => f.name));
  return [...help.flags, ...KUBECTL_GLOBAL_FLAGS.filter((f) => !own.has(f.name))];
}

/** `kubectl options`; `home` is where the learner's ~/.kube lives. */
export function kubectlOptionsHelp(terminalWidth?: number, home = '/root'): string {
  const flags = KUBECTL_GLOBAL_FLAGS.map((f) =>
    f.name === 'cache-dir' ? { ...f, default: `${home}/.kube/cache` } : f,
  );
  const limit = wrapLimitFor(terminalWidth);
  return `The following options can be passed to any command:\n\n${wrapString(renderFlags(flags, limit), limit)}`;
}
