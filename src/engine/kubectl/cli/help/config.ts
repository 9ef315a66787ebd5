/** `kubectl config` and the subcommands Pod Lab runs, their `--help` as kubectl v1.35 prints them (kubectl's own words). */
import type { CommandHelp } from '../types';
import { APPLY_HELP } from './apply';
import { pickFlags } from './pick';

export const CONFIG_HELP: CommandHelp = {
  name: 'config',
  use: 'config SUBCOMMAND',
  long: `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
  3.  Otherwise, \${HOME}/.kube/config is used and no merging takes place.`,
  subcommands: `  current-context   Display the current-context
  delete-cluster    Delete the specified cluster from the kubeconfig
  delete-context    Delete the specified context from the kubeconfig
  delete-user       Delete the specified user from the kubeconfig
  get-clusters      Display clusters defined in the kubeconfig
  get-contexts      Describe one or many contexts
  get-users         Display users defined in the kubeconfig
  rename-context    Rename a context from the kubeconfig file
  set               Set an individual value in a kubeconfig file
  set-cluster       Set a cluster entry in kubeconfig
  set-context       Set a context entry in kubeconfig
  set-credentials   Set a user entry in kubeconfig
  unset             Unset an individual value in a kubeconfig file
  use-context       Set the current-context in a kubeconfig file
  view              Display merged kubeconfig settings or a specified file`,
  flags: [],
};

export const CONFIG_VIEW_HELP: CommandHelp = {
  name: 'config view',
  use: 'view [flags]',
  long: `Display merged kubeconfig settings or a specified kubeconfig file.

 You can use --output jsonpath={...} to extract specific values using a jsonpath expression.`,
  example: `  # Show merged kubeconfig settings
  kubectl config view
  
  # Show merged kubeconfig settings, raw certificate data, and exposed secrets
  kubectl config view --raw
  
  # Get the password for the e2e user
  kubectl config view -o jsonpath='{.users[?(@.name == "e2e")].user.password}'`,
  flags: [
    ...pickFlags(APPLY_HELP, ['allow-missing-template-keys']),
    { name: 'flatten', type: 'bool', default: false, usage: 'Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)' },
    { name: 'merge', type: 'bool', default: true, usage: 'Merge the full hierarchy of kubeconfig files' },
    { name: 'minify', type: 'bool', default: false, usage: 'Remove all information not used by current-context from the output' },
    { ...pickFlags(APPLY_HELP, ['output'])[0]!, default: 'yaml' },
    { name: 'raw', type: 'bool', default: false, usage: 'Display raw byte data and sensitive data' },
    ...pickFlags(APPLY_HELP, ['show-managed-fields', 'template']),
  ],
};

export const CONFIG_CURRENT_CONTEXT_HELP: CommandHelp = {
  name: 'config current-context',
  use: 'current-context [flags]',
  long: 'Display the current-context.',
  example: `  # Display the current-context
  kubectl config current-context`,
  flags: [],
};

export const CONFIG_GET_CONTEXTS_HELP: CommandHelp = {
  name: 'config get-contexts',
  use: 'get-contexts [(-o|--output=)name)]',
  long: 'Display one or many contexts from the kubeconfig file.',
  example: `  # List all the contexts in your kubeconfig file
  kubectl config get-contexts
  
  # Describe one context in your kubeconfig file
  kubectl config get-contexts my-context`,
  flags: [
    { name: 'no-headers', type: 'bool', default: false, usage: "When using the default or custom-column output format, don't print headers (default print headers)." },
    { name: 'output', short: 'o', type: 'string', default: '', usage: 'Output format. One of: (name).' },
  ],
};

export const CONFIG_SET_CONTEXT_HELP: CommandHelp = {
  name: 'config set-context',
  use: 'set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace]',
  long: `Set a context entry in kubeconfig.

 Specifying a name that already exists will merge new fields on top of existing values for those fields.`,
  example: `  # Set the user field on the gce context entry without touching other values
  kubectl config set-context gce --user=cluster-admin`,
  flags: [
    { name: 'cluster', type: 'string', default: '', usage: 'cluster for the context entry in kubeconfig' },
    { name: 'current', type: 'bool', default: false, usage: 'Modify the current context' },
    { name: 'namespace', short: 'n', type: 'string', default: '', usage: 'namespace for the context entry in kubeconfig' },
    { name: 'user', type: 'string', default: '', usage: 'user for the context entry in kubeconfig' },
  ],
};

export const CONFIG_USE_CONTEXT_HELP: CommandHelp = {
  name: 'config use-context',
  use: 'use-context CONTEXT_NAME',
  aliases: ['use'],
  long: 'Set the current-context in a kubeconfig file.',
  example: `  # Use the context for the minikube cluster
  kubectl config use-context minikube`,
  flags: [],
};

export const CONFIG_GET_CLUSTERS_HELP: CommandHelp = {
  name: 'config get-clusters',
  use: 'get-clusters [flags]',
  long: 'Display clusters defined in the kubeconfig.',
  example: `  # List the clusters that kubectl knows about
  kubectl config get-clusters`,
  flags: [],
};

export const CONFIG_GET_USERS_HELP: CommandHelp = {
  name: 'config get-users',
  use: 'get-users [flags]',
  long: 'Display users defined in the kubeconfig.',
  example: `  # List the users that kubectl knows about
  kubectl config get-users`,
  flags: [],
};
