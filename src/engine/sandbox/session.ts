import type { AnyActorRef } from 'xstate';
import type { VirtualClock } from '../runtime/clock';
import type { Scenario } from '../scenario/types';
import type { Job, LoggedAction } from './jobs';
import { machineCommand } from './machines';
import { runShell, type ShellEffect, type ShellProgram } from './shell';

/** What a program (kubectl, docker, a node's shell) tells the terminal. */
export type ProgramEvent =
  | { kind: 'exit'; code: number }
  | { kind: 'output'; stream: 'stdout' | 'stderr'; text: string }
  | { kind: 'read'; prompt: string }
  | { kind: 'kubeconfig'; namespace: string }
  | { kind: 'diagnostic'; d: Job['diagnostics'][number] };

/** What the session needs from the sandbox around it. */
export interface SessionHost {
  clock: VirtualClock;
  scenario: Scenario;
  epoch: number;
  actor(id: string): AnyActorRef;
  laptopFiles(): ReadonlyMap<string, string>;
  apiServerURL(): string;
  record(action: LoggedAction): void;
}

interface Running {
  job: Job;
  program: ShellProgram;
  external?: { capture: boolean; stderr: 'terminal' | 'drop' | 'merge'; stdout: string };
  onOutput?: (text: string) => void;
}

/**
 * The learner's terminal on the laptop: one shell line at a time, its effects carried out
 * (kubectl and docker run as actors, `sleep` waits on the virtual clock), its output
 * collected in order — stdout and stderr interleaved as a terminal shows them.
 */
export class ShellSession {
  private running: Running | undefined;
  private jobCounter = 0;
  private readonly vars: Record<string, string> = { '?': '0' };
  /** The namespace the kubeconfig's context names (`kubectl config set-context --current --namespace=…`). */
  private contextNamespace: string | undefined;

  constructor(private readonly host: SessionHost) {}

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
    const job: Job = { id: `job-${++this.jobCounter}`, command, startedAt: this.host.clock.now(), output: '', done: false, diagnostics: [] };
    const program = runShell(command, { vars: this.vars, files: () => this.host.laptopFiles() });
    this.running = { job, program, ...(onOutput ? { onOutput } : {}) };
    this.pump(undefined);
    return job;
  }

  /**
   * A line typed while the program waits for one: echoed after its prompt, as a terminal
   * does, and handed to the program. Logged like a command, so a replay types it again.
   */
  private input(line: string): Job {
    const r = this.running!;
    this.host.record({ t: this.host.clock.now(), command: line, typed: true });
    r.job.prompt = undefined;
    this.write(line + '\n');
    this.host.actor('kubectl').send({ type: 'kubectl.line', line });
    return r.job;
  }

  /** Ctrl-C: the shell stops waiting (`^C`, status 130); what was sent stays sent. */
  interrupt(): boolean {
    const r = this.running;
    if (!r || r.job.done) return false;
    this.host.record({ t: this.host.clock.now(), interrupt: true });
    r.external = undefined;
    this.write('^C\n');
    r.job.done = true;
    r.job.exitCode = 130;
    r.job.prompt = undefined;
    this.vars['?'] = '130';
    this.host.actor('kubectl').send({ type: 'kubectl.interrupt' });
    this.host.actor('laptop').send({ type: 'docker.interrupt' });
    return true;
  }

  /** Output, diagnostics and exit of the program the shell is waiting for. */
  fromProgram(e: ProgramEvent): void {
    if (e.kind === 'kubeconfig') {
      this.contextNamespace = e.namespace || undefined;
      return;
    }
    const r = this.running;
    if (!r?.external) return;
    if (e.kind === 'diagnostic') r.job.diagnostics.push(e.d);
    else if (e.kind === 'read') {
      // Output captured by a pipe has no terminal to type into: input ends at once.
      if (r.external.capture) this.host.actor('kubectl').send({ type: 'kubectl.line' });
      else {
        this.write(e.prompt);
        r.job.prompt = e.prompt;
      }
    } else if (e.kind === 'output') {
      const ext = r.external;
      if (e.stream === 'stderr' && ext.stderr === 'drop') return;
      const asStdout = e.stream === 'stdout' || ext.stderr === 'merge';
      if (asStdout && ext.capture) ext.stdout += e.text;
      else this.write(e.text);
    } else {
      const stdout = r.external.stdout;
      r.external = undefined;
      this.pump({ stdout, stderr: '', code: e.code });
    }
  }

  private pump(input: unknown): void {
    const r = this.running;
    if (!r) return;
    let value = input;
    for (;;) {
      const step = r.program.next(value);
      if (step.done) {
        r.job.done = true;
        r.job.exitCode = step.value;
        return;
      }
      value = undefined;
      if (!this.perform(r, step.value)) return;
    }
  }

  /** Carry out one shell effect; false when the shell must wait for it. */
  private perform(r: Running, effect: ShellEffect): boolean {
    switch (effect.op) {
      case 'write':
        this.write(effect.text);
        return true;
      case 'writeFile':
        this.host.actor('laptop').send({ type: 'file.write', path: effect.path, text: effect.text, append: effect.append });
        return true;
      case 'sleep':
        this.host.clock.after(effect.ms, () => this.pump(undefined));
        return false;
      case 'exec':
        r.external = { capture: effect.capture, stderr: effect.stderr, stdout: '' };
        this.execute(r.job.id, effect);
        return false;
    }
  }

  private execute(job: string, e: Extract<ShellEffect, { op: 'exec' }>): void {
    if (e.program === 'node-shell' || e.program === 'curl' || e.program === 'ping') {
      const target = machineCommand(e.program, e.argv, this.host.scenario);
      if ('error' in target) {
        this.host.clock.after(0, () => {
          this.fromProgram({ kind: 'output', stream: target.code === 0 ? 'stdout' : 'stderr', text: target.error });
          this.fromProgram({ kind: 'exit', code: target.code });
        });
      } else this.host.actor(target.address).send({ type: 'node.exec', job, argv: target.argv });
      return;
    }
    if (e.program === 'docker') {
      this.host.actor('laptop').send({ type: 'docker.exec', job, argv: e.argv, ...(e.stdin !== undefined ? { stdin: e.stdin } : {}) });
      return;
    }
    const env = {
      argv: e.argv,
      ...(e.stdin !== undefined ? { stdin: e.stdin } : {}),
      files: this.host.laptopFiles(),
      now: () => this.host.epoch + this.host.clock.now(),
      namespace: this.contextNamespace ?? 'default',
      ...(this.contextNamespace !== undefined ? { contextNamespace: this.contextNamespace } : {}),
      server: this.host.apiServerURL(),
    };
    this.host.actor('kubectl').send({ type: 'kubectl.exec', job, env });
  }

  private write(text: string): void {
    const r = this.running;
    if (!r) return;
    r.job.output += text;
    r.onOutput?.(text);
  }
}
