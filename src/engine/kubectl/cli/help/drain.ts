/**
 * `kubectl cordon`, `uncordon` and `drain --help` as kubectl v1.35 prints them (kubectl's
 * own words: Long, Examples, flag usage; the Long's markdown link and image rendered as
 * kubectl's ASCII renderer writes them).
 */
import type { CommandHelp } from '../types';
import { CREATE_HELP } from './create';
import { DESCRIBE_HELP } from './describe';
import { pickFlags } from './pick';

const NODE_FLAGS = pickFlags(CREATE_HELP, ['dry-run', 'selector']);

/** cordon and uncordon: the same page but for the word. */
function markNodeHelp(name: 'cordon' | 'uncordon', state: 'unschedulable' | 'schedulable'): CommandHelp {
  return { name, use: `${name} NODE`, long: `Mark node as ${state}.`, example: `  # Mark node "foo" as ${state}\n  kubectl ${name} foo`, flags: NODE_FLAGS };
}

export const CORDON_HELP = markNodeHelp('cordon', 'unschedulable');
export const UNCORDON_HELP = markNodeHelp('uncordon', 'schedulable');

const EMPTYDIR_USAGE = 'Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).';

export const DRAIN_HELP: CommandHelp = {
  name: 'drain',
  use: 'drain NODE',
  long: `Drain node in preparation for maintenance.

 The given node will be marked unschedulable to prevent new pods from arriving. 'drain' evicts the pods if the API server supports https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ . Otherwise, it will use normal DELETE to delete the pods. The 'drain' evicts or deletes all pods except mirror pods (which cannot be deleted through the API server).  If there are daemon set-managed pods, drain will not proceed without --ignore-daemonsets, and regardless it will not delete any daemon set-managed pods, because those pods would be immediately replaced by the daemon set controller, which ignores unschedulable markings.  If there are any pods that are neither mirror pods nor managed by a replication controller, replica set, daemon set, stateful set, or job, then drain will not delete any pods unless you use --force.  --force will also allow deletion to proceed if the managing resource of one or more pods is missing.

 'drain' waits for graceful termination. You should not operate on the machine until the command completes.

 When you are ready to put the node back into service, use kubectl uncordon, which will make the node schedulable again.

 https://kubernetes.io/images/docs/kubectl_drain.svg`,
  example: `  # Drain node "foo", even if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set on it
  kubectl drain foo --force
  
  # As above, but abort if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set, and use a grace period of 15 minutes
  kubectl drain foo --grace-period=900`,
  flags: [
    ...pickFlags(DESCRIBE_HELP, ['chunk-size']),
    { name: 'delete-emptydir-data', type: 'bool', default: false, usage: EMPTYDIR_USAGE },
    // Deprecated: pflag hides it from help and warns when it is used.
    { name: 'delete-local-data', type: 'bool', default: false, usage: EMPTYDIR_USAGE, hidden: true },
    {
      name: 'disable-eviction',
      type: 'bool',
      default: false,
      usage: 'Force drain to use delete, even if eviction is supported. This will bypass checking PodDisruptionBudgets, use with caution.',
    },
    ...pickFlags(CREATE_HELP, ['dry-run']),
    { name: 'force', type: 'bool', default: false, usage: 'Continue even if there are pods that do not declare a controller.' },
    {
      name: 'grace-period',
      type: 'int',
      default: -1,
      usage: 'Period of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used.',
    },
    { name: 'ignore-daemonsets', type: 'bool', default: false, usage: 'Ignore DaemonSet-managed pods.' },
    { name: 'pod-selector', type: 'string', default: '', usage: 'Label selector to filter pods on the node' },
    ...pickFlags(CREATE_HELP, ['selector']),
    {
      name: 'skip-wait-for-delete-timeout',
      type: 'int',
      default: 0,
      usage: 'If pod DeletionTimestamp older than N seconds, skip waiting for the pod.  Seconds must be greater than 0 to skip.',
    },
    { name: 'timeout', type: 'duration', default: '0s', usage: 'The length of time to wait before giving up, zero means infinite' },
  ],
};
