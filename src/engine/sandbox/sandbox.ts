import { createActor, type Actor, type AnyActorRef } from 'xstate';
import { clusterMachine } from '../cluster/machine';
import { defaultCatalog } from '../images';
import type { KubectlEmitted } from '../kubectl/machine';
import type { LaptopEmitted } from '../laptop/machine';
import { VirtualClock } from '../runtime/clock';
import { Network } from '../runtime/network';
import { parseTimestamp, timestamp } from '../runtime/time';
import type { TraceEvent } from '../runtime/trace';
import type { Scenario } from '../scenario/types';
import type { Job, LoggedAction, LoggedCommand, RunResult } from './jobs';
import { linkLatency } from './latency';
import { machineCommand, wireMachines } from './machines';
import { runShell, type ShellEffect, type ShellProgram } from './shell';
import { takeSnapshot, type ClusterSnapshot, type Contexts } from './snapshot';

export interface SandboxChange {
  /** Virtual ms now. */
  time: number;
  /** How many trace events there are now. */
  traceLength: number;
}

type Listener = (change: SandboxChange) => void;

interface Running {
  job: Job;
  program: ShellProgram;
  external?: { capture: boolean; stderr: 'terminal' | 'drop' | 'merge'; stdout: string };
  onOutput?: (text: string) => void;
}

/** The most steps one command may take before the sandbox calls it stuck (a guard, not a limit users meet). */
const MAX_STEPS = 20_000_000;

/**
 * A whole simulated cluster and the learner's shell on the laptop beside it. Everything
 * runs on virtual time: `run` lets the clock run until the command finishes (as a shell
 * waits), `advance` and `runUntilIdle` let the cluster move on by itself.
 */
export class Sandbox {
  private clock!: VirtualClock;
  private network!: Network;
  private root!: Actor<typeof clusterMachine>;
  private running: Running | undefined;
  private jobCounter = 0;
  /** What this run has done so far. */
  private history: LoggedAction[] = [];
  /** The furthest timeline known: scrubbing back keeps it; a new action in the past replaces its future. */
  private timeline: LoggedAction[] = [];
  private replaying = false;
  private vars: Record<string, string> = { '?': '0' };
  private readonly listeners = new Set<Listener>();
  readonly epoch: number;

  constructor(
    readonly scenario: Scenario,
    readonly seed: number | string,
  ) {
    this.epoch = parseTimestamp(scenario.startTime) ?? 0;
    this.boot();
  }

  /** Every message since the learner arrived, in order. */
  get trace(): readonly TraceEvent[] {
    return this.network.trace;
  }

  /** Commands run so far, with the virtual time each started. */
  get commands(): readonly LoggedCommand[] {
    return this.history.filter((a): a is LoggedCommand => 'command' in a);
  }

  /** Commands, interrupts and saved files, in order: what `seek` replays. */
  get actions(): readonly LoggedAction[] {
    return this.history;
  }

  now(): number {
    return this.clock.now();
  }

  /** Run a command line to completion, as a shell does, and return what it printed. */
  run(command: string): RunResult {
    const job = this.start(command);
    this.drive(() => job.done);
    this.notify();
    return { output: job.output, exitCode: job.exitCode ?? 1 };
  }

  /** Start a command line; it progresses as virtual time advances. */
  start(command: string, onOutput?: (text: string) => void): Job {
    if (this.running && !this.running.job.done) throw new Error('a command is already running');
    this.record({ t: this.clock.now(), command });
    const job: Job = { id: `job-${++this.jobCounter}`, command, startedAt: this.clock.now(), output: '', done: false, diagnostics: [] };
    const program = runShell(command, { vars: this.vars, files: () => this.laptopFiles() });
    this.running = { job, program, ...(onOutput ? { onOutput } : {}) };
    this.pump(undefined);
    return job;
  }

  /**
   * Let up to `ms` of virtual time pass. With `stopAtTrace`, stop as soon as a new trace
   * event is recorded, so a viewer can animate each message before time moves on;
   * returns the virtual ms actually advanced.
   */
  advance(ms: number, opts: { stopAtTrace?: boolean } = {}): number {
    const start = this.clock.now();
    const target = start + ms;
    if (!opts.stopAtTrace) this.clock.advanceTo(target);
    else {
      const before = this.network.trace.length;
      for (;;) {
        const next = this.clock.nextAt();
        if (next === undefined || next > target) {
          this.clock.advanceTo(target);
          break;
        }
        this.clock.step();
        if (this.network.trace.length > before) break;
      }
    }
    this.notify();
    return this.clock.now() - start;
  }

  /** When the next thing happens (virtual ms), or undefined when nothing is scheduled. */
  nextEventAt(): number | undefined {
    return this.clock.nextAt();
  }

  /** The command running now, if any. */
  get current(): Job | undefined {
    return this.running && !this.running.job.done ? this.running.job : undefined;
  }

  /**
   * Ctrl-C: stop waiting for the running command, as the shell does when kubectl is
   * interrupted (`^C`, exit status 130). What it already sent to the cluster stays sent.
   */
  interrupt(): void {
    const r = this.running;
    if (!r || r.job.done) return;
    this.record({ t: this.clock.now(), interrupt: true });
    r.external = undefined;
    this.write('^C\n');
    r.job.done = true;
    r.job.exitCode = 130;
    this.vars['?'] = '130';
    (this.root.system.get('kubectl') as AnyActorRef).send({ type: 'kubectl.interrupt' });
    (this.root.system.get('laptop') as AnyActorRef).send({ type: 'docker.interrupt' });
    this.notify();
  }

  /** The laptop's working directory: path → content. */
  files(): ReadonlyMap<string, string> {
    return this.laptopFiles();
  }

  /** Save a file in the laptop's working directory (the editor's Save). */
  writeFile(path: string, text: string): void {
    this.record({ t: this.clock.now(), write: { path, text } });
    (this.root.system.get('laptop') as AnyActorRef).send({ type: 'file.write', path, text, append: false });
    this.notify();
  }

  /**
   * The current state of one actor's machine (`kubelet/node-1#<uid>` for a pod worker,
   * `…#<uid>/<container>` for a container worker), for drawing its statechart.
   */
  actorState(address: string): { value: unknown; status: string } | undefined {
    const ref = this.root.system.get(address) as AnyActorRef | undefined;
    if (!ref) return undefined;
    const snap = ref.getSnapshot() as { value?: unknown; status: string };
    return { value: snap.value, status: snap.status };
  }

  /**
   * Run until the cluster is quiet: nothing left to happen within the next `quietMs`
   * (a server sleeping for ever, a back-off minutes away), or `maxMs` have passed.
   */
  runUntilIdle(opts: { quietMs?: number; maxMs?: number } = {}): void {
    const quiet = opts.quietMs ?? 60_000;
    const until = this.clock.now() + (opts.maxMs ?? 3_600_000);
    for (;;) {
      const next = this.clock.nextAt();
      if (next === undefined || next > until || next - this.clock.now() > quiet) break;
      this.clock.step();
    }
    this.notify();
  }

  snapshot(): ClusterSnapshot {
    return takeSnapshot(this.clock.now(), timestamp(this.epoch, this.clock.now()), this.scenario, this.contexts(), this.network.inFlight());
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Time travel: rebuild the cluster from its scenario and seed and replay the commands
   * that had started before `t`, then stand at `t`. The engine is deterministic, so the
   * cluster is exactly as it was; running a command from here continues a new timeline.
   */
  seek(t: number): void {
    const keep = this.timeline.filter((c) => c.t < t);
    this.boot();
    this.history = [];
    this.replaying = true;
    for (const a of keep) {
      if (a.t < this.clock.now()) continue;
      this.clock.advanceTo(a.t);
      if ('interrupt' in a) this.interrupt();
      else if ('write' in a) this.writeFile(a.write.path, a.write.text);
      else {
        if (this.running && !this.running.job.done) this.drive(() => this.running!.job.done);
        this.start(a.command);
      }
    }
    this.replaying = false;
    if (t > this.clock.now()) this.clock.advanceTo(t);
    this.notify();
  }

  private record(action: LoggedAction): void {
    this.history.push(action);
    if (!this.replaying) this.timeline = [...this.history];
  }

  private boot(): void {
    this.running = undefined;
    this.vars = { '?': '0' };
    this.clock = new VirtualClock();
    this.network = new Network(this.clock, (address) => this.root.system.get(address) as AnyActorRef | undefined, linkLatency);
    this.root = createActor(clusterMachine, {
      clock: this.clock,
      input: { scenario: this.scenario, seed: this.seed, net: this.network, epoch: this.epoch, catalog: defaultCatalog() },
    });
    this.root.start();
    this.wire();
    this.runUntilIdle({ quietMs: 1000 });
    if (this.scenario.objects.trim() !== '') this.applyScenarioObjects();
    // The session starts clusterAgeSeconds into the cluster's life, however long the
    // (compressed) bootstrap itself took on the virtual clock.
    this.clock.advanceTo(Math.max(this.clock.now(), this.scenario.clusterAgeSeconds * 1000));
    this.runUntilIdle({ quietMs: 1000 });
    this.network.clearTrace();
    this.history = [];
    this.jobCounter = 0;
  }

  private applyScenarioObjects(): void {
    const wasReplaying = this.replaying;
    this.replaying = true;
    const job = this.start(`kubectl apply -f - <<'POD_LAB_SCENARIO'\n${this.scenario.objects.replace(/\n?$/, '\n')}POD_LAB_SCENARIO`);
    this.drive(() => job.done);
    this.replaying = wasReplaying;
    if (job.exitCode !== 0) throw new Error(`scenario "${this.scenario.name}": its objects did not apply:\n${job.output}`);
    this.runUntilIdle({ quietMs: 1000, maxMs: 600_000 });
  }

  private wire(): void {
    const kubectl = this.root.system.get('kubectl') as AnyActorRef;
    kubectl.on('*', (e: KubectlEmitted) => this.fromProgram(e.type === 'kubectl.exit' ? { kind: 'exit', code: e.code } : e.type === 'kubectl.output' ? { kind: 'output', stream: e.stream, text: e.text } : { kind: 'diagnostic', d: e.diagnostic }));
    const laptop = this.root.system.get('laptop') as AnyActorRef;
    laptop.on('*', (e: LaptopEmitted) => this.fromProgram(e.type === 'docker.exit' ? { kind: 'exit', code: e.code } : { kind: 'output', stream: e.stream, text: e.text }));
    wireMachines(this.root.system, this.scenario, () => this.running?.job.id, (e) => this.fromProgram(e));
  }

  private fromProgram(e: { kind: 'exit'; code: number } | { kind: 'output'; stream: 'stdout' | 'stderr'; text: string } | { kind: 'diagnostic'; d: Job['diagnostics'][number] }): void {
    const r = this.running;
    if (!r?.external) return;
    if (e.kind === 'diagnostic') r.job.diagnostics.push(e.d);
    else if (e.kind === 'output') {
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
        (this.root.system.get('laptop') as AnyActorRef).send({ type: 'file.write', path: effect.path, text: effect.text, append: effect.append });
        return true;
      case 'sleep':
        this.clock.setTimeout(() => this.pump(undefined), effect.ms);
        return false;
      case 'exec':
        r.external = { capture: effect.capture, stderr: effect.stderr, stdout: '' };
        this.execute(r.job.id, effect);
        return false;
    }
  }

  private execute(job: string, e: Extract<ShellEffect, { op: 'exec' }>): void {
    if (e.program === 'node-shell' || e.program === 'curl' || e.program === 'ping') {
      const target = machineCommand(e.program, e.argv, this.scenario);
      if ('error' in target) {
        this.clock.setTimeout(() => {
          this.fromProgram({ kind: 'output', stream: target.code === 0 ? 'stdout' : 'stderr', text: target.error });
          this.fromProgram({ kind: 'exit', code: target.code });
        }, 0);
      } else (this.root.system.get(target.address) as AnyActorRef).send({ type: 'node.exec', job, argv: target.argv });
      return;
    }
    if (e.program === 'docker') {
      (this.root.system.get('laptop') as AnyActorRef).send({ type: 'docker.exec', job, argv: e.argv, ...(e.stdin !== undefined ? { stdin: e.stdin } : {}) });
      return;
    }
    const env = {
      argv: e.argv,
      ...(e.stdin !== undefined ? { stdin: e.stdin } : {}),
      files: this.laptopFiles(),
      now: () => this.epoch + this.clock.now(),
      namespace: 'default',
      server: this.apiServerURL(),
    };
    (this.root.system.get('kubectl') as AnyActorRef).send({ type: 'kubectl.exec', job, env });
  }

  private write(text: string): void {
    const r = this.running;
    if (!r) return;
    r.job.output += text;
    r.onOutput?.(text);
  }

  private drive(done: () => boolean): void {
    for (let i = 0; i < MAX_STEPS && !done(); i++) {
      if (!this.clock.step()) break;
    }
    const r = this.running;
    if (r && !r.job.done && done === undefined) r.job.done = true;
  }

  private apiServerURL(): string {
    const cp = this.scenario.nodes.find((n) => n.role === 'control-plane') ?? this.scenario.nodes[0];
    return `https://${cp?.ip ?? '127.0.0.1'}:6443`;
  }

  private laptopFiles(): ReadonlyMap<string, string> {
    return this.contexts().laptop.files;
  }

  private contexts(): Contexts {
    const sys = this.root.system;
    const ctx = <T>(id: string) => (sys.get(id) as AnyActorRef).getSnapshot().context as T;
    const runtimes = new Map(this.scenario.nodes.map((n) => [n.name, ctx<Contexts['runtimes'] extends Map<string, infer R> ? R : never>(`containerRuntime/${n.name}`)]));
    const cnis = new Map(this.scenario.nodes.map((n) => [n.name, ctx<Contexts['cnis'] extends Map<string, infer R> ? R : never>(`cni/${n.name}`)]));
    const stacks = new Map(this.scenario.nodes.map((n) => [n.name, ctx<Contexts['stacks'] extends Map<string, infer R> ? R : never>(`nodeNet/${n.name}`)]));
    return { etcd: ctx('etcd'), apiServer: ctx('apiServer'), registry: ctx('registry'), laptop: ctx('laptop'), runtimes, cnis, stacks };
  }

  private notify(): void {
    const change = { time: this.clock.now(), traceLength: this.network.trace.length };
    for (const l of this.listeners) l(change);
  }
}
