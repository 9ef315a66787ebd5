/**
 * Shell builtins that change the shell itself: `exit`, `export`, `cd`, `trap`, `wait`,
 * `set`, `exec`, loop control. (`echo`, `test` and friends are ordinary registered commands.)
 */
import type { Gen } from '../effects';
import type { Fds } from './sinks';
import { cdFailed } from './messages';
import { errnoText, resolvePath } from './registry';
import type { Shell } from './interp';
import { ExitSignal, LoopSignal } from './signals';

export const SHELL_BUILTINS = new Set([
  'exit', 'export', 'unset', 'set', 'trap', 'cd', 'shift', 'wait', ':', 'exec', 'break', 'continue',
  'eval', 'read', 'readonly', 'local', 'type', 'command',
]);

/** Signal names as `trap` accepts them: TERM, SIGTERM, 15. */
export function signalName(spec: string): string {
  const numbers: Record<string, string> = { '0': 'EXIT', '1': 'HUP', '2': 'INT', '3': 'QUIT', '9': 'KILL', '15': 'TERM' };
  const upper = spec.toUpperCase();
  return numbers[upper] ?? upper.replace(/^SIG/, '');
}

function trap(shell: Shell, args: string[], fds: Fds): number {
  if (!args.length) {
    for (const [sig, action] of shell.traps) fds.out.write(`trap -- '${action}' ${sig}\n`);
    return 0;
  }
  const [action, ...signals] = args;
  for (const s of signals) {
    if (action === '-') shell.traps.delete(signalName(s));
    else shell.traps.set(signalName(s), action ?? '');
  }
  return 0;
}

/** `cd [DIR]`; `cd -` goes back to OLDPWD and prints it, as every shell here does. */
function* cd(shell: Shell, args: string[], fds: Fds): Gen<number> {
  const back = args[0] === '-' ? shell.getVar('OLDPWD') : undefined;
  const target = back ?? args[0] ?? shell.getVar('HOME') ?? '/';
  const path = resolvePath(shell.cwd, target);
  const a = (yield* shell.effect({ op: 'stat', path })) as { ok?: boolean; type?: string; error?: string } | undefined;
  if (!a?.ok || a.type !== 'dir') {
    const err = a?.ok ? 'ENOTDIR' : (a?.error ?? 'ENOENT');
    fds.err.write(`${cdFailed(shell.flavour, shell.arg0, target, errnoText(err))}\n`);
    return shell.flavour === 'dash' ? 2 : 1;
  }
  shell.vars.set('OLDPWD', shell.cwd);
  shell.cwd = path;
  shell.vars.set('PWD', path);
  if (back !== undefined) fds.out.write(`${path}\n`);
  return 0;
}

/** `wait`: background jobs run now, one after another (Pod Lab runs a shell's jobs in turn). */
function* wait(shell: Shell, fds: Fds): Gen<number> {
  shell.waiting = true;
  try {
    while (shell.background.length) {
      const job = shell.background.shift();
      if (job) yield* shell.run(job, fds);
    }
  } finally {
    shell.waiting = false;
  }
  return 0;
}

function set(shell: Shell, args: string[]): number {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') {
      shell.positional = args.slice(i + 1);
      break;
    }
    if (a.startsWith('-') || a.startsWith('+')) {
      if (a.includes('e')) shell.errexit = a.startsWith('-');
      if (a === '-o' || a === '+o') i++;
    }
  }
  return 0;
}

function exportVars(shell: Shell, args: string[]): number {
  for (const a of args) {
    if (a === '-p') continue;
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (eq >= 0) shell.vars.set(name, a.slice(eq + 1));
    shell.exported.add(name);
  }
  return 0;
}

function loopControl(kind: 'break' | 'continue', args: string[]): never {
  throw new LoopSignal(kind, Math.max(1, Number(args[0] ?? '1') || 1));
}

export function* runBuiltin(shell: Shell, argv: string[], fds: Fds): Gen<number> {
  const [name, ...args] = argv;
  switch (name) {
    case ':':
    case 'local':
    case 'readonly':
      return name === ':' ? 0 : exportVarsLocal(shell, args);
    case 'exit':
      throw new ExitSignal(args.length ? Number(args[0]) & 255 : shell.status);
    case 'export':
      return exportVars(shell, args);
    case 'unset':
      for (const a of args) {
        shell.vars.delete(a);
        shell.exported.delete(a);
      }
      return 0;
    case 'set':
      return set(shell, args);
    case 'trap':
      return trap(shell, args, fds);
    case 'cd':
      return yield* cd(shell, args, fds);
    case 'shift':
      shell.positional = shell.positional.slice(Number(args[0] ?? '1') || 1);
      return 0;
    case 'wait':
      return yield* wait(shell, fds);
    case 'exec':
      if (!args.length) return 0;
      throw new ExitSignal(yield* shell.exec(args, fds));
    case 'break':
    case 'continue':
      return loopControl(name, args);
    case 'eval':
      return yield* shell.runScript(args.join(' '), fds);
    case 'command':
      return args.length ? yield* shell.exec(args.filter((a) => a !== '-v'), fds) : 0;
    case 'read':
      return read(shell, args, fds);
    default:
      return 0;
  }
}

/** `read VAR`: takes the first line of standard input. */
function read(shell: Shell, args: string[], fds: Fds): number {
  const names = args.filter((a) => !a.startsWith('-'));
  if (!fds.stdin) return 1;
  const nl = fds.stdin.indexOf('\n');
  const line = nl < 0 ? fds.stdin : fds.stdin.slice(0, nl);
  fds.stdin = nl < 0 ? '' : fds.stdin.slice(nl + 1);
  shell.vars.set(names[0] ?? 'REPLY', line);
  return 0;
}

function exportVarsLocal(shell: Shell, args: string[]): number {
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq >= 0) shell.vars.set(a.slice(0, eq), a.slice(eq + 1));
  }
  return 0;
}
