/** `kubectl api-versions --help` as kubectl v1.35 prints it. */
import type { CommandHelp } from '../types';

export const API_VERSIONS_HELP: CommandHelp = {
  name: 'api-versions',
  use: 'api-versions',
  long: `Print the supported API versions on the server, in the form of "group/version".`,
  example: `  # Print the supported API versions
  kubectl api-versions`,
  flags: [],
};
