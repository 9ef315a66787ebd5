/** `kubectl replace --help` as kubectl v1.35 prints it (kubectl's own words: Long, Examples, flag usage). */
import type { CommandHelp } from '../types';
import { APPLY_HELP } from './apply';
import { CREATE_HELP } from './create';
import { pickFlags } from './pick';

export const REPLACE_HELP: CommandHelp = {
  name: 'replace',
  use: 'replace -f FILENAME',
  long: `Replace a resource by file name or stdin.

 JSON and YAML formats are accepted. If replacing an existing resource, the complete resource spec must be provided. This can be obtained by

  $ kubectl get TYPE NAME -o yaml`,
  example: `  # Replace a pod using the data in pod.json
  kubectl replace -f ./pod.json
  
  # Replace a pod based on the JSON passed into stdin
  cat pod.json | kubectl replace -f -
  
  # Update a single-container pod's image version (tag) to v4
  kubectl get pod mypod -o yaml | sed 's/\\(image: myimage\\):.*$/\\1:v4/' | kubectl replace -f -
  
  # Force replace, delete and then re-create the resource
  kubectl replace --force -f ./pod.json`,
  flags: [
    ...pickFlags(APPLY_HELP, ['allow-missing-template-keys', 'cascade', 'dry-run']),
    { name: 'field-manager', type: 'string', default: 'kubectl-replace', usage: 'Name of the manager used to track field ownership.' },
    { name: 'filename', short: 'f', type: 'stringSlice', default: [], usage: 'The files that contain the configurations to replace.' },
    ...pickFlags(APPLY_HELP, ['force', 'grace-period', 'kustomize', 'output']),
    { name: 'raw', type: 'string', default: '', usage: 'Raw URI to PUT to the server.  Uses the transport specified by the kubeconfig file.' },
    ...pickFlags(APPLY_HELP, ['recursive']),
    ...pickFlags(CREATE_HELP, ['save-config']),
    ...pickFlags(APPLY_HELP, ['show-managed-fields']),
    { name: 'subresource', type: 'string', default: '', usage: 'If specified, replace will operate on the subresource of the requested object.' },
    ...pickFlags(APPLY_HELP, ['template', 'timeout', 'validate', 'wait']),
  ],
};
