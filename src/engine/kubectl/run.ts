import {
  KUBECTL_COMMAND_HELP,
  KUBECTL_COMMANDS,
  KUBECTL_GLOBAL_FLAGS,
  findSubcommand,
  kubectlCommandHelp,
  kubectlFlagsFor,
  kubectlRootHelp,
  parseArgs,
  unknownCommandText,
  type ParsedArgs,
} from './cli';
import { COMMANDS } from './commands';
import type { KubectlEnv, KubectlProgram } from './program';

/** What a kubectl verb does with its parsed arguments. */
export type CommandImpl = (env: KubectlEnv, args: ParsedArgs) => KubectlProgram;

/**
 * `kubectl …`: find the verb among the global flags, parse its flags the way cobra and
 * pflag do, and run it. Help, unknown verbs and flag errors answer exactly as kubectl.
 */
export function* kubectlProgram(env: KubectlEnv): KubectlProgram {
  const found = findSubcommand(env.argv, KUBECTL_GLOBAL_FLAGS);
  if (!found) {
    const parsed = parseArgs(env.argv, KUBECTL_GLOBAL_FLAGS, 'kubectl');
    if (!parsed.ok) {
      yield { op: 'err', text: parsed.error + '\n' };
      return 1;
    }
    yield { op: 'out', text: kubectlRootHelp() };
    return 0;
  }
  const verb = found.name;
  const impl = COMMANDS[verb];
  if (!impl) {
    if (KUBECTL_COMMANDS.some((c) => c.name === verb)) {
      yield { op: 'err', text: `error: "kubectl ${verb}" is not part of Pod Lab's simulation yet; try "kubectl --help" for the commands it has\n` };
      return 1;
    }
    yield { op: 'err', text: unknownCommandText(verb, 'kubectl', KUBECTL_COMMANDS) + '\n' };
    return 1;
  }
  let rest = [...env.argv.slice(0, found.index), ...env.argv.slice(found.index + 1)];
  // Descend through nested subcommands: `create service nodeport`.
  let name = verb;
  for (;;) {
    const sub = subcommandOf(name, rest);
    if (!sub) break;
    if ('unsimulated' in sub) {
      const simulated = ['kubectl create -f FILE', ...Object.keys(COMMANDS).filter((c) => c.split(' ').length === 2 && c.startsWith('create ')).map((c) => `kubectl ${c}`)];
      yield { op: 'err', text: `error: "kubectl ${sub.unsimulated}" is not part of Pod Lab's simulation yet; it runs ${simulated.map((c) => `"${c}"`).join(', ')}\n` };
      return 1;
    }
    rest = [...rest.slice(0, sub.index), ...rest.slice(sub.index + 1)];
    name = sub.name;
  }
  return yield* runVerb(env, name, rest, COMMANDS[name]!);
}

/** Subcommands cobra nests under a verb (`create deployment`), by every name they answer to (`create deploy`). */
const SUBCOMMANDS = new Map<string, string>(
  Object.entries(KUBECTL_COMMAND_HELP).flatMap(([name, help]) => {
    const verb = name.split(' ').slice(0, -1).join(' ');
    return [name, ...(help.aliases ?? []).map((alias) => `${verb} ${alias}`)].map((typed) => [typed, name] as const);
  }),
);

/** kubectl's other `create` generators and their aliases: real commands Pod Lab does not run yet. */
const UNSIMULATED_CREATE = new Set(
  (KUBECTL_COMMAND_HELP.create?.subcommands ?? '')
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .concat(['cm', 'cj', 'pdb', 'pc', 'resourcequota', 'sa']),
);

function subcommandOf(verb: string, rest: string[]): { name: string; index: number } | { unsimulated: string } | undefined {
  const next = findSubcommand(rest, KUBECTL_GLOBAL_FLAGS);
  if (!next) return undefined;
  const typed = `${verb} ${next.name}`;
  const name = SUBCOMMANDS.get(typed);
  if (name && COMMANDS[name]) return { name, index: next.index };
  return verb === 'create' && UNSIMULATED_CREATE.has(next.name) ? { unsimulated: typed } : undefined;
}

function* runVerb(env: KubectlEnv, verb: string, rest: string[], impl: CommandImpl): KubectlProgram {
  const parsed = parseArgs(rest, kubectlFlagsFor(verb) ?? KUBECTL_GLOBAL_FLAGS, `kubectl ${verb}`);
  if (!parsed.ok) {
    yield { op: 'err', text: parsed.error + '\n' };
    return 1;
  }
  if (parsed.args.flags.help === true) {
    yield { op: 'out', text: kubectlCommandHelp(verb) ?? kubectlRootHelp() };
    return 0;
  }
  return yield* impl(env, parsed.args);
}
