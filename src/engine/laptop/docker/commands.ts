/**
 * The docker commands Pod Lab simulates, under every name Docker 28 gives them
 * (`docker images` = `docker image ls` = `docker image list`), each with its usage line,
 * flags, argument count and help page.
 */
import { DOCKER_COMMANDS, type FlagSpec, type ParsedArgs } from '../../kubectl/cli';
import type { DockerEnv, DockerProgram } from '../program';
import { dockerBuild } from './buildCommand';
import { buildHelp } from './buildHelp';
import type { ArgCount } from './cli';
import { HELP } from './helpPages';
import { dockerImages } from './images';
import { dockerPull } from './pull';
import { dockerPush } from './push';
import { dockerRmi } from './rmi';
import { dockerTag } from './tag';
import { dockerVersion } from './version';

export interface DockerCommand {
  /** What follows `Usage:  `. */
  usage: string;
  flags: FlagSpec[];
  args: ArgCount;
  help(): string;
  run(env: DockerEnv, args: ParsedArgs): DockerProgram;
}

const RMI_FLAGS: FlagSpec[] = [
  { name: 'force', short: 'f', type: 'bool', default: false, usage: 'Force removal of the image' },
  { name: 'no-prune', type: 'bool', default: false, usage: 'Do not delete untagged parents' },
  { name: 'platform', type: 'stringSlice', default: [], usage: 'Remove only the given platform variant.' },
];

const VERSION_FLAGS: FlagSpec[] = [{ name: 'format', short: 'f', type: 'string', default: '', usage: 'Format output using a custom template' }];

function fromSpec(name: string, run: DockerCommand['run'], help: () => string): DockerCommand {
  const spec = DOCKER_COMMANDS[name];
  if (!spec) throw new Error(`no docker command spec for ${name}`);
  return { usage: spec.usage, flags: spec.flags, args: spec.args, help, run };
}

/** The same command under `docker image <sub>`: cobra prints that path in usage and help. */
function alias(cmd: DockerCommand, from: string, to: string): DockerCommand {
  const swap = (s: string): string => s.replace(`docker ${from}`, `docker ${to}`);
  return { ...cmd, usage: swap(cmd.usage), help: () => swap(cmd.help()) };
}

const page = (name: string) => (): string => HELP[name] ?? '';

const build = fromSpec('build', dockerBuild, buildHelp);
const push = fromSpec('push', dockerPush, page('push'));
const images = fromSpec('images', dockerImages, page('images'));
const tag = fromSpec('tag', dockerTag, page('tag'));
const pull = fromSpec('pull', dockerPull, page('pull'));
const rmi: DockerCommand = { usage: 'docker rmi [OPTIONS] IMAGE [IMAGE...]', flags: RMI_FLAGS, args: { atLeast: 1 }, help: page('rmi'), run: dockerRmi };
const version: DockerCommand = { usage: 'docker version [OPTIONS]', flags: VERSION_FLAGS, args: { exactly: 0 }, help: page('version'), run: dockerVersion };

/** By command path, as typed after `docker`. */
export const COMMANDS: Readonly<Record<string, DockerCommand>> = {
  build,
  'builder build': build,
  'image build': build,
  push,
  'image push': alias(push, 'push', 'image push'),
  images,
  'image ls': { ...images, usage: 'docker image ls [OPTIONS] [REPOSITORY[:TAG]]', help: page('image ls') },
  'image list': { ...images, usage: 'docker image list [OPTIONS] [REPOSITORY[:TAG]]', help: () => page('image ls')().replace('docker image ls [', 'docker image list [') },
  tag,
  'image tag': alias(tag, 'tag', 'image tag'),
  pull,
  'image pull': alias(pull, 'pull', 'image pull'),
  rmi,
  'image rm': alias(rmi, 'rmi', 'image rm'),
  'image remove': alias(rmi, 'rmi', 'image remove'),
  version,
};

/** `docker image …` subcommands Docker has; the ones above run, the rest are not simulated. */
export const IMAGE_SUBCOMMANDS = ['build', 'history', 'import', 'inspect', 'load', 'ls', 'list', 'prune', 'pull', 'push', 'rm', 'remove', 'save', 'tag'];

/** Commands that run containers: on Pod Lab's laptop those belong to the cluster. */
export const CONTAINER_COMMANDS = ['run', 'create', 'start', 'exec', 'ps', 'logs', 'stop', 'kill', 'rm', 'attach', 'restart', 'container'];
