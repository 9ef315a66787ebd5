/** `kubectl set` and `kubectl set image --help` as kubectl v1.35 prints them (kubectl's own words). */
import type { CommandHelp } from '../types';
import { CREATE_HELP } from './create';
import { filenameFlag, pickFlags } from './pick';

export const SET_HELP: CommandHelp = {
  name: 'set',
  use: 'set SUBCOMMAND',
  long: `Configure application resources.

 These commands help you make changes to existing application resources.`,
  subcommands: `  env              Update environment variables on a pod template
  image            Update the image of a pod template
  resources        Update resource requests/limits on objects with pod templates
  selector         Set the selector on a resource
  serviceaccount   Update the service account of a resource
  subject          Update the user, group, or service account in a role binding or cluster role binding`,
  flags: [],
};

export const SET_IMAGE_HELP: CommandHelp = {
  name: 'set image',
  use: 'set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N',
  long: `Update existing container image(s) of resources.

 Possible resources include (case insensitive):

        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)`,
  example: `  # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'
  kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1
  
  # Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'
  kubectl set image deployments,rc nginx=nginx:1.9.1 --all
  
  # Update image of all containers of daemonset abc to 'nginx:1.9.1'
  kubectl set image daemonset abc *=nginx:1.9.1
  
  # Print result (in yaml format) of updating nginx container image from local file, without hitting the server
  kubectl set image -f path/to/file.yaml nginx=nginx:1.9.1 --local -o yaml`,
  flags: [
    { name: 'all', type: 'bool', default: false, usage: 'Select all resources, in the namespace of the specified resource types' },
    ...pickFlags(CREATE_HELP, ['allow-missing-template-keys', 'dry-run']),
    { name: 'field-manager', type: 'string', default: 'kubectl-set', usage: 'Name of the manager used to track field ownership.' },
    filenameFlag('identifying the resource to get from a server.'),
    ...pickFlags(CREATE_HELP, ['kustomize']),
    { name: 'local', type: 'bool', default: false, usage: 'If true, set image will NOT contact api-server but run locally.' },
    ...pickFlags(CREATE_HELP, ['output', 'recursive']),
    ...pickFlags(CREATE_HELP, ['selector']),
    ...pickFlags(CREATE_HELP, ['show-managed-fields', 'template']),
  ],
};
