/**
 * `/bin/sh` as a container's process. `sh -c '…'` runs the script; a bare `sh` with no
 * terminal reads an empty stdin and exits 0 at once — which is why `kubectl run b
 * --image=busybox` ends in CrashLoopBackOff. As PID 1 the shell has no SIGTERM handler
 * unless the script sets `trap … TERM`, and a trap only runs once the foreground command
 * (usually `sleep`) has finished: the classic reason `sh -c 'trap … TERM; sleep 3600'`
 * still waits out the grace period.
 */
import { nowOf, type Behaviour, type Effect, type Gen, type ProcessContext, type Program, type SigtermAction } from '../effects';
import type { ShellFlavour } from '../types';
import { signalName } from './builtins';
import { Shell } from './interp';
import { baseName } from './registry';
import { ExitSignal, LoopSignal } from './signals';

export const SHELL_NAMES = new Set(['sh', 'ash', 'dash', 'bash']);

export function flavourFor(argv0: string, ctx: ProcessContext): ShellFlavour {
  const name = baseName(argv0);
  if (name === 'bash' || name === 'dash' || name === 'ash') return name;
  return ctx.image.shell ?? 'ash';
}

interface ShArgs {
  script?: string;
  file?: string;
  arg0: string;
  positional: string[];
  errexit: boolean;
  missingC: boolean;
}

function parseShArgs(argv: string[]): ShArgs {
  const out: ShArgs = { arg0: argv[0] ?? 'sh', positional: [], errexit: false, missingC: false };
  let wantC = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!/^[-+][a-z]+$/.test(a)) break;
    if (a.includes('c')) wantC = true;
    if (a.startsWith('-') && a.includes('e')) out.errexit = true;
  }
  if (wantC) {
    if (i >= argv.length) out.missingC = true;
    out.script = argv[i] ?? '';
    if (argv[i + 1] !== undefined) out.arg0 = argv[i + 1] ?? out.arg0;
    out.positional = argv.slice(i + 2);
  } else if (i < argv.length) {
    out.file = argv[i];
    out.positional = argv.slice(i + 1);
  }
  return out;
}

function missingCMessage(flavour: ShellFlavour, arg0: string): string {
  if (flavour === 'bash') return `${arg0}: -c: option requires an argument`;
  if (flavour === 'dash') return `${arg0}: 0: -c requires an argument`;
  return `${arg0}: -c requires an argument`;
}

/** Run a shell to completion: the script, then an EXIT trap; returns the status. */
export function* runShell(shell: Shell, script: string): Gen<number> {
  let code: number;
  try {
    code = yield* shell.runScript(script);
  } catch (e) {
    // `break` outside a loop is a no-op in sh; `exit` ends the script.
    if (e instanceof LoopSignal) code = shell.status;
    else if (e instanceof ExitSignal) code = e.code;
    else throw e;
  }
  const onExit = shell.traps.get('EXIT');
  if (onExit) {
    shell.traps.delete('EXIT');
    try {
      yield* shell.runScript(onExit);
    } catch (e) {
      if (!(e instanceof ExitSignal)) throw e;
      code = e.code;
    }
  }
  yield* shell.flush(true);
  return code;
}

function* shMain(ctx: ProcessContext, argv: string[], onShell: (s: Shell) => void): Gen<number> {
  const flavour = flavourFor(argv[0] ?? 'sh', ctx);
  const args = parseShArgs(argv);
  const shell = new Shell(ctx, flavour, args.arg0, args.positional);
  shell.errexit = args.errexit;
  onShell(shell);
  if (args.missingC) {
    yield { op: 'log', stream: 'stderr', text: missingCMessage(flavour, args.arg0) } satisfies Effect;
    return 2;
  }
  if (args.script !== undefined) return yield* runShell(shell, args.script);
  if (args.file !== undefined) return yield* runShellFile(shell, args.file);
  // No script: read commands from stdin, which is empty unless it is kept open (stdin: true).
  if (ctx.stdinOpen) return yield* readCommands(shell, flavour, ctx);
  return 0;
}

/** What an interactive shell prints before each line, for root. */
function promptOf(shell: Shell, flavour: ShellFlavour, ctx: ProcessContext): string {
  if (flavour === 'bash') return `root@${ctx.hostname}:${shell.cwd === '/root' ? '~' : shell.cwd}# `;
  if (flavour === 'dash') return '# ';
  return `${shell.cwd} # `;
}

/**
 * The shell reading its commands from an open stdin (`kubectl run -it … -- sh`): each line
 * runs as typed, in the shell's own state (directory, variables); `exit` or the end of
 * input ends it. With a terminal, it shows a prompt while it waits.
 */
function* readCommands(shell: Shell, flavour: ShellFlavour, ctx: ProcessContext): Gen<number> {
  for (;;) {
    const line = (yield { op: 'stdin', prompt: ctx.tty ? promptOf(shell, flavour, ctx) : '' } satisfies Effect) as string | undefined;
    if (line === undefined) return shell.status;
    try {
      yield* shell.runScript(line);
    } catch (e) {
      if (e instanceof ExitSignal) {
        yield* shell.flush(true);
        return e.code;
      }
      if (!(e instanceof LoopSignal)) throw e;
    }
    yield* shell.flush(true);
  }
}

function* runShellFile(shell: Shell, file: string): Gen<number> {
  const a = (yield* shell.effect({ op: 'readFile', path: file })) as { ok?: boolean; text?: string } | undefined;
  if (!a?.ok) {
    const msg =
      shell.flavour === 'dash'
        ? `${shell.arg0}: 0: cannot open ${file}: No such file`
        : shell.flavour === 'bash'
          ? `${shell.arg0}: ${file}: No such file or directory`
          : `${shell.arg0}: can't open '${file}': No such file or directory`;
    yield { op: 'log', stream: 'stderr', text: msg } satisfies Effect;
    return shell.flavour === 'bash' ? 127 : 2;
  }
  return yield* runShell(shell, a.text ?? '');
}

/** Run a trap's action at once, without a runtime: logs collected, sleeps added up. */
export function runTrapNow(shell: Shell, action: string): { exited: boolean; code: number; ms: number; lines: string[] } {
  const lines: string[] = [];
  let ms = 0;
  let exited = false;
  let code = 0;
  const gen = (function* (): Gen<void> {
    try {
      yield* shell.runScript(action);
    } catch (e) {
      if (!(e instanceof ExitSignal)) throw e;
      exited = true;
      code = e.code;
    }
    yield* shell.flush(true);
  })();
  let step = gen.next();
  for (let guard = 0; !step.done && guard < 10_000; guard++) {
    const e = step.value;
    if (e.op === 'log') lines.push(e.text);
    if (e.op === 'logLines') lines.push(...e.lines);
    if (e.op === 'sleep') ms += e.ms;
    step = gen.next(e.op === 'log' || e.op === 'logLines' || e.op === 'sleep' ? undefined : { ok: false, error: 'ENOENT' });
  }
  return { exited, code, ms, lines };
}

/** What SIGTERM (or the image's stop signal) does to a shell that is PID 1. */
export function shellStop(shell: Shell | undefined, ctx: ProcessContext, signal: string): SigtermAction {
  if (!shell) return { action: 'ignore' };
  if (shell.stopHandler) return shell.stopHandler(signal);
  const action = shell.traps.get(signalName(signal));
  if (!action) return { action: 'ignore' };
  const delay = shell.foregroundUntil !== undefined && !shell.waiting ? Math.max(0, shell.foregroundUntil - nowOf(ctx)) : 0;
  const r = runTrapNow(shell, action);
  if (r.exited) return { action: 'exit', afterMs: delay + r.ms, code: r.code, log: r.lines };
  return { action: 'ignore', log: r.lines };
}

/** The shell as a Behaviour: each start gets a fresh shell; stop asks the current one. */
export function shellBehaviour(argv: string[]): Behaviour {
  let current: Shell | undefined;
  return {
    start(ctx: ProcessContext): Program {
      return (function* (): Program {
        const code = yield* shMain(ctx, argv, (s) => {
          current = s;
        });
        yield { op: 'exit', code };
        return code;
      })();
    },
    onSigterm(ctx: ProcessContext, signal = 'SIGTERM'): SigtermAction {
      return shellStop(current, ctx, signal);
    },
  };
}
