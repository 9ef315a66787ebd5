/**
 * The Docker CLI's command line: global options before the command (`docker -D images`),
 * the commands Pod Lab simulates with their aliases (`docker image ls` = `docker images`),
 * and cobra's argument-count and flag errors for each command path.
 */
import { DOCKER_COMMANDS, dockerArgCountError, dockerFlagErrorText, dockerRootHelp, parseArgs, type FlagSpec } from '../../kubectl/cli';

export type ArgCount = { exactly: number } | { atMost: number } | { atLeast: number };

const ROOT_FLAGS: FlagSpec[] = [
  { name: 'config', type: 'string', default: '', usage: 'Location of client config files' },
  { name: 'context', short: 'c', type: 'string', default: '', usage: 'Name of the context to use to connect to the daemon' },
  { name: 'debug', short: 'D', type: 'bool', default: false, usage: 'Enable debug mode' },
  { name: 'host', short: 'H', type: 'stringArray', default: [], usage: 'Daemon socket to connect to' },
  { name: 'log-level', short: 'l', type: 'string', default: 'info', usage: 'Set the logging level' },
  { name: 'tls', type: 'bool', default: false, usage: 'Use TLS; implied by --tlsverify' },
  { name: 'tlscacert', type: 'string', default: '', usage: 'Trust certs signed only by this CA' },
  { name: 'tlscert', type: 'string', default: '', usage: 'Path to TLS certificate file' },
  { name: 'tlskey', type: 'string', default: '', usage: 'Path to TLS key file' },
  { name: 'tlsverify', type: 'bool', default: false, usage: 'Use TLS and verify the remote' },
  { name: 'version', short: 'v', type: 'bool', default: false, usage: 'Print version information and quit' },
];

export type RootParse =
  | { kind: 'error'; text: string }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'command'; name: string; rest: string[] };

/** Split `docker [OPTIONS] COMMAND [ARG...]`: the root stops parsing at the first word that is not an option. */
export function parseRoot(argv: readonly string[]): RootParse {
  let i = 0;
  while (i < argv.length && (argv[i] ?? '').startsWith('-') && argv[i] !== '-') {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    const name = arg.startsWith('--') ? arg.slice(2).split('=')[0] : undefined;
    const spec = name !== undefined ? ROOT_FLAGS.find((f) => f.name === name) : ROOT_FLAGS.find((f) => f.short === arg.slice(-1));
    const takesValue = spec !== undefined && spec.type !== 'bool' && !arg.includes('=') && (name !== undefined || arg.length === 2);
    i += takesValue ? 2 : 1;
  }
  const parsed = parseArgs(argv.slice(0, i), ROOT_FLAGS);
  if (!parsed.ok) {
    return { kind: 'error', text: `${parsed.message}\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n` };
  }
  if (parsed.args.flags.help === true) return { kind: 'help' };
  if (parsed.args.flags.version === true) return { kind: 'version' };
  if (argv[i] === '--') i++;
  const name = argv[i];
  return name === undefined ? { kind: 'help' } : { kind: 'command', name, rest: argv.slice(i + 1) };
}

/** Every command `docker --help` lists, `buildx` without its plugin star. */
export function rootCommandNames(): string[] {
  return [...dockerRootHelp().matchAll(/^ {2}([a-z]+)\*? {2,}\S/gm)].map((m) => m[1] ?? '');
}

function plural(n: number): string {
  return `${n} argument${n === 1 ? '' : 's'}`;
}

/** cobra's RequiresExactArgs / RequiresMaxArgs / RequiresMinArgs text, or undefined when the count fits. */
export function argCountError(path: string, usage: string, args: ArgCount, n: number): string | undefined {
  if (path in DOCKER_COMMANDS && !('atLeast' in args)) return dockerArgCountError(path, Array<string>(n).fill(''));
  let need: string;
  let hint = 'Run';
  if ('exactly' in args) {
    if (n === args.exactly) return undefined;
    if (args.exactly === 0) return `docker: 'docker ${path}' accepts no arguments\n\nUsage:  ${usage}\n\nRun 'docker ${path} --help' for more information`;
    need = plural(args.exactly);
  } else if ('atMost' in args) {
    if (n <= args.atMost) return undefined;
    need = `at most ${plural(args.atMost)}`;
  } else {
    if (n >= args.atLeast) return undefined;
    need = `at least ${plural(args.atLeast)}`;
    hint = 'See';
  }
  return `docker: 'docker ${path}' requires ${need}\n\nUsage:  ${usage}\n\n${hint} 'docker ${path} --help' for more information`;
}

/** A flag error: pflag's message, the usage line, the help hint (exit status 125). */
export function flagErrorText(path: string, usage: string, message: string): string {
  if (path in DOCKER_COMMANDS) return dockerFlagErrorText(message, path);
  return `${message}\n\nUsage:  ${usage}\n\nRun 'docker ${path} --help' for more information`;
}
