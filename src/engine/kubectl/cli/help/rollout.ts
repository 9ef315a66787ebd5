/** `kubectl rollout status --help` as kubectl v1.35 prints it (kubectl's own words). */
import type { CommandHelp } from '../types';
import { CREATE_HELP } from './create';
import { filenameFlag, pickFlags } from './pick';

export const ROLLOUT_STATUS_HELP: CommandHelp = {
  name: 'rollout status',
  use: 'status (TYPE NAME | TYPE/NAME) [flags]',
  long: `Show the status of the rollout.

 By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.`,
  example: `  # Watch the rollout status of a deployment
  kubectl rollout status deployment/nginx`,
  flags: [
    filenameFlag('identifying the resource to get from a server'),
    ...pickFlags(CREATE_HELP, ['kustomize', 'recursive']),
    { name: 'revision', type: 'int', default: 0, usage: 'Pin to a specific revision for showing its status. Defaults to 0 (last revision).' },
    ...pickFlags(CREATE_HELP, ['selector']),
    { name: 'timeout', type: 'duration', default: '0s', usage: "The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h)." },
    { name: 'watch', short: 'w', type: 'bool', default: true, usage: "Watch the status of the rollout until it's done." },
  ],
};
