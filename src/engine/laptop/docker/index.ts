/**
 * The `docker` CLI on the learner's laptop: global options, the command table and
 * Docker 28's answers for help, unknown commands, flag and argument errors. The commands
 * that matter to the nine steps are build (step 1) and push (step 2).
 */
import { dockerRootHelp, dockerUnknownCommandText, parseArgs } from '../../kubectl/cli';
import type { DockerEnv, DockerProgram } from '../program';
import { argCountError, flagErrorText, parseRoot, rootCommandNames } from './cli';
import { COMMANDS, CONTAINER_COMMANDS, IMAGE_SUBCOMMANDS, type DockerCommand } from './commands';
import { err, out } from './effects';
import { HELP } from './helpPages';
import { VERSION_LINE } from './version';

const SIMULATED = 'build, images, tag, push, pull, rmi and version';

/** Parse a command's flags and arguments the way cobra does, then run it. */
function* runCommand(env: DockerEnv, path: string, cmd: DockerCommand, argv: string[]): DockerProgram {
  const parsed = parseArgs(argv, cmd.flags);
  if (!parsed.ok) {
    yield* err(`${flagErrorText(path, cmd.usage, parsed.message)}\n`);
    return 125;
  }
  const args = parsed.args;
  if (args.flags.help === true) {
    if (argv.includes('-h')) yield* err('Flag shorthand -h has been deprecated, use --help\n');
    yield* out(cmd.help());
    return 0;
  }
  const countError = argCountError(path, cmd.usage, cmd.args, args.positional.length);
  if (countError) {
    yield* err(`${countError}\n`);
    return 1;
  }
  return yield* cmd.run(env, args);
}

/** `docker image …`: the management command's own help, unknown subcommands, and its aliases. */
function* imageCommand(env: DockerEnv, rest: string[]): DockerProgram {
  const sub = rest[0];
  if (sub === undefined || sub === '--help' || sub === '-h') {
    yield* (sub === undefined ? err : out)(HELP.image ?? '');
    return 0;
  }
  const cmd = COMMANDS[`image ${sub}`];
  if (cmd) return yield* runCommand(env, `image ${sub}`, cmd, rest.slice(1));
  if (IMAGE_SUBCOMMANDS.includes(sub)) return yield* notSimulated(`image ${sub}`);
  yield* err(`docker: unknown command: docker image ${sub}\n\nUsage:  docker image\n\nRun 'docker image --help' for more information\n`);
  return 1;
}

function* notSimulated(path: string): DockerProgram {
  const name = path.split(' ')[0] ?? path;
  const inCluster = CONTAINER_COMMANDS.includes(name) && path !== 'container';
  yield* err(
    inCluster
      ? `docker ${path}: Pod Lab runs containers only in the cluster; use kubectl (kubectl run NAME --image=IMAGE, kubectl get pods, kubectl logs, kubectl exec)\n`
      : `docker ${path}: not part of Pod Lab's simulation; the laptop's docker has ${SIMULATED}\n`,
  );
  return 1;
}

/** The `docker` CLI's commands (build, push, images, tag, pull, rmi, version). */
export function* dockerProgram(env: DockerEnv): DockerProgram {
  const root = parseRoot(env.argv);
  switch (root.kind) {
    case 'error':
      yield* err(root.text);
      return 125;
    case 'version':
      yield* out(VERSION_LINE);
      return 0;
    case 'help':
      if (env.argv.includes('-h')) yield* err('Flag shorthand -h has been deprecated, use --help\n');
      // Plain `docker` prints the help on stderr; `docker --help` on stdout.
      yield* (env.argv.length === 0 ? err : out)(dockerRootHelp());
      return 0;
  }
  const { name, rest } = root;
  if (name === 'image') return yield* imageCommand(env, rest);
  if (name === 'builder' && rest[0] === 'build') return yield* runCommand(env, 'builder build', COMMANDS['builder build'] as DockerCommand, rest.slice(1));
  if (name === 'container' && rest[0] === 'run') return yield* notSimulated('container run');
  const cmd = COMMANDS[name];
  if (cmd) return yield* runCommand(env, name, cmd, rest);
  if (rootCommandNames().includes(name)) return yield* notSimulated(name);
  yield* err(`${dockerUnknownCommandText(name)}\n`);
  return 1;
}
