/** `kubectl cluster-info --help` as kubectl v1.35 prints it (kubectl's own words: Long, Examples, flag usage). */
import type { CommandHelp } from '../types';

export const CLUSTER_INFO_HELP: CommandHelp = {
  name: 'cluster-info',
  use: 'cluster-info [flags]',
  long: `Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.`,
  example: `  # Print the address of the control plane and cluster services
  kubectl cluster-info`,
  subcommands: `  dump          Dump relevant information for debugging and diagnosis`,
  flags: [],
};
