/** `kubectl label --help` as kubectl v1.35 prints it (kubectl's own words: Long, Examples, flag usage). */
import type { CommandHelp } from '../types';
import { CREATE_HELP } from './create';
import { GET_HELP } from './get';
import { filenameFlag, pickFlags } from './pick';

export const LABEL_HELP: CommandHelp = {
  name: 'label',
  use: 'label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  long: `Update the labels on a resource.

  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.
  *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.`,
  example: `  # Update pod 'foo' with the label 'unhealthy' and the value 'true'
  kubectl label pods foo unhealthy=true
  
  # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value
  kubectl label --overwrite pods foo status=unhealthy
  
  # Update all pods in the namespace
  kubectl label pods --all status=unhealthy
  
  # Update a pod identified by the type and name in "pod.json"
  kubectl label -f pod.json status=unhealthy
  
  # Update pod 'foo' only if the resource is unchanged from version 1
  kubectl label pods foo status=unhealthy --resource-version=1
  
  # Update pod 'foo' by removing a label named 'bar' if it exists
  # Does not require the --overwrite flag
  kubectl label pods foo bar-`,
  flags: [
    { name: 'all', type: 'bool', default: false, usage: 'Select all resources, in the namespace of the specified resource types' },
    { name: 'all-namespaces', short: 'A', type: 'bool', default: false, usage: 'If true, check the specified action in all namespaces.' },
    ...pickFlags(CREATE_HELP, ['allow-missing-template-keys', 'dry-run']),
    { name: 'field-manager', type: 'string', default: 'kubectl-label', usage: 'Name of the manager used to track field ownership.' },
    ...pickFlags(GET_HELP, ['field-selector']),
    filenameFlag('identifying the resource to update the labels'),
    ...pickFlags(CREATE_HELP, ['kustomize']),
    { name: 'list', type: 'bool', default: false, usage: 'If true, display the labels for a given resource.' },
    { name: 'local', type: 'bool', default: false, usage: 'If true, label will NOT contact api-server but run locally.' },
    ...pickFlags(CREATE_HELP, ['output']),
    { name: 'overwrite', type: 'bool', default: false, usage: 'If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.' },
    ...pickFlags(CREATE_HELP, ['recursive']),
    {
      name: 'resource-version',
      type: 'string',
      default: '',
      usage: 'If non-empty, the labels update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.',
    },
    ...pickFlags(CREATE_HELP, ['selector', 'show-managed-fields', 'template']),
  ],
};
