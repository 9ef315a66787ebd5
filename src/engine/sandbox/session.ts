import type { AnyActorRef } from 'xstate';
import type { VirtualClock } from '../runtime/clock';
import type { Scenario } from '../scenario/types';
import { JobControl } from './jobControl';
import { SIGTSTP, signalNumber, type JobStatus } from './jobTable';
import type { Job, LoggedAction } from './jobs';
import type { EditorCommand } from '../kubectl/program';
import { KubectlEditor } from './editor';
import { LaptopProcesses } from './processes';
import { WAIT, type Running } from './running';
import { runBackground, runShell, type ShellEffect, type ShellState } from './shell';

/** What a program (kubectl, docker, a node's shell) tells the terminal, for the job it runs in. */
export type ProgramEvent = { job: string } & (
  | { kind: 'exit'; code: number }
  | { kind: 'output'; stream: 'stdout' | 'stderr'; text: string }
  | { kind: 'read'; prompt: string }
  | { kind: 'kubeconfig'; namespace: string }
  | { kind: 'writeFile'; path: string; text: string }
  | { kind: 'removeFile'; path: string }
  | { kind: 'editor'; editor: EditorCommand; path: string }
  | { kind: 'diagnostic'; d: Job['diagnostics'][number] }
);

/** What the session needs from the sandbox around it. */
export interface SessionHost {
  clock: VirtualClock;
  scenario: Scenario;
  epoch: number;
  actor(id: string): AnyActorRef;
  /** Start a kubectl process of its own at `address` (a background job's), unless it runs already. */
  kubectlProcess(address: string): void;
  /** The job that started it has ended: the kubectl process at `address`, if any, exits. */
  endKubectlProcess(address: string): void;
  laptopFiles(): ReadonlyMap<string, string>;
  apiServerURL(): string;
  record(action: LoggedAction): void;
  /** The page has an editor pane: kubectl's default editor (`vi`) opens the file there. */
  editorPane: boolean;
}

/**
 * The learner's terminal on the laptop: one foreground shell line at a time and any number
 * of background jobs (`cmd &`), their effects carried out (kubectl and docker run as actors,
 * `sleep` waits on the virtual clock), their output collected in order — stdout and stderr
 * interleaved as a terminal shows them, a background job's wherever the terminal is.
 */
export class ShellSession {
  /** The foreground line, running or the last one run: where background output lands. */
  private running: Running | undefined;
  /** Every job still running, foreground or background, by job id. */
  private readonly live = new Map<string, Running>();
  private jobCounter = 0;
  private readonly vars: Record<string, string> = { '?': '0' };
  private readonly exported = new Set<string>();
  /** The namespace the kubeconfig's context names (`kubectl config set-context --current --namespace=…`). */
  private contextNamespace: string | undefined;

  private readonly jobs: JobControl;
  private readonly editors: KubectlEditor;
  private readonly processes: LaptopProcesses;

  constructor(private readonly host: SessionHost) {
    this.processes = new LaptopProcesses(host, this.live, (e) => this.fromProgram(e));
    this.jobs = new JobControl({
      write: (r, text) => this.write(r, text),
      resume: (r, out) => this.pump(r, out),
      signal: (job, status) => this.terminate(job, status),
      stop: (job) => this.processes.stop(job),
      cont: (job) => void this.host.clock.after(0, () => this.processes.cont(job)),
    });
    this.editors = new KubectlEditor(host, {
      child: (line, editorFor) => this.child(line, editorFor),
      run: (r) => this.pump(r, undefined),
      forget: (r) => this.reap(r),
      terminalOf: (r) => this.jobs.terminalOf(r),
      suspend: (r, cont) => this.jobs.stopped(r, cont),
    });
  }

  get current(): Job | undefined {
    return this.running && !this.running.job.done ? this.running.job : undefined;
  }

  /** The running program waits for a typed line: what is entered goes to it. */
  get reading(): boolean {
    return this.current?.prompt !== undefined;
  }

  start(command: string, onOutput?: (text: string) => void): Job {
    if (this.reading) return this.input(command);
    if (this.current) throw new Error('a command is already running');
    this.host.record({ t: this.host.clock.now(), command });
    const r: Running = { job: this.newJob(command), program: runShell(command, this.shellState()), kubectl: this.processes.freeKubectl(), ...(onOutput ? { onOutput } : {}) };
    this.running = r;
    this.live.set(r.job.id, r);
    this.pump(r, undefined);
    return r.job;
  }

  private newJob(command: string): Job {
    return { id: `job-${++this.jobCounter}`, command, startedAt: this.host.clock.now(), output: '', done: false, diagnostics: [] };
  }

  private shellState(): ShellState {
    return { vars: this.vars, exported: this.exported, files: () => this.host.laptopFiles() };
  }

  /**
   * A line typed while the program waits for one: echoed after its prompt, as a terminal
   * does, and handed to the program. Logged like a command, so a replay types it again.
   */
  private input(line: string): Job {
    const r = this.running!;
    this.host.record({ t: this.host.clock.now(), command: line, typed: true });
    r.job.prompt = undefined;
    this.write(r, line + '\n');
    this.host.actor(r.kubectl).send({ type: 'kubectl.line', line });
    return r.job;
  }

  /** Ctrl-C: the shell stops waiting (`^C`, status 130); what was sent stays sent. A job brought back with `fg` is stopped too. */
  interrupt(): boolean {
    const r = this.running;
    if (!r || r.job.done) return false;
    this.host.record({ t: this.host.clock.now(), interrupt: true });
    // A job brought back with fg gets the SIGINT; the shell's own ^C ends the wait, not the job's status.
    const fg = this.jobs.interrupted(r);
    if (fg) this.terminate(fg, 'Interrupt');
    const program = r.external?.program;
    r.external = undefined;
    this.write(r, '^C\n');
    r.job.prompt = undefined;
    r.job.editing = undefined;
    this.editors.drop(r);
    this.processes.kubectl(r.kubectl)?.send({ type: 'kubectl.interrupt' });
    if (program === 'docker') this.host.actor('laptop').send({ type: 'docker.interrupt' });
    this.finish(r, 130);
    return true;
  }

  /**
   * Ctrl-Z: SIGTSTP stops the foreground job — the pipeline running now, or the job fg
   * brought back — and bash prints `^Z` and `[1]+  Stopped …` at once; the line goes on with
   * status 148 (the rest of `sleep 30 && a || b` runs `b`). Not for a line waiting in `wait`
   * (bash ignores SIGTSTP: only the terminal's `^Z` shows), nor for a program reading a
   * typed line or the editor pane (they have the keyboard).
   */
  suspend(): boolean {
    const r = this.running;
    if (!r || r.job.done || r.job.prompt !== undefined || r.job.editing !== undefined) return false;
    const waited = this.jobs.suspendedIn(r);
    if (waited === undefined && !(r.pipe && (r.external || r.sleeping))) return false;
    this.host.record({ t: this.host.clock.now(), suspend: true });
    if (waited === 'wait') {
      this.write(r, '^Z');
      return true;
    }
    const job = waited ?? this.detach(r);
    const line = this.running!;
    this.write(line, this.jobs.suspended(job));
    this.pump(line, waited ? { stdout: '', stderr: '', code: 128 + SIGTSTP } : 128 + SIGTSTP);
    return true;
  }

  /**
   * The foreground line's pipeline becomes a job of its own: it keeps the process it waits
   * for (and the job id the process answers to), the line keeps the terminal and the rest
   * of the line. A kubectl it runs keeps its process; the line's next kubectl gets another.
   */
  private detach(r: Running): Running {
    const pipe = r.pipe!;
    const own = this.newJob(pipe.command);
    const shown = r.job;
    [own.id, shown.id] = [shown.id, own.id];
    const holdsKubectl = r.external?.program === 'kubectl';
    const pid = r.pid ?? this.processes.pid();
    const line: Running = { job: shown, program: r.program, kubectl: r.kubectl, ...(r.onOutput ? { onOutput: r.onOutput } : {}) };
    Object.assign(r, { job: own, program: pipe.program, pipe: undefined, onOutput: undefined });
    this.jobs.add(r, pid, pipe.command);
    if (holdsKubectl) line.kubectl = this.processes.freeKubectl();
    else r.kubectl = `kubectl#${pid}`;
    this.live.set(line.job.id, line);
    this.running = line;
    return r;
  }

  /** Output, diagnostics and exit of the program a job waits for. */
  fromProgram(e: ProgramEvent): void {
    if (e.kind === 'kubeconfig') {
      this.contextNamespace = e.namespace || undefined;
      return;
    }
    if (e.kind === 'writeFile') {
      this.host.actor('laptop').send({ type: 'file.write', path: e.path, text: e.text, append: false });
      return;
    }
    if (e.kind === 'removeFile') {
      this.host.actor('laptop').send({ type: 'file.remove', path: e.path });
      return;
    }
    const r = this.live.get(e.job);
    if (!r?.external) return;
    if (r.continued) return void r.continued.push(() => this.fromProgram(e));
    if (e.kind === 'diagnostic') r.job.diagnostics.push(e.d);
    else if (e.kind === 'editor') this.editors.open(r, e.editor, e.path);
    else if (e.kind === 'read') {
      // Output captured by a pipe has no terminal to type into: input ends at once.
      if (r.external.capture || r.bg) this.host.actor(r.kubectl).send({ type: 'kubectl.line' });
      else {
        this.write(r, e.prompt);
        r.job.prompt = e.prompt;
      }
    } else if (e.kind === 'output') {
      const ext = r.external;
      if (e.stream === 'stderr' && ext.stderr === 'drop') return;
      const asStdout = e.stream === 'stdout' || ext.stderr === 'merge';
      if (asStdout && ext.capture) ext.stdout += e.text;
      else this.write(r, e.text);
    } else {
      const stdout = r.external.stdout;
      r.external = undefined;
      // A job that kept the foreground kubectl's process gives it back once its command has ended.
      if (r.bg && r.kubectl === 'kubectl') r.kubectl = `kubectl#${r.bg.pid}`;
      this.pump(r, { stdout, stderr: '', code: e.code });
    }
  }

  /** Run the line until it waits: its pipeline's effects, then the line's own, the pipeline's status its answer. */
  private pump(r: Running, input: unknown): void {
    let value = input;
    for (;;) {
      if (r.job.done) return;
      const step = (r.pipe?.program ?? r.program).next(value);
      if (step.done && r.pipe) {
        r.pipe = undefined;
        value = step.value;
        continue;
      }
      if (step.done) return this.finish(r, step.value);
      value = this.perform(r, step.value);
      if (value === WAIT) return;
    }
  }

  /** A job has ended: a foreground line reports the background jobs that stopped or ended before its prompt; `fg` or `wait` gets a job's status. */
  private finish(r: Running, code: number): void {
    r.job.done = true;
    r.job.exitCode = code;
    this.reap(r);
    if (r.editorFor) return this.editors.closed(r.editorFor, code === 0);
    if (r.bg) return this.jobs.ended(r, code);
    this.vars['?'] = String(code);
    const notices = this.jobs.report();
    if (notices) this.write(r, notices);
  }

  /** A job has ended: it leaves the live jobs, and its own kubectl process (a background job's) exits with it. */
  private reap(r: Running): void {
    this.live.delete(r.job.id);
    if (r.kubectl !== 'kubectl') this.host.endKubectlProcess(r.kubectl);
  }

  /** Carry out one shell effect: its answer, or WAIT when the shell must wait for it. */
  private perform(r: Running, effect: ShellEffect): unknown {
    switch (effect.op) {
      case 'write':
        // An editor's output goes where kubectl's own does (a pipe, the terminal).
        if (r.editorFor) this.fromProgram({ job: r.editorFor.job.id, kind: 'output', stream: effect.stream, text: effect.text });
        else this.write(r, effect.text);
        return undefined;
      case 'writeFile':
        this.host.actor('laptop').send({ type: 'file.write', path: effect.path, text: effect.text, append: effect.append });
        return undefined;
      case 'pipeline':
        r.pipe = { program: effect.program, command: effect.command };
        r.pid = undefined;
        return undefined;
      case 'sleep':
        // sleep's deadline is set now: stopped past it, it ends as soon as it is continued (Linux restarts its nanosleep against the deadline).
        r.sleeping = true;
        this.host.clock.after(effect.ms, () => this.processes.whenRunning(r, () => this.wake(r)));
        return WAIT;
      case 'exec':
        r.external = { program: effect.program, capture: effect.capture, stderr: effect.stderr, stdout: '' };
        this.processes.execute(r, effect, this.contextNamespace);
        return WAIT;
      case 'background':
        return this.startBackground(r, effect.list, effect.command);
      case 'jobControl':
        return this.jobs.builtin(r, effect.argv);
    }
  }

  /** `LIST &`: a job of its own, in the table, announced as bash does (`[1] 2364`). */
  private startBackground(r: Running, list: Extract<ShellEffect, { op: 'background' }>['list'], command: string): number {
    const pid = this.processes.pid();
    const job: Running = { job: this.newJob(command), program: runBackground(list, this.shellState()), kubectl: `kubectl#${pid}` };
    const bg = this.jobs.add(job, pid, command);
    this.live.set(job.job.id, job);
    this.write(r, `[${bg.number}] ${pid}\n`);
    this.pump(job, undefined);
    return pid;
  }

  private wake(r: Running): void {
    r.sleeping = false;
    this.pump(r, undefined);
  }

  /**
   * A signal ends a background job, stopped or not (bash follows a stopped job's SIGTERM
   * with SIGCONT): its kubectl stops as on Ctrl-C (closing what it opened), with its editor,
   * and what it held is dropped; the table says how it ended.
   */
  private terminate(job: Running, status: JobStatus): void {
    if (job.job.done || !job.bg) return;
    job.bg.status = status;
    job.continued = undefined;
    if (job.external) this.processes.kubectl(job.kubectl)?.send({ type: 'kubectl.interrupt' });
    job.external = undefined;
    this.editors.drop(job);
    this.finish(job, 128 + signalNumber(status));
  }

  /** A line the shell runs as a child process of its own (kubectl edit's editor): a copy of its variables, a PID of its own. */
  private child(line: string, editorFor: Running): Running {
    const state = { vars: { ...this.vars }, exported: new Set(this.exported), files: () => this.host.laptopFiles() };
    const r: Running = { job: this.newJob(line), program: runShell(line, state), kubectl: `kubectl#${this.processes.pid()}`, editorFor };
    this.live.set(r.job.id, r);
    return r;
  }

  /** The editor pane's Save & close or Cancel: kubectl reads the file as it is now. */
  closeEditor(): boolean {
    return this.editors.closePane(this.running);
  }

  /** What a job writes: a foreground line's goes to its own output; a background job's to the terminal, wherever it is now. */
  private write(r: Running, text: string): void {
    const to = r.bg ? this.running : r;
    if (r.bg) r.job.output += text;
    if (!to) return;
    to.job.output += text;
    to.onOutput?.(text);
  }
}
