/**
 * The `docker` commands the laptop actor runs, declared as Docker CLI 28 declares
 * them, with its error wording: `docker: unknown command: docker buidl`, flag errors
 * followed by the usage line, and argument-count errors (`requires 1 argument`).
 */
import { DOCKER_ROOT_HELP } from './dockerRootHelp';
import type { FlagSpec } from './types';

export interface DockerCommandSpec {
  /** cobra UseLine as docker prints it after `Usage:  `. */
  usage: string;
  short: string;
  flags: FlagSpec[];
  /** Exact positional count, or a maximum (`images` takes at most one). */
  args: { exactly: number } | { atMost: number };
}

const QUIET_PULL_PUSH: FlagSpec = {
  name: 'quiet',
  short: 'q',
  type: 'bool',
  default: false,
  usage: 'Suppress verbose output',
};

export const DOCKER_COMMANDS: Readonly<Record<string, DockerCommandSpec>> = {
  build: {
    usage: 'docker build [OPTIONS] PATH | URL | -',
    short: 'Build an image from a Dockerfile',
    args: { exactly: 1 },
    flags: [
      {
        name: 'tag',
        short: 't',
        type: 'stringArray',
        default: [],
        usage: 'Name and optionally a tag (format: "name:tag")',
      },
      {
        name: 'file',
        short: 'f',
        type: 'string',
        default: '',
        usage: 'Name of the Dockerfile (default: "PATH/Dockerfile")',
      },
      { name: 'no-cache', type: 'bool', default: false, usage: 'Do not use cache when building the image' },
      {
        name: 'quiet',
        short: 'q',
        type: 'bool',
        default: false,
        usage: 'Suppress the build output and print image ID on success',
      },
      {
        name: 'progress',
        type: 'string',
        default: 'auto',
        usage:
          'Set type of progress output ("auto", "quiet", "plain", "tty", "rawjson"). Use plain to show container output',
      },
      { name: 'build-arg', type: 'stringArray', default: [], usage: 'Set build-time variables' },
      { name: 'platform', type: 'stringArray', default: [], usage: 'Set target platform for build' },
      { name: 'pull', type: 'bool', default: false, usage: 'Always attempt to pull all referenced images' },
      { name: 'target', type: 'string', default: '', usage: 'Set the target build stage to build' },
      { name: 'load', type: 'bool', default: false, usage: 'Shorthand for "--output=type=docker"' },
      {
        name: 'push',
        type: 'bool',
        default: false,
        usage: 'Shorthand for "--output=type=registry,unpack=false"',
      },
    ],
  },
  push: {
    usage: 'docker push [OPTIONS] NAME[:TAG]',
    short: 'Upload an image to a registry',
    args: { exactly: 1 },
    flags: [
      {
        name: 'all-tags',
        short: 'a',
        type: 'bool',
        default: false,
        usage: 'Push all tags of an image to the repository',
      },
      { name: 'disable-content-trust', type: 'bool', default: true, usage: 'Skip image signing' },
      {
        name: 'platform',
        type: 'string',
        default: '',
        usage: 'Push a platform-specific manifest as a single-platform image to the registry.',
      },
      QUIET_PULL_PUSH,
    ],
  },
  images: {
    usage: 'docker images [OPTIONS] [REPOSITORY[:TAG]]',
    short: 'List images',
    args: { atMost: 1 },
    flags: [
      {
        name: 'all',
        short: 'a',
        type: 'bool',
        default: false,
        usage: 'Show all images (default hides intermediate images)',
      },
      { name: 'digests', type: 'bool', default: false, usage: 'Show digests' },
      {
        name: 'filter',
        short: 'f',
        type: 'stringArray',
        default: [],
        usage: 'Filter output based on conditions provided',
      },
      { name: 'format', type: 'string', default: '', usage: 'Format output using a custom template' },
      { name: 'no-trunc', type: 'bool', default: false, usage: "Don't truncate output" },
      { name: 'quiet', short: 'q', type: 'bool', default: false, usage: 'Only show image IDs' },
      {
        name: 'tree',
        type: 'bool',
        default: false,
        usage: 'List multi-platform images as a tree (EXPERIMENTAL)',
      },
    ],
  },
  tag: {
    usage: 'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
    short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
    args: { exactly: 2 },
    flags: [],
  },
  pull: {
    usage: 'docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
    short: 'Download an image from a registry',
    args: { exactly: 1 },
    flags: [
      {
        name: 'all-tags',
        short: 'a',
        type: 'bool',
        default: false,
        usage: 'Download all tagged images in the repository',
      },
      { name: 'disable-content-trust', type: 'bool', default: true, usage: 'Skip image verification' },
      {
        name: 'platform',
        type: 'string',
        default: '',
        usage: 'Set platform if server is multi-platform capable',
      },
      QUIET_PULL_PUSH,
    ],
  },
};

/** `docker buidl` (exit status 1). Docker 28 offers no suggestions. */
export function dockerUnknownCommandText(typed: string): string {
  return `docker: unknown command: docker ${typed}\n\nRun 'docker --help' for more information`;
}

/** A flag error (exit status 125): pflag's message, then the usage line. */
export function dockerFlagErrorText(message: string, command: string): string {
  const usage = DOCKER_COMMANDS[command]?.usage ?? `docker ${command}`;
  return `${message}\n\nUsage:  ${usage}\n\nRun 'docker ${command} --help' for more information`;
}

/** The argument-count error (exit status 1), or undefined when the count is right. */
export function dockerArgCountError(command: string, positional: readonly string[]): string | undefined {
  const spec = DOCKER_COMMANDS[command];
  if (!spec) return undefined;
  const n = positional.length;
  let need: string;
  if ('exactly' in spec.args) {
    if (n === spec.args.exactly) return undefined;
    need = `${spec.args.exactly} argument${spec.args.exactly === 1 ? '' : 's'}`;
  } else {
    if (n <= spec.args.atMost) return undefined;
    need = `at most ${spec.args.atMost} argument${spec.args.atMost === 1 ? '' : 's'}`;
  }
  return `docker: 'docker ${command}' requires ${need}\n\nUsage:  ${spec.usage}\n\nRun 'docker ${command} --help' for more information`;
}

/** `docker --help` (stdout); plain `docker` prints the same on stderr. */
export function dockerRootHelp(): string {
  return DOCKER_ROOT_HELP;
}
