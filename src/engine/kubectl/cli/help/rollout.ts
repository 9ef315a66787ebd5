/** `kubectl rollout` and its subcommands' `--help` as kubectl v1.35 prints them (kubectl's own words). */
import type { CommandHelp } from '../types';
import { CREATE_HELP } from './create';
import { filenameFlag, pickFlags } from './pick';

export const ROLLOUT_STATUS_HELP: CommandHelp = {
  name: 'rollout status',
  use: 'rollout status (TYPE NAME | TYPE/NAME) [flags]',
  long: `Show the status of the rollout.

 By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.`,
  example: `  # Watch the rollout status of a deployment
  kubectl rollout status deployment/nginx`,
  flags: [
    filenameFlag('identifying the resource to get from a server.'),
    ...pickFlags(CREATE_HELP, ['kustomize', 'recursive']),
    { name: 'revision', type: 'int', default: 0, usage: 'Pin to a specific revision for showing its status. Defaults to 0 (last revision).' },
    ...pickFlags(CREATE_HELP, ['selector']),
    { name: 'timeout', type: 'duration', default: '0s', usage: "The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h)." },
    { name: 'watch', short: 'w', type: 'bool', default: true, usage: "Watch the status of the rollout until it's done." },
  ],
};

export const ROLLOUT_HELP: CommandHelp = {
  name: 'rollout',
  use: 'rollout SUBCOMMAND',
  long: `Manage the rollout of one or many resources.
        
 Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets`,
  example: `  # Rollback to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Check the rollout status of a daemonset
  kubectl rollout status daemonset/foo
  
  # Restart a deployment
  kubectl rollout restart deployment/abc
  
  # Restart deployments with the 'app=nginx' label
  kubectl rollout restart deployment --selector=app=nginx`,
  subcommands: `  history       View rollout history
  pause         Mark the provided resource as paused
  restart       Restart a resource
  resume        Resume a paused resource
  status        Show the status of the rollout
  undo          Undo a previous rollout`,
  flags: [],
};

const printFlags = pickFlags(CREATE_HELP, ['allow-missing-template-keys']);
const identifying = [filenameFlag('identifying the resource to get from a server.'), ...pickFlags(CREATE_HELP, ['kustomize', 'output', 'recursive', 'selector', 'show-managed-fields', 'template'])];

export const ROLLOUT_HISTORY_HELP: CommandHelp = {
  name: 'rollout history',
  use: 'rollout history (TYPE NAME | TYPE/NAME) [flags]',
  long: 'View previous rollout revisions and configurations.',
  example: `  # View the rollout history of a deployment
  kubectl rollout history deployment/abc
  
  # View the details of daemonset revision 3
  kubectl rollout history daemonset/abc --revision=3`,
  flags: [...printFlags, ...identifying.slice(0, 4), { name: 'revision', type: 'int', default: 0, usage: 'See the details, including podTemplate of the revision specified' }, ...identifying.slice(4)],
};

export const ROLLOUT_UNDO_HELP: CommandHelp = {
  name: 'rollout undo',
  use: 'rollout undo (TYPE NAME | TYPE/NAME) [flags]',
  long: 'Roll back to a previous rollout.',
  example: `  # Roll back to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Roll back to daemonset revision 3
  kubectl rollout undo daemonset/abc --to-revision=3
  
  # Roll back to the previous deployment with dry-run
  kubectl rollout undo --dry-run=server deployment/abc`,
  flags: [...printFlags, ...pickFlags(CREATE_HELP, ['dry-run']), ...identifying, { name: 'to-revision', type: 'int', default: 0, usage: 'The revision to rollback to. Default to 0 (last revision).' }],
};

export const ROLLOUT_RESTART_HELP: CommandHelp = {
  name: 'rollout restart',
  use: 'rollout restart RESOURCE',
  long: `Restart a resource.

        Resource rollout will be restarted.`,
  example: `  # Restart all deployments in the test-namespace namespace
  kubectl rollout restart deployment -n test-namespace
  
  # Restart a deployment
  kubectl rollout restart deployment/nginx
  
  # Restart a daemon set
  kubectl rollout restart daemonset/abc
  
  # Restart deployments with the app=nginx label
  kubectl rollout restart deployment --selector=app=nginx`,
  flags: [...printFlags, { name: 'field-manager', type: 'string', default: 'kubectl-rollout', usage: 'Name of the manager used to track field ownership.' }, ...identifying],
};
