/**
 * kubectl v1.35's top-level commands in the order NewKubectlCommand adds them — the
 * order cobra walks for suggestions — with the groups `kubectl --help` prints.
 */

export interface KubectlCommandInfo {
  name: string;
  short: string;
  /** The `kubectl --help` heading; 'Other Commands:' for those added outside the groups. */
  group: string;
  /** cobra SuggestFor: typed words that suggest this command though not close to its name. */
  suggestFor?: readonly string[];
  /** Runnable but left out of `kubectl --help` (cobra still suggests it). */
  hiddenFromHelp?: boolean;
}

const BEGINNER = 'Basic Commands (Beginner):';
const INTERMEDIATE = 'Basic Commands (Intermediate):';
const DEPLOY = 'Deploy Commands:';
const CLUSTER = 'Cluster Management Commands:';
const TROUBLESHOOTING = 'Troubleshooting and Debugging Commands:';
const ADVANCED = 'Advanced Commands:';
const SETTINGS = 'Settings Commands:';
const OTHER = 'Other Commands:';

export const KUBECTL_COMMANDS: readonly KubectlCommandInfo[] = [
  { name: 'create', group: BEGINNER, short: 'Create a resource from a file or from stdin' },
  {
    name: 'expose',
    group: BEGINNER,
    short:
      'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
  },
  { name: 'run', group: BEGINNER, short: 'Run a particular image on the cluster' },
  { name: 'set', group: BEGINNER, short: 'Set specific features on objects' },
  { name: 'explain', group: INTERMEDIATE, short: 'Get documentation for a resource' },
  { name: 'get', group: INTERMEDIATE, short: 'Display one or many resources', suggestFor: ['list', 'ps'] },
  { name: 'edit', group: INTERMEDIATE, short: 'Edit a resource on the server' },
  {
    name: 'delete',
    group: INTERMEDIATE,
    short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
    suggestFor: ['rm'],
  },
  { name: 'rollout', group: DEPLOY, short: 'Manage the rollout of a resource' },
  {
    name: 'scale',
    group: DEPLOY,
    short: 'Set a new size for a deployment, replica set, or replication controller',
  },
  {
    name: 'autoscale',
    group: DEPLOY,
    short: 'Auto-scale a deployment, replica set, stateful set, or replication controller',
  },
  { name: 'certificate', group: CLUSTER, short: 'Modify certificate resources' },
  { name: 'cluster-info', group: CLUSTER, short: 'Display cluster information' },
  { name: 'top', group: CLUSTER, short: 'Display resource (CPU/memory) usage' },
  { name: 'cordon', group: CLUSTER, short: 'Mark node as unschedulable' },
  { name: 'uncordon', group: CLUSTER, short: 'Mark node as schedulable' },
  { name: 'drain', group: CLUSTER, short: 'Drain node in preparation for maintenance' },
  { name: 'taint', group: CLUSTER, short: 'Update the taints on one or more nodes' },
  {
    name: 'describe',
    group: TROUBLESHOOTING,
    short: 'Show details of a specific resource or group of resources',
  },
  { name: 'logs', group: TROUBLESHOOTING, short: 'Print the logs for a container in a pod' },
  { name: 'attach', group: TROUBLESHOOTING, short: 'Attach to a running container' },
  { name: 'exec', group: TROUBLESHOOTING, short: 'Execute a command in a container' },
  { name: 'port-forward', group: TROUBLESHOOTING, short: 'Forward one or more local ports to a pod' },
  { name: 'proxy', group: TROUBLESHOOTING, short: 'Run a proxy to the Kubernetes API server' },
  { name: 'cp', group: TROUBLESHOOTING, short: 'Copy files and directories to and from containers' },
  { name: 'auth', group: TROUBLESHOOTING, short: 'Inspect authorization' },
  {
    name: 'debug',
    group: TROUBLESHOOTING,
    short: 'Create debugging sessions for troubleshooting workloads and nodes',
  },
  { name: 'events', group: TROUBLESHOOTING, short: 'List events' },
  { name: 'diff', group: ADVANCED, short: 'Diff the live version against a would-be applied version' },
  { name: 'apply', group: ADVANCED, short: 'Apply a configuration to a resource by file name or stdin' },
  { name: 'patch', group: ADVANCED, short: 'Update fields of a resource' },
  { name: 'replace', group: ADVANCED, short: 'Replace a resource by file name or stdin' },
  {
    name: 'wait',
    group: ADVANCED,
    short: 'Experimental: Wait for a specific condition on one or many resources',
    suggestFor: ['list', 'ps'],
  },
  { name: 'kustomize', group: ADVANCED, short: 'Build a kustomization target from a directory or URL' },
  { name: 'label', group: SETTINGS, short: 'Update the labels on a resource' },
  { name: 'annotate', group: SETTINGS, short: 'Update the annotations on a resource' },
  {
    name: 'completion',
    group: SETTINGS,
    short: 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)',
  },
  // v1.35 ships `kubectl alpha kuberc`, so `alpha` has a subcommand and is listed.
  { name: 'alpha', group: OTHER, short: 'Commands for features in alpha' },
  { name: 'config', group: OTHER, short: 'Modify kubeconfig files' },
  { name: 'plugin', group: OTHER, short: 'Provides utilities for interacting with plugins' },
  { name: 'version', group: OTHER, short: 'Print the client and server version information' },
  {
    name: 'api-versions',
    group: OTHER,
    short: 'Print the supported API versions on the server, in the form of "group/version"',
  },
  { name: 'api-resources', group: OTHER, short: 'Print the supported API resources on the server' },
  {
    name: 'options',
    group: OTHER,
    short: 'Print the list of flags inherited by all commands',
    hiddenFromHelp: true,
  },
];
