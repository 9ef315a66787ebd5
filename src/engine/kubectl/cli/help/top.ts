/** `kubectl top`, `top pod` and `top node` `--help` as kubectl v1.35 prints them (kubectl's own words). */
import type { CommandHelp, FlagSpec } from '../types';
import { GET_HELP } from './get';
import { pickFlags } from './pick';

const PROTOBUF: FlagSpec = { name: 'use-protocol-buffers', type: 'bool', default: true, usage: 'Enables using protocol-buffers to access Metrics API.' };

export const TOP_HELP: CommandHelp = {
  name: 'top',
  use: 'top [flags]',
  long: `Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.`,
  subcommands: `  node          Display resource (CPU/memory) usage of nodes
  pod           Display resource (CPU/memory) usage of pods`,
  flags: [],
};

export const TOP_POD_HELP: CommandHelp = {
  name: 'top pod',
  use: 'top pod [NAME | -l label]',
  aliases: ['pods', 'po'],
  long: `Display resource (CPU/memory) usage of pods.

 The 'top pod' command allows you to see the resource consumption of pods.

 Due to the metrics pipeline delay, they may be unavailable for a few minutes since pod creation.`,
  example: `  # Show metrics for all pods in the default namespace
  kubectl top pod
  
  # Show metrics for all pods in the given namespace
  kubectl top pod --namespace=NAMESPACE
  
  # Show metrics for a given pod and its containers
  kubectl top pod POD_NAME --containers
  
  # Show metrics for the pods defined by label name=myLabel
  kubectl top pod -l name=myLabel`,
  flags: [
    ...pickFlags(GET_HELP, ['all-namespaces']),
    { name: 'containers', type: 'bool', default: false, usage: 'If present, print usage of containers within a pod.' },
    ...pickFlags(GET_HELP, ['field-selector']),
    { name: 'no-headers', type: 'bool', default: false, usage: 'If present, print output without headers.' },
    ...pickFlags(GET_HELP, ['selector']),
    { name: 'sort-by', type: 'string', default: '', usage: "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'." },
    { name: 'sum', type: 'bool', default: false, usage: 'Print the sum of the resource usage' },
    PROTOBUF,
  ],
};

export const TOP_NODE_HELP: CommandHelp = {
  name: 'top node',
  use: 'top node [NAME | -l label]',
  aliases: ['nodes', 'no'],
  long: `Display resource (CPU/memory) usage of nodes.

 The top-node command allows you to see the resource consumption of nodes.`,
  example: `  # Show metrics for all nodes
  kubectl top node
  
  # Show metrics for a given node
  kubectl top node NODE_NAME`,
  flags: [
    { name: 'no-headers', type: 'bool', default: false, usage: 'If present, print output without headers' },
    ...pickFlags(GET_HELP, ['selector']),
    { name: 'show-capacity', type: 'bool', default: false, usage: 'Print node resources based on Capacity instead of Allocatable(default) of the nodes.' },
    { name: 'sort-by', type: 'string', default: '', usage: "If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'." },
    PROTOBUF,
  ],
};
