/** `kubectl create deployment --help` as kubectl v1.35 prints it (kubectl's own words). */
import type { CommandHelp } from '../types';
import { CREATE_HELP } from './create';
import { pickFlags } from './pick';

export const CREATE_DEPLOYMENT_HELP: CommandHelp = {
  name: 'create deployment',
  aliases: ['deploy'],
  use: 'create deployment NAME --image=image -- [COMMAND] [args...]',
  long: 'Create a deployment with the specified name.',
  example: `  # Create a deployment named my-dep that runs the busybox image
  kubectl create deployment my-dep --image=busybox
  
  # Create a deployment with a command
  kubectl create deployment my-dep --image=busybox -- date
  
  # Create a deployment named my-dep that runs the nginx image with 3 replicas
  kubectl create deployment my-dep --image=nginx --replicas=3
  
  # Create a deployment named my-dep that runs the busybox image and expose port 5701
  kubectl create deployment my-dep --image=busybox --port=5701
  
  # Create a deployment named my-dep that runs multiple containers
  kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx`,
  flags: [
    ...pickFlags(CREATE_HELP, ['allow-missing-template-keys', 'dry-run', 'field-manager']),
    { name: 'image', type: 'stringSlice', default: [], usage: 'Image names to run. A deployment can have multiple images set for multi-container pod.' },
    ...pickFlags(CREATE_HELP, ['output']),
    { name: 'port', type: 'int', default: -1, usage: 'The containerPort that this deployment exposes.' },
    { name: 'replicas', short: 'r', type: 'int', default: 1, usage: 'Number of replicas to create. Default is 1.' },
    ...pickFlags(CREATE_HELP, ['save-config', 'show-managed-fields', 'template', 'validate']),
  ],
};
