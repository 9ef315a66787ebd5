/** `kubectl diff --help` as kubectl v1.35 prints it (kubectl's own words: Long, Examples, flag usage). */
import type { CommandHelp } from '../types';
import { APPLY_HELP } from './apply';
import { filenameFlag, pickFlags } from './pick';

export const DIFF_HELP: CommandHelp = {
  name: 'diff',
  use: 'diff -f FILENAME',
  long: `Diff configurations specified by file name or stdin between the current online configuration, and the configuration as it would be if applied.

 The output is always YAML.

 KUBECTL_EXTERNAL_DIFF environment variable can be used to select your own diff command. Users can use external commands with params too, example: KUBECTL_EXTERNAL_DIFF="colordiff -N -u"

 By default, the "diff" command available in your path will be run with the "-u" (unified diff) and "-N" (treat absent files as empty) options.

 Exit status: 0 No differences were found. 1 Differences were found. >1 Kubectl or diff failed with an error.

 Note: KUBECTL_EXTERNAL_DIFF, if used, is expected to follow that convention.`,
  example: `  # Diff resources included in pod.json
  kubectl diff -f pod.json
  
  # Diff file read from stdin
  cat service.yaml | kubectl diff -f -`,
  flags: [
    {
      name: 'concurrency',
      type: 'int',
      default: 1,
      usage: 'Number of objects to process in parallel when diffing against the live version. Larger number = faster, but more memory, I/O and CPU over that shorter period of time.',
    },
    ...pickFlags(APPLY_HELP, ['field-manager']),
    filenameFlag('contains the configuration to diff'),
    ...pickFlags(APPLY_HELP, ['force-conflicts', 'kustomize']),
    {
      name: 'prune',
      type: 'bool',
      default: false,
      usage: 'Include resources that would be deleted by pruning. Can be used with -l and default shows all resources would be pruned',
    },
    ...pickFlags(APPLY_HELP, ['prune-allowlist', 'recursive', 'selector', 'server-side']),
    { name: 'show-managed-fields', type: 'bool', default: false, usage: 'If true, include managed fields in the diff.' },
  ],
};
