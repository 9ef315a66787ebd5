/**
 * kubectl's and docker's command-line layer: pflag parsing, cobra suggestions,
 * and the help pages, with the wording of kubectl v1.35 and Docker CLI 28.
 */
export type { FlagType, FlagSpec, FlagValue, ParsedArgs, ParseArgsResult, CommandHelp } from './types';
export { parseArgs } from './flags';
export { parseDuration, formatDuration } from './duration';
export { suggestionsFor, unknownCommandText, levenshtein } from './suggest';
export type { SuggestionCandidate } from './suggest';
export { KUBECTL_COMMANDS } from './commands';
export type { KubectlCommandInfo } from './commands';
export { KUBECTL_GLOBAL_FLAGS } from './globalFlags';
export { KUBECTL_COMMAND_HELP } from './help/index';
export { kubectlRootHelp, kubectlCommandHelp, kubectlFlagsFor, kubectlOptionsHelp } from './kubectlHelp';
export { findSubcommand } from './subcommand';
export {
  DOCKER_COMMANDS,
  dockerUnknownCommandText,
  dockerFlagErrorText,
  dockerArgCountError,
  dockerRootHelp,
} from './docker';
export type { DockerCommandSpec } from './docker';
