import { expandCommand, listText, parseScriptRaw, pipelineText } from '../shell';
import type { RawAndOrList, RawPipeline, SimpleCommand } from '../shell';
import { BUILTINS, type Output } from './builtins';
import { MACHINE_PROGRAMS, type MachineProgram } from './machines';

/** What the shell asks its host (the sandbox) to do. */
export type ShellEffect =
  | {
      op: 'exec';
      program: 'kubectl' | 'docker' | MachineProgram;
      argv: string[];
      stdin?: string;
      /** Keep stdout for the next command in a pipe (or a file) instead of printing it. */
      capture: boolean;
      /** Where stderr goes: the terminal, nowhere (`2>/dev/null`), or with stdout (`2>&1`), in order. */
      stderr: 'terminal' | 'drop' | 'merge';
      /** The program's environment: exported variables and the command's `NAME=value` prefixes. */
      environ: Record<string, string>;
    }
  | { op: 'sleep'; ms: number }
  /**
   * Run one pipeline, bash's unit of job control: the answer is its status. Ctrl-Z stops the
   * pipeline as a job of its own (`command`) and the line goes on with status 148.
   */
  | { op: 'pipeline'; program: ShellProgram; command: string }
  /** `LIST &`: start it as a background job; the answer is its PID. */
  | { op: 'background'; list: RawAndOrList; command: string }
  /** `jobs`, `kill`, `fg`, `wait`: the job table is the session's; the answer is an Output. */
  | { op: 'jobControl'; argv: string[] }
  | { op: 'write'; stream: 'stdout' | 'stderr'; text: string }
  | { op: 'writeFile'; path: string; text: string; append: boolean };

export interface ShellState {
  vars: Record<string, string>;
  /** The variables `export` put in the environment of the programs the shell starts. */
  exported: Set<string>;
  /** The laptop's working directory as it is now. */
  files: () => ReadonlyMap<string, string>;
}

export type ShellProgram = Generator<ShellEffect, number, unknown>;

/** Commands that are not builtins but that the sandbox runs: kubectl talks to the cluster, docker to the laptop's Docker. */
const PROGRAMS = new Set<string>(['kubectl', 'docker', ...MACHINE_PROGRAMS]);

/** Whether the laptop has a program by this name (what exec.LookPath would find). */
export function isCommand(name: string): boolean {
  return PROGRAMS.has(name) || JOB_CONTROL.has(name) || name in BUILTINS || name === 'sleep' || name === 'export' || name === 'clear';
}

/** Builtins that work on the shell's job table. */
const JOB_CONTROL = new Set<string>(['jobs', 'kill', 'fg', 'bg', 'wait']);

/**
 * Run a line (or a whole script) as bash would: `;` and newlines, `&&` and `||`, pipes,
 * redirections, heredocs, `$?`. A syntax error stops the script where bash would, with
 * bash's message and exit status 2; an unknown command is exit 127.
 */
export function* runShell(text: string, state: ShellState): ShellProgram {
  const parsed = parseScriptRaw(text);
  const script = parsed.ok ? parsed.script : parsed.partial;
  for (const w of script.warnings) yield { op: 'write', stream: 'stderr', text: w.endsWith('\n') ? w : w + '\n' };
  let code = Number(state.vars['?'] ?? 0);
  for (const [i, list] of script.lists.entries()) {
    if (list.background) {
      // bash goes on at once: `$!` is the job's PID and the list's status is 0.
      const pid = yield { op: 'background', list, command: listText(list) ?? (script.source[i] ?? '').replace(/\s*&$/, '') };
      state.vars['!'] = String(pid);
      code = 0;
    } else code = yield* runList(list, state);
    state.vars['?'] = String(code);
  }
  if (!parsed.ok) {
    yield { op: 'write', stream: 'stderr', text: parsed.error.endsWith('\n') ? parsed.error : parsed.error + '\n' };
    code = 2;
    state.vars['?'] = '2';
  }
  return code;
}

/** A background job's program: its list run in a subshell of its own (variables copied, never written back). */
export function runBackground(list: RawAndOrList, state: ShellState): ShellProgram {
  return runList(list, { vars: { ...state.vars }, exported: new Set(state.exported), files: state.files });
}

function* runList(list: RawAndOrList, state: ShellState): ShellProgram {
  let code = yield* pipeline(list.first, state);
  for (const { op, pipeline: p } of list.rest) {
    state.vars['?'] = String(code);
    if ((op === '&&' && code === 0) || (op === '||' && code !== 0)) code = yield* pipeline(p, state);
  }
  return code;
}

/** A pipeline handed to the session to run, so that Ctrl-Z can stop it alone (bash's `sleep 3 && a || b` goes on with `b`). */
function* pipeline(p: RawPipeline, state: ShellState): ShellProgram {
  return (yield { op: 'pipeline', program: runPipeline(p, state), command: pipelineText(p) }) as number;
}

function* runPipeline(p: RawPipeline, state: ShellState): ShellProgram {
  let input: string | undefined;
  let code = 0;
  for (const [i, raw] of p.commands.entries()) {
    const expanded = expandCommand(raw, state.vars);
    if (!expanded.ok) {
      yield { op: 'write', stream: 'stderr', text: expanded.error.endsWith('\n') ? expanded.error : expanded.error + '\n' };
      return 1;
    }
    const last = i === p.commands.length - 1;
    const result = (yield* runCommand(expanded.command, input, !last, state)) as Output;
    input = result.stdout;
    code = result.code;
  }
  return p.negated ? (code === 0 ? 1 : 0) : code;
}

function* runCommand(cmd: SimpleCommand, piped: string | undefined, capture: boolean, state: ShellState): Generator<ShellEffect, Output, unknown> {
  if (cmd.argv.length === 0) {
    Object.assign(state.vars, cmd.assignments);
    return { stdout: '', stderr: '', code: 0 };
  }
  let stdin = cmd.stdin ?? piped;
  const fromFile = cmd.redirects.find((r) => r.op === '<');
  if (fromFile) {
    const text = state.files().get(fromFile.target.replace(/^\.\//, ''));
    if (text === undefined) return { stdout: '', stderr: `bash: ${fromFile.target}: No such file or directory\n`, code: 1 };
    stdin = text;
  }
  const toFile = cmd.redirects.find((r) => r.op === '>' || r.op === '>>');
  const mergeErr = cmd.redirects.some((r) => r.op === '2>&1');
  const dropErr = cmd.redirects.some((r) => (r.op === '2>' || r.op === '2>>') && r.target === '/dev/null');
  const keep = capture || toFile !== undefined;
  const errMode = mergeErr ? 'merge' : dropErr ? 'drop' : 'terminal';
  const out = (yield* execute(cmd, stdin, keep, errMode, state)) as Output;
  for (const w of out.writes ?? []) yield { op: 'writeFile', path: w.path, text: w.text, append: false };
  let stdout = out.stdout;
  if (mergeErr) stdout += out.stderr;
  else if (out.stderr && !dropErr) yield { op: 'write', stream: 'stderr', text: out.stderr };
  if (toFile && toFile.target !== '/dev/null') {
    yield { op: 'writeFile', path: toFile.target.replace(/^\.\//, ''), text: stdout, append: toFile.op === '>>' };
    stdout = '';
  } else if (!capture && stdout) {
    yield { op: 'write', stream: 'stdout', text: stdout };
    stdout = '';
  }
  return { stdout: toFile ? '' : stdout, stderr: '', code: out.code };
}

function* execute(
  cmd: SimpleCommand,
  stdin: string | undefined,
  capture: boolean,
  stderr: 'terminal' | 'drop' | 'merge',
  state: ShellState,
): Generator<ShellEffect, Output, unknown> {
  const argv = cmd.argv;
  const name = argv[0]!;
  if (PROGRAMS.has(name)) {
    const program = name as 'kubectl' | 'docker' | MachineProgram;
    const environ = { ...environment(state), ...cmd.assignments };
    return (yield { op: 'exec', program, argv: argv.slice(1), ...(stdin !== undefined ? { stdin } : {}), capture, stderr, environ }) as Output;
  }
  if (name === 'sleep') return yield* sleep(argv);
  if (name === 'export') return exportVars(argv, state);
  if (name === 'wait') return yield* wait(argv);
  if (JOB_CONTROL.has(name)) return (yield { op: 'jobControl', argv }) as Output;
  if (name === 'clear') return { stdout: '\x1b[H\x1b[2J', stderr: '', code: 0 };
  const builtin = BUILTINS[name];
  if (builtin) return builtin(argv, { files: state.files(), ...(stdin !== undefined ? { stdin } : {}) });
  return { stdout: '', stderr: `bash: ${name}: command not found\n`, code: 127 };
}

const WAIT_USAGE = 'wait: usage: wait [-fn] [-p var] [id ...]\n';

/**
 * bash's `wait [-n] [ID…]`: without IDs, every job (`wait`) or the next one to end (`wait -n`);
 * with them, each ID waited for in turn, its complaints kept, the status the last one's.
 */
function* wait(argv: string[]): Generator<ShellEffect, Output, unknown> {
  let args = argv.slice(1);
  let next = false;
  for (; args[0]?.startsWith('-') && args[0] !== '-'; args = args.slice(1)) {
    if (args[0] === '--') {
      args = args.slice(1);
      break;
    }
    if (args[0] !== '-n') return { stdout: '', stderr: `bash: wait: ${args[0]}: invalid option\n${WAIT_USAGE}`, code: 2 };
    next = true;
  }
  if (next || args.length === 0) return (yield { op: 'jobControl', argv: ['wait', ...(next ? ['-n'] : []), ...args] }) as Output;
  let out: Output = { stdout: '', stderr: '', code: 0 };
  let stderr = '';
  for (const id of args) {
    out = (yield { op: 'jobControl', argv: ['wait', id] }) as Output;
    stderr += out.stderr;
  }
  return { stdout: '', stderr, code: out.code };
}

/** bash's `export NAME[=value]…`: set the variables and mark them for the environment of the programs it starts. */
function exportVars(argv: string[], state: ShellState): Output {
  for (const arg of argv.slice(1)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(arg);
    if (!m) return { stdout: '', stderr: `bash: export: \`${arg}': not a valid identifier\n`, code: 1 };
    if (m[2] !== undefined) state.vars[m[1]!] = m[2];
    state.exported.add(m[1]!);
  }
  return { stdout: '', stderr: '', code: 0 };
}

/** The exported variables, as a program's environment. */
function environment(state: ShellState): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of state.exported) if (state.vars[k] !== undefined) env[k] = state.vars[k];
  return env;
}

function* sleep(argv: string[]): Generator<ShellEffect, Output, unknown> {
  const arg = argv[1];
  if (arg === undefined) return { stdout: '', stderr: "sleep: missing operand\nTry 'sleep --help' for more information.\n", code: 1 };
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
  if (!m) return { stdout: '', stderr: `sleep: invalid time interval '${arg}'\nTry 'sleep --help' for more information.\n`, code: 1 };
  const unit = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  yield { op: 'sleep', ms: Math.round(Number(m[1]) * unit) };
  return { stdout: '', stderr: '', code: 0 };
}

