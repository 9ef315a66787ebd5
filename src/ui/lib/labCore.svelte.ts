// The state half of the bridge (see sandbox.svelte.ts): the sandbox, the playback driver,
// the session's actions, what the panes read, and the animation frame loop that keeps it
// all moving. Messages in flight bypass Svelte: the stage subscribes to `flights`.
import type { ClusterSnapshot, Job, LoggedCommand, Sandbox, TraceEvent } from '../../engine';
import type { StageTarget } from '../../viz/stage/render';
import type { EngineModule } from './engineModule';
import { GLIDING_MAX, Playback, SPEEDS } from './playback';
import type { ScenarioName } from './scenarios';
import { clockText } from './clock';
import { copyFiles, sameFiles } from './files';
import { FlightFeed } from './flights';
import { afterRender, FrameLoop } from './frames';
import { IdleSlices } from './idleSlices';
import { HoldBack } from './lessonHold';
import { pauseInTyping } from './quiet';
import { EngineParts } from './engineParts';
import { jobsSignature, termEntries, type TermEntry } from './terminal';
import { Session, perform, reading, type RanCommand } from './timeline';
import { i18n } from '../i18n/index.svelte';
import { redrawDue } from './redrawPace';
import { decodeHash, encodeHash } from './url';

/** How long the learner's typing must pause before the engine loads or the cluster boots. */
const TYPING_PAUSE_MS = 300;
const NO_FILES: ReadonlyMap<string, string> = new Map();
/**
 * A crowd stays one `linger` ms after its last ungated message (see publish). When a worker
 * moves its tokens the page wakes every `wake` ms (redraws, queued lines), and its idle slices
 * hand the worker new messages every `post` ms at most (up to two frames late, already moving).
 */
const CROWD_MS = { linger: 3000, wake: 100, post: 33 };
/** How far into a frame (real ms from its start) the engine may work. */
const ENGINE_BY_MS = 6;
const now = () => (typeof performance !== 'undefined' ? performance.now() : 0);

export abstract class LabCore {
  /** Stand at virtual time `t` (time travel by replay). */
  abstract seek(t: number): void;
  /** A command line typed in the terminal. */
  abstract submit(line: string): void;

  engine = $state.raw<EngineModule | undefined>(undefined);
  snapshot = $state.raw<ClusterSnapshot | undefined>(undefined);
  time = $state(0);
  start = $state(0);
  horizon = $state(0);
  traceLength = $state(0);
  /** Only long transfers are on their way (an image pull): time runs at speed × real time. */
  waiting = $state(false);
  current = $state.raw<TraceEvent | undefined>(undefined);
  /** The first traced message not yet on screen (queued behind others), if any. */
  unseenFrom = $state<number | undefined>(undefined);
  playing = $state(true);
  speed = $state(1);
  terminal = $state.raw<TermEntry[]>([]);
  /**
   * The terminal as it was when the trace was last read: the terminal is redrawn more often
   * than the trace, so a command can show as done before its last messages are read.
   */
  terminalAtTrace = $state.raw<TermEntry[]>([]);
  /** When each command of the terminal started (virtual ms). */
  commandTimes = $state.raw<number[]>([]);
  queued = $state.raw<string[]>([]);
  files = $state.raw<ReadonlyMap<string, string>>(NO_FILES);
  diagnostics = $state.raw<Job['diagnostics']>([]);
  /** The laptop file `kubectl edit` has open in the editor pane, while it waits for it to be closed. */
  editing = $state<string | undefined>(undefined);
  selection = $state.raw<StageTarget | undefined>(undefined);
  notice = $state<{ key: string; params?: Record<string, string> } | undefined>(undefined);
  seed = $state(1);
  scenario = $state<ScenarioName>('default');

  // ——— lessons (see lessons.svelte.ts) ———
  /** The lesson whose cluster this is (`02`), or undefined in the sandbox. */
  lesson = $state<string | undefined>(undefined);
  /** The lesson's scenario YAML, which builds the sandbox instead of `scenario`. */
  protected lessonScenario: string | undefined;
  /** Set by the lessons: a lesson's scenario, for a link that names the lesson. */
  lessonScenarioFor: ((id: string) => Promise<string | undefined>) | undefined;
  /** A lesson's question holds this message back: playback paused just before it. */
  held = $state.raw<TraceEvent | undefined>(undefined);
  readonly hold = new HoldBack();
  /** Counts the clusters built (a reset, a lesson opened): a lesson's questions start over with one. */
  boots = 0;
  private watchers: (() => void)[] = [];

  /** Every command line of the session with its time, those replayed after a seek back included. */
  get commandLines(): { t: number; line: string }[] {
    return this.session.actions.flatMap((a) => (a.op === 'run' ? [{ t: a.t, line: a.line }] : []));
  }

  /** Commands started on this timeline, as lesson goals and reveals read them. */
  get commands(): readonly LoggedCommand[] {
    void this.traceLength;
    return this.sb?.commands ?? [];
  }

  /** Called after every redraw of the cluster (new messages, a new snapshot, a new timeline). */
  watch(fn: () => void): () => void {
    this.watchers = [...this.watchers, fn];
    return () => (this.watchers = this.watchers.filter((w) => w !== fn));
  }
  // ——— end lessons ———

  protected sb: Sandbox | undefined;
  protected driver: Playback | undefined;
  protected session = new Session();
  protected ran: RanCommand[] = [];
  protected lastSnapshot = 0;
  protected termSignature = -1;
  protected lastTick = 0;
  /** What a redraw costs (real ms, smoothed), new snapshot to rendered frame: a hundred pods ~100 ms on a slow laptop. */
  protected redrawCost = 0;
  /** A crowd's messages are on screen (drawn on a canvas): the page is redrawn less often. */
  protected crowded = false;
  /** When the playback last let a crowd's messages go ungated (real ms). */
  protected crowdSeen = -Infinity;

  /** Load the engine, build the cluster (or replay the link in the hash), start playing. */
  async init(hash: string): Promise<void> {
    const urgent = () => this.queued.length > 0;
    await pauseInTyping(TYPING_PAUSE_MS, urgent);
    const engine = await import('./engine');
    performance.mark('podlab:engine-loaded');
    await pauseInTyping(TYPING_PAUSE_MS, urgent);
    const shared = decodeHash(hash);
    this.engine = engine;
    // A shared session replays its commands at once: what they need must be there first.
    if (shared?.actions.some((a) => a.op === 'run' && engine.needsEngineParts(a.line))) await engine.loadEngineParts();
    if (shared) {
      this.seed = shared.seed;
      this.scenario = shared.scenario;
      if (shared.speed && (SPEEDS as readonly number[]).includes(shared.speed)) this.speed = shared.speed;
      const lessonScenario = shared.lesson ? await this.lessonScenarioFor?.(shared.lesson) : undefined;
      if (lessonScenario !== undefined) {
        this.lesson = shared.lesson;
        this.lessonScenario = lessonScenario;
      }
    }
    this.boot();
    performance.mark('podlab:cluster-ready');
    if (shared && shared.actions.length > 0) {
      this.session.load(shared.actions.map((a) => ({ ...a, t: a.t + this.start })));
      const last = this.session.actions[this.session.actions.length - 1]!.t;
      const at = shared.at !== undefined ? shared.at + this.start : last;
      this.seek(at);
      this.horizon = Math.max(at, last);
      this.playing = false;
      this.notice = { key: 'ui.sharedLink', params: { time: this.clockText(at) } };
    }
    this.kick();
  }

  protected fresh = (): Sandbox => {
    const engine = this.engine!;
    return engine.createSandbox({ seed: this.seed, scenario: this.lessonScenario ?? engine.scenarioFor(this.scenario), editorPane: true });
  };

  protected boot(): void {
    this.boots += 1;
    this.adopt(this.fresh(), []);
    this.start = this.sb!.now();
    this.horizon = this.start;
    this.session.load([]);
  }

  protected adopt(sb: Sandbox, ran: RanCommand[]): void {
    this.sb = sb;
    this.ran = ran;
    this.termSignature = -1;
    if (this.driver) this.driver.rebase(sb);
    else this.driver = new Playback(sb);
    this.driver.speed = this.speed;
    this.session.standAt(sb.now());
    this.driver.limit = () => this.session.next();
    this.hold.rebase(sb.trace);
    this.held = undefined;
    this.crowdSeen = -Infinity;
    this.refresh(true);
  }

  /** Reading this inside a component makes it follow the trace. */
  get trace(): readonly TraceEvent[] {
    void this.traceLength;
    return this.sb?.trace ?? [];
  }

  actorState(address: string): { value: unknown; status: string } | undefined {
    void this.traceLength;
    void this.time;
    return this.sb?.actorState(address);
  }

  // ——— the frame loop ———

  protected loop = new FrameLoop((real, dt) => {
    try {
      return this.frame(real, dt);
    } catch (e) {
      this.fail(e);
      return false;
    }
  });

  clockText(t: number = this.time): string {
    return clockText(this.sb?.epoch ?? 0, t);
  }

  protected kick(): void {
    this.loop.kick();
  }

  protected frame(real: number, dt: number): boolean | number {
    if (!this.sb || !this.driver) return false;
    if (this.playing) this.releaseHeld(real);
    this.driver.playing = this.playing;
    const captionBefore = this.driver.current;
    // The cluster is redrawn at most ten times a second, less when a redraw is costly; in a
    // crowd (a hundred pods) every second and a half or two, with the caption and the clock
    // in the same frame. Tokens move every frame.
    const due = redrawDue(real - this.lastSnapshot, this.redrawCost, this.crowded, this.sb.trace.length !== this.traceLength);
    // In a crowd the engine works in the idle time between frames, not in them: a frame only
    // moves tokens and, a few times a second, redraws the cluster (the engine runs in slow
    // motion there anyway, and stops at the same messages whichever slices run it).
    // Otherwise its work ends early enough in the frame to leave the rest (the browser's
    // paint) time before the next one, however late this frame began.
    let moved: boolean;
    if (this.crowded) {
      this.driver.settle(real);
      moved = this.sb.now() !== this.time;
      this.idle.ask();
    } else {
      moved = this.driver.frame(real, dt, real + ENGINE_BY_MS);
      this.engineAt = real;
    }
    this.holdBack(captionBefore);
    const acted = this.applyDue();
    this.startQueued();
    const t0 = now();
    this.refresh(acted || due, moved);
    if (acted || due) afterRender(() => (this.redrawCost = (this.redrawCost + now() - t0) / 2));
    this.publish(real, acted || due);
    if (!(this.playing || this.driver.busy(real) || this.queued.length > 0)) return false;
    // Nothing but glides until then: no frames needed (the compositor moves the tokens).
    const quiet = this.queued.length === 0 && !this.hold.holding && !this.crowded ? this.driver.quietUntil(real) : undefined;
    // A crowd's tokens are drawn every frame: by a worker, which needs the page only for the
    // redraws (the engine's idle slices hand it the new messages), or by the page itself.
    if (this.crowded && !this.tokensMove) return real + CROWD_MS.wake;
    return quiet ?? true;
  }

  /** When the engine last worked, and a slice last handed the worker messages (real ms). */
  private engineAt = 0;
  private publishedAt = -Infinity;
  /** The tokens on screen move only when drawn again (the page paints them): every frame counts. */
  private tokensMove = false;
  private idle = new IdleSlices((t, until) => this.crowdSlice(t, until), (e) => this.fail(e));

  /**
   * A crowd's engine work in one idle slice. When a worker moves the tokens, the slice hands
   * it the new messages and asks for the next slice itself: the page's frames are left to
   * the redraws. True to ask for the next slice.
   */
  private crowdSlice(t: number, until: number): boolean {
    if (!this.crowded || !this.sb || !this.driver) return false;
    this.driver.frame(t, t - this.engineAt, until);
    this.engineAt = t;
    if (this.tokensMove) return false;
    if (t - this.publishedAt >= CROWD_MS.post) {
      this.publishedAt = t;
      this.publish(t, false);
    }
    if (!this.crowded) this.kick();
    return this.crowded;
  }

  /** A failure in the simulation must not freeze the page silently: stop and say so. */
  protected fail(e: unknown): void {
    console.error('Pod Lab: the simulation stopped', e);
    this.playing = false;
    this.notice = { key: 'ui.failed', params: { message: String((e as Error).message ?? e) } };
  }

  /** A lesson's question wants this message held back: pause before it plays. */
  protected holdBack(captionBefore: TraceEvent | undefined): void {
    const e = this.hold.check(this.driver!, captionBefore);
    if (!e) return;
    this.held = e;
    this.playing = false;
  }

  /** The held message plays after all (the learner guessed, or pressed Play or a step). */
  protected releaseHeld(real: number): void {
    if (!this.hold.holding) return;
    this.hold.release(this.driver!, real);
    this.held = undefined;
  }

  /** The messages in flight, every animation frame (the stage's tokens follow it). */
  readonly flights = new FlightFeed();

  protected publish(real: number, redrawn: boolean): void {
    const driver = this.driver!;
    const started = driver.started(real);
    // A crowd: messages that nothing waits for (many stories at once), or too many to glide.
    // It lingers a while: the few messages between its bursts (ten image pulls riding the
    // clock for seconds) stay on the canvas rather than being built as elements.
    if (started.length > GLIDING_MAX || started.some((f) => f.gate === 0 && !f.clock)) this.crowdSeen = real;
    this.crowded = this.playing && real - this.crowdSeen < CROWD_MS.linger;
    this.tokensMove = this.flights.publish(
      started.map((f) => ({ event: f.event, progress: driver.progress(f, real), ...(f.clock ? {} : { motion: { start: f.start, duration: f.duration } }) })),
      this.crowded || started.length > GLIDING_MAX,
    );
    // In a crowd the line under the stage changes with the cluster's redraw, not between
    // (it would flicker as the image pulls' messages are alone on screen for a frame).
    const waiting = this.playing && started.length > 0 && started.every((f) => f.clock);
    if (waiting !== this.waiting && (redrawn || !this.crowded)) this.waiting = waiting;
  }

  /** Replayed actions whose time has come (after seeking back, the future plays again). */
  protected applyDue(): boolean {
    const due = this.session.due(this.sb!.now());
    for (const a of due) {
      perform(this.sb!, a, this.ran);
      this.driver!.collect(now());
    }
    return due.length > 0;
  }

  protected startQueued(): void {
    if (!this.sb || this.queued.length === 0) return;
    // Type-ahead goes to whatever reads a line next: the shell, or a program's prompt.
    const typed = reading(this.sb);
    if (!typed && (this.sb.current || !this.partsReadyFor(this.queued[0]!))) return;
    const [line, ...rest] = this.queued;
    this.queued = rest;
    this.submit(line!);
  }

  /** A line that needs a part of the engine loaded on demand waits in the queue until it has loaded. */
  protected partsReadyFor(line: string): boolean {
    return this.parts.readyFor(this.engine!, line);
  }

  private readonly parts = new EngineParts(() => this.kick());

  protected refresh(full: boolean, moved = true): void {
    const sb = this.sb!;
    // In a crowd the caption, the clock and the terminal wait for the cluster's redraw: one
    // frame changes the page a few times a second, the others only move tokens.
    if (this.crowded && !full) return;
    // The clock is redrawn ten times a second at most (every frame would relayout its text).
    if (moved && (full || now() - this.lastTick >= 100)) {
      this.time = sb.now();
      this.lastTick = now();
    }
    this.horizon = Math.max(this.horizon, this.time);
    this.current = this.driver?.current;
    const unseen = this.driver?.waitingFrom(now());
    if (unseen !== this.unseenFrom) this.unseenFrom = unseen;
    const signature = jobsSignature(this.ran);
    if (signature !== this.termSignature) {
      this.termSignature = signature;
      this.commandTimes = this.ran.map((r) => r.t);
      this.terminal = termEntries(this.ran);
    }
    const editing = sb.editing;
    if (editing !== this.editing) {
      this.editing = editing;
      this.files = copyFiles(sb.files());
    }
    if (!full) return;
    this.lastSnapshot = now();
    this.traceLength = sb.trace.length;
    this.terminalAtTrace = this.terminal;
    this.snapshot = sb.snapshot();
    const files = sb.files();
    if (!sameFiles(files, this.files)) this.files = copyFiles(files);
    const last = this.ran[this.ran.length - 1];
    if (last?.job.done) {
      this.diagnostics = last.job.diagnostics;
      if (this.engine) this.parts.loadSoon(this.engine);
    }
    for (const fn of this.watchers) fn();
  }

  protected writeHash(withTime = !this.playing): void {
    if (typeof history === 'undefined' || !this.sb) return;
    const actions = this.session.actions.map((a) => ({ ...a, t: a.t - this.start }));
    const hash = encodeHash({ seed: this.seed, scenario: this.scenario, speed: this.speed, ...(withTime ? { at: this.time - this.start } : {}), actions, ...(this.lesson ? { lesson: this.lesson } : {}), ...(i18n.locale === 'zh' ? { lang: 'zh' as const } : {}) });
    history.replaceState(null, '', hash);
  }
}

