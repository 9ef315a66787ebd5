import type { DockerEnv, DockerProgram } from '../program';

/** The `docker` CLI's commands (build, push, images, tag, pull). */
export function* dockerProgram(env: DockerEnv): DockerProgram {
  yield { op: 'err', text: `docker: '${env.argv[0] ?? ''}' is not a docker command.\nSee 'docker --help'\n` };
  return 1;
}
