/** `kubectl attach --help` as kubectl v1.35 prints it (kubectl's own words: Long, Examples, flag usage). */
import type { CommandHelp, FlagSpec } from '../types';

/** -c, as exec and attach declare it. */
export const CONTAINER_FLAG: FlagSpec = {
  name: 'container',
  short: 'c',
  type: 'string',
  default: '',
  usage:
    'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen',
};

/** The flags of the stream to a container that exec and attach share, in kubectl's words. */
export const STREAM_FLAGS: FlagSpec[] = [
  {
    name: 'pod-running-timeout',
    type: 'duration',
    default: '1m0s',
    usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
  },
  { name: 'quiet', short: 'q', type: 'bool', default: false, usage: 'Only print output from the remote session' },
  { name: 'stdin', short: 'i', type: 'bool', default: false, usage: 'Pass stdin to the container' },
  { name: 'tty', short: 't', type: 'bool', default: false, usage: 'Stdin is a TTY' },
];

export const ATTACH_HELP: CommandHelp = {
  name: 'attach',
  use: 'attach (POD | TYPE/NAME) -c CONTAINER',
  long: `Attach to a process that is already running inside an existing container.`,
  example: `  # Get output from running pod mypod; use the 'kubectl.kubernetes.io/default-container' annotation
  # for selecting the container to be attached or the first container in the pod will be chosen
  kubectl attach mypod
  
  # Get output from ruby-container from pod mypod
  kubectl attach mypod -c ruby-container
  
  # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod
  # and sends stdout/stderr from 'bash' back to the client
  kubectl attach mypod -c ruby-container -i -t
  
  # Get output from the first pod of a replica set named nginx
  kubectl attach rs/nginx`,
  flags: [
    CONTAINER_FLAG,
    ...STREAM_FLAGS,
  ],
};
