import { createActor, type Actor, type AnyActorRef } from 'xstate';
import { clusterMachine } from '../cluster/machine';
import { defaultCatalog } from '../images';
import { LAPTOP_NET } from '../kubectl/forward';
import { kubectlMachine, type KubectlEmitted } from '../kubectl/machine';
import type { LaptopEmitted } from '../laptop/machine';
import { VirtualClock } from '../runtime/clock';
import { Network } from '../runtime/network';
import { parseTimestamp, timestamp } from '../runtime/time';
import type { TraceEvent } from '../runtime/trace';
import type { Scenario } from '../scenario/types';
import type { Job, LoggedAction, LoggedCommand, RunResult } from './jobs';
import { linkLatency } from './latency';
import { wireMachines } from './machines';
import { ShellSession, type ProgramEvent } from './session';
import { takeSnapshot, type ClusterSnapshot, type Contexts } from './snapshot';

export interface SandboxChange {
  /** Virtual ms now. */
  time: number;
  /** How many trace events there are now. */
  traceLength: number;
}

type Listener = (change: SandboxChange) => void;


/** The most steps one command may take before the sandbox calls it stuck (a guard, not a limit users meet). */
const MAX_STEPS = 20_000_000;

/**
 * A whole simulated cluster and the learner's shell on the laptop beside it. Everything
 * runs on virtual time: `run` lets the clock run until the command finishes (as a shell
 * waits), `advance` and `runUntilIdle` let the cluster move on by itself.
 */
export class Sandbox {
  clock!: VirtualClock;
  private network!: Network;
  private root!: Actor<typeof clusterMachine>;
  private session!: ShellSession;
  /** What this run has done so far. */
  private history: LoggedAction[] = [];
  /** The furthest timeline known: scrubbing back keeps it; a new action in the past replaces its future. */
  private timeline: LoggedAction[] = [];
  private replaying = false;
  private readonly listeners = new Set<Listener>();
  readonly epoch: number;

  constructor(
    readonly scenario: Scenario,
    readonly seed: number | string,
    readonly editorPane = false,
  ) {
    this.epoch = parseTimestamp(scenario.startTime) ?? 0;
    this.boot();
  }

  /** Every message since the learner arrived, in order. */
  get trace(): readonly TraceEvent[] {
    return this.network.trace;
  }

  /** Commands run so far, with the virtual time each started (not the lines typed into a program's prompt). */
  get commands(): readonly LoggedCommand[] {
    return this.history.filter((a): a is LoggedCommand => 'command' in a && !a.typed);
  }

  /** Commands, interrupts, suspends and saved files, in order: what `seek` replays. */
  get actions(): readonly LoggedAction[] {
    return this.history;
  }

  now(): number {
    return this.clock.now();
  }

  /**
   * Run a command line to completion, as a shell does, and return what it printed. A line
   * typed while a program waits for one (a shell in a container) goes to that program and
   * returns when it asks for the next line or ends: the echo, the output, the next prompt.
   */
  run(command: string): RunResult {
    const typed = this.session.reading;
    const from = typed ? this.session.current!.output.length : 0;
    const job = this.start(command);
    this.drive(() => settled(job));
    this.notify();
    const output = job.output.slice(from);
    if (!job.done && job.editing !== undefined) return { output, exitCode: 0, ...(typed ? { typed } : {}), editing: job.editing };
    if (!job.done) return { output, exitCode: 0, ...(typed ? { typed } : {}), reading: true };
    return { output, exitCode: job.exitCode ?? 1, ...(typed ? { typed } : {}) };
  }

  /** Start a command line; it progresses as virtual time advances. */
  start(command: string, onOutput?: (text: string) => void): Job {
    return this.session.start(command, onOutput);
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
    return this.session.current;
  }

  /**
   * Ctrl-C: stop waiting for the running command, as the shell does when kubectl is
   * interrupted (`^C`, exit status 130). What it already sent to the cluster stays sent.
   */
  interrupt(): void {
    if (this.session.interrupt()) this.notify();
  }

  /**
   * Ctrl-Z: the running pipeline (or the job fg brought back) stops, as SIGTSTP stops it —
   * `^Z`, `[1]+  Stopped …` — and stays in the job table until fg, bg or kill; the line goes
   * on (status 148). False when there was nothing to stop.
   */
  suspend(): boolean {
    const stopped = this.session.suspend();
    if (stopped) this.notify();
    return stopped;
  }

  /** The file `kubectl edit` waits for the editor pane to close, if it does. */
  get editing(): string | undefined {
    return this.session.current?.editing;
  }

  /**
   * The editor pane is closed (Save & close, having saved the file; or Cancel): the waiting
   * `kubectl edit` reads the file as it is now and goes on as virtual time advances.
   */
  closeEditor(): boolean {
    const closed = this.session.closeEditor();
    if (closed) this.notify();
    return closed;
  }

  /** closeEditor(), then run until kubectl edit ends or opens the editor again: what it printed meanwhile. */
  closeEditorAndWait(): RunResult | undefined {
    const job = this.session.current;
    if (!job) return undefined;
    const from = job.output.length;
    if (!this.session.closeEditor()) return undefined;
    this.drive(() => settled(job));
    this.notify();
    const output = job.output.slice(from);
    if (!job.done) return { output, exitCode: 0, ...(job.editing !== undefined ? { editing: job.editing } : {}) };
    return { output, exitCode: job.exitCode ?? 1 };
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
      else if ('suspend' in a) this.suspend();
      else if ('write' in a) this.writeFile(a.write.path, a.write.text);
      else if ('closeEditor' in a) {
        const running = this.session.current;
        if (running) this.drive(() => settled(running));
        this.session.closeEditor();
      } else {
        const running = this.session.current;
        if (running) this.drive(() => settled(running));
        this.start(a.command);
      }
    }
    this.replaying = false;
    if (t > this.clock.now()) this.clock.advanceTo(t);
    this.notify();
  }

  record(action: LoggedAction): void {
    this.history.push(action);
    if (!this.replaying) this.timeline = [...this.history];
  }

  private boot(): void {
    this.clock = new VirtualClock();
    this.network = new Network(this.clock, (address) => this.root.system.get(address) as AnyActorRef | undefined, linkLatency);
    this.root = createActor(clusterMachine, {
      input: { scenario: this.scenario, seed: this.seed, net: this.network, epoch: this.epoch, catalog: defaultCatalog() },
    });
    this.root.start();
    this.session = new ShellSession(this);
    this.wire();
    this.runUntilIdle({ quietMs: 1000 });
    if (this.scenario.objects.trim() !== '') this.applyScenarioObjects();
    // The session starts clusterAgeSeconds into the cluster's life, however long the
    // (compressed) bootstrap itself took on the virtual clock.
    this.clock.advanceTo(Math.max(this.clock.now(), this.scenario.clusterAgeSeconds * 1000));
    this.runUntilIdle({ quietMs: 1000 });
    this.network.clearTrace();
    this.history = [];
    this.session = new ShellSession(this);
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
    const to = (e: ProgramEvent) => this.session.fromProgram(e);
    this.actor('kubectl').on('*', (e: KubectlEmitted) => to(kubectlEvent(e)));
    this.actor('laptop').on('*', (e: LaptopEmitted) => to(e.type === 'docker.exit' ? { job: e.job, kind: 'exit', code: e.code } : { job: e.job, kind: 'output', stream: e.stream, text: e.text }));
    wireMachines(this.root.system, this.scenario, to);
  }

  /**
   * A kubectl process of its own (`kubectl#PID`) for a background job, beside the foreground
   * one: `kubectl port-forward … &` keeps running while the next kubectl commands run.
   */
  kubectlProcess(address: string): void {
    if (this.root.system.get(address)) return;
    const input = { self: address, net: this.network, seed: this.seed, epoch: this.epoch };
    const ref = createActor(kubectlMachine, { id: address, systemId: address, input, parent: this.root as unknown as AnyActorRef });
    ref.on('*', (e) => this.session.fromProgram(kubectlEvent(e as KubectlEmitted)));
    ref.start();
  }

  /**
   * A background job's kubectl process exits with its job: the laptop's kernel closes the
   * sockets it still held (a port-forward's, even before kubectl's own close arrives), and
   * its actor stops and leaves the system.
   */
  endKubectlProcess(address: string): void {
    if (!this.root.system.get(address)) return;
    this.actor(LAPTOP_NET).send({ type: 'net.release', containerId: address });
    this.root.send({ type: 'process.exit', address });
    this.network.forget(address);
  }

  actor(id: string): AnyActorRef {
    return this.root.system.get(id) as AnyActorRef;
  }

  private drive(done: () => boolean): void {
    for (let i = 0; i < MAX_STEPS && !done(); i++) {
      if (!this.clock.step()) break;
    }
  }

  apiServerURL(): string {
    const cp = this.scenario.nodes.find((n) => n.role === 'control-plane') ?? this.scenario.nodes[0];
    return `https://${cp?.ip ?? '127.0.0.1'}:6443`;
  }

  laptopFiles(): ReadonlyMap<string, string> {
    return (this.actor('laptop').getSnapshot().context as Contexts['laptop']).files;
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

/** What kubectl tells the terminal, for the job it runs in. */
function kubectlEvent(e: KubectlEmitted): ProgramEvent {
  const job = e.job;
  if (e.type === 'kubectl.exit') return { job, kind: 'exit', code: e.code };
  if (e.type === 'kubectl.output') return { job, kind: 'output', stream: e.stream, text: e.text };
  if (e.type === 'kubectl.read') return { job, kind: 'read', prompt: e.prompt };
  if (e.type === 'kubectl.kubeconfig') return { job, kind: 'kubeconfig', namespace: e.namespace };
  if (e.type === 'kubectl.writeFile') return { job, kind: 'writeFile', path: e.path, text: e.text };
  if (e.type === 'kubectl.removeFile') return { job, kind: 'removeFile', path: e.path };
  if (e.type === 'kubectl.editor') return { job, kind: 'editor', editor: e.editor, path: e.path };
  return { job, kind: 'diagnostic', d: e.diagnostic };
}

/** A job is done, or waits for a line typed at its prompt (or for the editor pane): the learner acts next. */
function settled(job: Job): boolean {
  return job.done || job.prompt !== undefined || job.editing !== undefined;
}
