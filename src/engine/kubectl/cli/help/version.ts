/** `kubectl version --help` as kubectl v1.35 prints it (kubectl's own words: Long, Examples, flag usage). */
import type { CommandHelp } from '../types';

export const VERSION_HELP: CommandHelp = {
  name: 'version',
  use: 'version [flags]',
  long: `Print the client and server version information for the current context.`,
  example: `  # Print the client and server versions for the current context
  kubectl version`,
  flags: [
    {
      name: 'client',
      type: 'bool',
      default: false,
      usage: 'If true, shows client version only (no server required).',
    },
    { name: 'output', short: 'o', type: 'string', default: '', usage: "One of 'yaml' or 'json'." },
  ],
};
