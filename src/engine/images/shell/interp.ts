/**
 * The shell interpreter: runs a parsed script as a generator of effects. Output goes to
 * the container log line by line; `sleep` becomes virtual time; a loop that never sleeps
 * still yields a short tick per iteration so virtual time moves and the sandbox stays
 * responsive (a real busy loop would burn a CPU instead).
 */
import type { Effect, Gen, ProcessContext, SigtermAction } from '../effects';
import type { ShellFlavour } from '../types';
import { runBuiltin, SHELL_BUILTINS } from './builtins';
import { expandString, expandWords, type ExpandHost } from './expand';
import { ShellSyntaxError } from './lexer';
import { notFound, syntaxError } from './messages';
import { parseScript, type Node, type Redir } from './parser';
import { baseName, getCommand, imageHas, type CommandIO } from './registry';
import { LOOP_TICK_MS, runCompound } from './compound';
import { withRedirects } from './redirects';

export { LOOP_TICK_MS };
import { CaptureSink, LogSink, type Fds } from './sinks';
import { ExitSignal, LoopSignal } from './signals';

export { ExitSignal, LoopSignal };

/** A command line with only assignments and redirects: status 0. */
function* noCommand(): Gen<number> {
  yield* [];
  return 0;
}

/** Builtins every shell has, whatever is on the PATH. */
const ALWAYS_BUILTIN = new Set(['echo', 'printf', 'test', '[', 'true', 'false', 'kill', 'pwd']);

export class Shell implements ExpandHost {
  readonly vars = new Map<string, string>();
  readonly exported = new Set<string>();
  readonly traps = new Map<string, string>();
  readonly logOut = new LogSink('stdout');
  readonly logErr = new LogSink('stderr');
  status = 0;
  cwd: string;
  errexit = false;
  conditionDepth = 0;
  /** Virtual ms slept so far: a loop iteration that adds none gets a tick. */
  sleptMs = 0;
  /** While an external command sleeps: when it wakes (a trap runs only after it). */
  foregroundUntil: number | undefined;
  waiting = false;
  background: Node[] = [];
  stopHandler: ((signal: string) => SigtermAction) | undefined;

  constructor(
    readonly ctx: ProcessContext,
    readonly flavour: ShellFlavour,
    readonly arg0: string,
    public positional: string[] = [],
  ) {
    for (const [k, v] of Object.entries(ctx.env)) {
      this.vars.set(k, v);
      this.exported.add(k);
    }
    this.cwd = ctx.image.config.workingDir || '/';
    if (!this.vars.has('PWD')) this.vars.set('PWD', this.cwd);
  }

  get root(): Fds {
    return { stdin: this.ctx.stdinText ?? '', out: this.logOut, err: this.logErr };
  }

  getVar(name: string): string | undefined {
    if (name === '?') return String(this.status);
    if (name === '$') return String(this.ctx.pid ?? 1);
    if (name === '#') return String(this.positional.length);
    if (name === '0') return this.arg0;
    if (name === '@' || name === '*') return this.positional.join(' ');
    if (/^[1-9]$/.test(name)) return this.positional[Number(name) - 1];
    if (name === 'HOSTNAME' && !this.vars.has(name)) return this.ctx.hostname;
    return this.vars.get(name);
  }

  setVar(name: string, value: string): void {
    this.vars.set(name, value);
  }

  fail(message: string): never {
    this.logErr.write(`${this.arg0}: ${message}\n`);
    throw new ExitSignal(this.flavour === 'bash' ? 1 : 2);
  }

  envObject(extra: Record<string, string> = {}): Record<string, string> {
    const env: Record<string, string> = {};
    for (const name of this.exported) {
      const v = this.vars.get(name);
      if (v !== undefined) env[name] = v;
    }
    return { ...env, ...extra };
  }

  *flush(final = false): Gen<void> {
    yield* this.logOut.flush(final);
    yield* this.logErr.flush(final);
  }

  /** Every effect leaves through here, after pending log lines. */
  *effect(e: Effect): Gen<unknown> {
    yield* this.flush();
    if (e.op === 'sleep') this.sleptMs += e.ms;
    return yield e;
  }

  /** Run a command's generator, flushing logs before each of its effects. */
  *pass<T>(gen: Gen<T>, external = false): Gen<T> {
    let step = gen.next();
    while (!step.done) {
      if (external && step.value.op === 'sleep' && this.ctx.now) this.foregroundUntil = this.ctx.now() + step.value.ms;
      const ans = yield* this.effect(step.value);
      this.foregroundUntil = undefined;
      step = gen.next(ans);
    }
    return step.value;
  }

  /** Parse and run a script; returns the exit status. Syntax errors exit 2. */
  *runScript(src: string, fds: Fds = this.root): Gen<number> {
    let node: Node;
    try {
      node = parseScript(src);
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      fds.err.write(`${syntaxError(this.flavour, this.arg0, e)}\n`);
      return 2;
    }
    return yield* this.run(node, fds);
  }

  *cmdSubst(src: string): Gen<string> {
    const capture = new CaptureSink();
    const saved = this.snapshot();
    try {
      yield* this.runScript(src, { stdin: '', out: capture, err: this.logErr });
    } catch (e) {
      if (!(e instanceof ExitSignal)) throw e;
      this.status = e.code;
    } finally {
      this.restore(saved);
    }
    return capture.text.replace(/\n+$/, '');
  }

  snapshot(): { vars: Map<string, string>; exported: Set<string>; cwd: string } {
    return { vars: new Map(this.vars), exported: new Set(this.exported), cwd: this.cwd };
  }

  restore(s: { vars: Map<string, string>; exported: Set<string>; cwd: string }): void {
    const status = this.status;
    this.vars.clear();
    for (const [k, v] of s.vars) this.vars.set(k, v);
    this.exported.clear();
    for (const k of s.exported) this.exported.add(k);
    this.cwd = s.cwd;
    this.status = status;
  }

  *run(node: Node, fds: Fds): Gen<number> {
    const status = yield* this.dispatch(node, fds);
    this.status = status;
    return status;
  }

  private *dispatch(node: Node, fds: Fds): Gen<number> {
    switch (node.type) {
      case 'simple':
        return yield* this.runSimple(node, fds);
      case 'list':
        return yield* this.runList(node, fds);
      case 'andor':
        return yield* this.runAndOr(node, fds);
      case 'pipeline':
        return yield* this.runPipeline(node, fds);
      default:
        return yield* this.withRedirs(node.redirs, fds, (io) => this.runCompound(node, io));
    }
  }

  private *runList(node: Extract<Node, { type: 'list' }>, fds: Fds): Gen<number> {
    let status = 0;
    for (const item of node.items) {
      if (item.bg) {
        this.background.push(item.node);
        status = 0;
        continue;
      }
      status = yield* this.run(item.node, fds);
      if (status !== 0 && this.errexit && this.conditionDepth === 0 && item.node.type !== 'andor') {
        throw new ExitSignal(status);
      }
    }
    return status;
  }

  *condition(node: Node, fds: Fds): Gen<number> {
    this.conditionDepth++;
    try {
      return yield* this.run(node, fds);
    } finally {
      this.conditionDepth--;
    }
  }

  private *runAndOr(node: Extract<Node, { type: 'andor' }>, fds: Fds): Gen<number> {
    let status = yield* this.condition(node.first, fds);
    for (const { op, node: next } of node.rest) {
      if ((op === '&&') === (status === 0)) status = yield* this.run(next, fds);
    }
    return status;
  }

  private *runPipeline(node: Extract<Node, { type: 'pipeline' }>, fds: Fds): Gen<number> {
    let input = fds.stdin;
    let status = 0;
    for (let i = 0; i < node.cmds.length; i++) {
      const last = i === node.cmds.length - 1;
      const capture = new CaptureSink();
      const cmd = node.cmds[i] as Node;
      const io: Fds = { stdin: input, out: last ? fds.out : capture, err: fds.err };
      status = node.negate ? yield* this.condition(cmd, io) : yield* this.run(cmd, io);
      input = capture.text;
    }
    return node.negate ? Number(status === 0) : status;
  }

  private *runCompound(node: Node, fds: Fds): Gen<number> {
    return yield* runCompound(this, node, fds);
  }

  /** Apply redirects, run `body`, then write what went to files. */
  *withRedirs(redirs: readonly Redir[], fds: Fds, body: (io: Fds) => Gen<number>): Gen<number> {
    return yield* withRedirects(this, redirs, fds, body);
  }

  private *runSimple(node: Extract<Node, { type: 'simple' }>, fds: Fds): Gen<number> {
    const argv = yield* expandWords(this, node.words);
    const assigns: Record<string, string> = {};
    for (const a of node.assigns) assigns[a.name] = yield* expandString(this, a.value);
    if (!argv.length) {
      for (const [k, v] of Object.entries(assigns)) this.vars.set(k, v);
      return yield* this.withRedirs(node.redirs, fds, () => noCommand());
    }
    const status = yield* this.withRedirs(node.redirs, fds, (io) => this.exec(argv, io, assigns));
    yield* this.flush();
    return status;
  }

  /** Run one command: a shell builtin, a registered executable, or `not found`. */
  *exec(argv: string[], fds: Fds, assigns: Record<string, string> = {}): Gen<number> {
    const name = argv[0] ?? '';
    if (SHELL_BUILTINS.has(name)) return yield* runBuiltin(this, argv, fds);
    const impl = getCommand(name);
    const onPath = ALWAYS_BUILTIN.has(name) || imageHas(this.ctx.image, name);
    if (!onPath) {
      fds.err.write(`${notFound(this.flavour, this.arg0, name)}\n`);
      return 127;
    }
    if (!impl) {
      fds.err.write(`${this.arg0}: ${baseName(name)}: this command is not simulated in Pod Lab\n`);
      return 126;
    }
    const io: CommandIO = {
      argv,
      env: this.envObject(assigns),
      stdin: fds.stdin,
      cwd: this.cwd,
      ctx: this.ctx,
      flavour: this.flavour,
      busybox: this.flavour === 'ash',
      stdoutTty: this.ctx.tty === true && fds.out === this.logOut,
      out: (t) => fds.out.write(t),
      err: (t) => fds.err.write(t),
      onStop: (handler) => {
        this.stopHandler = handler;
      },
    };
    return yield* this.pass(impl(io), !ALWAYS_BUILTIN.has(name));
  }

}
