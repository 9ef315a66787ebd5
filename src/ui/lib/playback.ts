// The playback driver: engine time is gated on the animation. Each frame it lets virtual
// time run (speed × real time) only while no numbered message is still on its way on
// screen; it stops the engine right after every traced message (`advance` with
// `stopAtTrace`), turns the new messages into flights, and waits for them. A message that
// really takes long (a layer of an image downloading) travels on the virtual clock instead,
// so an image pull passes at speed × real time while the clock is shown running.
import type { TraceEvent } from '../../engine';

export interface PlaybackEngine {
  now(): number;
  advance(ms: number, opts?: { stopAtTrace?: boolean }): number;
  nextEventAt(): number | undefined;
  readonly trace: readonly TraceEvent[];
}

export interface Flight {
  event: TraceEvent;
  /** Real ms (performance.now) when it left. */
  start: number;
  /** Real ms it takes on screen (real-time flights). */
  duration: number;
  /** Real ms engine time waits for it. */
  gate: number;
  /** Travels on the virtual clock (sent at t, lands at `at`) instead of real time. */
  clock: boolean;
  /** Has been the caption's message for at least one frame. */
  captioned?: boolean;
}

/**
 * Real ms at 1×: a numbered request, a numbered reply, a light message (status, events), and
 * a numbered command a node runs (`ip link add …`: a line the caption gives to be read).
 */
export const TIMING = { step: 700, reply: 450, light: 300, lightGate: 90, command: 1200 };

/** How long a message is on screen at 1×. */
function timingOf(e: TraceEvent): number {
  if (e.step === undefined) return TIMING.light;
  if (isReply(e.kind)) return TIMING.reply;
  return typeof e.detail?.command === 'string' ? TIMING.command : TIMING.step;
}

/** Replies travel faster than the requests that cause them: the request is the news. */
export function isReply(kind: string): boolean {
  return /\.(response|ok|result|failed)$/.test(kind);
}
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;
/**
 * More stories than this at once is a crowd, whose virtual time runs at `pace` × speed. A
 * kubectl command that says it sends more than `announced` objects (each manifest.validate
 * carries the file's count) is a crowd from its first message, not from its third object.
 */
export const CROWD = { stories: 2, pace: 0.1, window: 40, announced: 10 };
/** At most this many messages on screen glide on their own; more (a crowd) are drawn every frame. */
export const GLIDING_MAX = 12;
/** Bounds on the work of one frame when a crowd's messages pour in. */
const MAX_MESSAGES_PER_FRAME = 60;
const FRAME_WORK_MS = 4;
/** A step forward never jumps further than this (virtual ms). */
const STEP_WINDOW = 10 * 60_000;

export class Playback {
  speed = 1;
  playing = true;
  flights: Flight[] = [];
  /** The message the caption is about: the latest numbered one, else the latest one. */
  current: TraceEvent | undefined;
  private seen: number;
  /** Virtual time the driver must not pass by itself (a replayed command is due then). */
  limit: (() => number | undefined) | undefined;

  private engine: PlaybackEngine;

  /** Real time, to bound the work done in one frame (injectable for tests). */
  clock: () => number = () => (typeof performance === 'undefined' ? 0 : performance.now());

  constructor(engine: PlaybackEngine) {
    this.engine = engine;
    this.seen = engine.trace.length;
  }

  /** Forget the flights; treat the trace as already shown (after a seek or a new sandbox). */
  rebase(engine: PlaybackEngine = this.engine): void {
    this.engine = engine;
    this.seen = engine.trace.length;
    this.flights = [];
    this.nextFree = -Infinity;
    this.recent = [];
    this.crowdSize = 1;
    this.numbered = 0;
    this.announced = { objects: 0, at: -Infinity };
  }

  /**
   * One animation frame at real time `real`, `dt` real ms after the previous one. True when
   * engine time moved. The engine works a few ms at most, and stops by `until` (real ms, as
   * `clock`) when given: a frame that started late leaves less room for it.
   */
  frame(real: number, dt: number, until = Infinity): boolean {
    this.settle(real);
    if (!this.playing || this.gated(real)) return false;
    // Virtual time moves in whole milliseconds; the fractions carry over to the next frame.
    this.carry += Math.max(0, Math.min(dt, 100)) * this.speed * (this.crowdSize > CROWD.stories ? CROWD.pace : 1);
    const budget = Math.floor(this.carry);
    this.carry -= budget;
    const before = this.engine.now();
    const stop = this.limit?.();
    const end = before + (stop === undefined ? budget : Math.max(0, Math.min(budget, stop - before)));
    // Stop at each message; in a crowd nothing gates, so go on to the next while the
    // frame has time left (the rest waits for the next frame: slow motion, not jank).
    const stopBy = Math.min(this.clock() + FRAME_WORK_MS, until);
    for (let i = 0; i < MAX_MESSAGES_PER_FRAME; i++) {
      this.engine.advance(end - this.engine.now(), { stopAtTrace: true });
      const fresh = this.collect(real);
      if (fresh.length === 0 || this.engine.now() >= end || this.gated(real) || this.clock() > stopBy) break;
    }
    this.pickCurrent(real);
    return this.engine.now() !== before;
  }

  /** Bring the flights to `real` without engine work: late ones leave, landed ones go, the caption follows. */
  settle(real: number): void {
    this.catchUp(real);
    this.expire(real);
    this.pickCurrent(real);
  }

  /** Paused stepping: finish what is on screen, or run to the next message and show it. */
  stepForward(real: number): void {
    if (this.gated(real)) {
      for (const f of this.flights) if (!f.clock) f.start = real - f.duration;
      this.nextFree = real;
      this.expire(real);
      return;
    }
    const next = this.engine.nextEventAt();
    if (next === undefined) return;
    const stop = this.limit?.();
    const window = stop !== undefined && stop > this.engine.now() ? Math.min(STEP_WINDOW, stop - this.engine.now()) : STEP_WINDOW;
    this.engine.advance(window, { stopAtTrace: true });
    this.collect(real);
    this.pickCurrent(real);
  }

  /** Take up the messages recorded since the last frame (also after a command starts). */
  collect(real: number): TraceEvent[] {
    const trace = this.engine.trace;
    const fresh = trace.slice(this.seen);
    this.seen = trace.length;
    for (const e of fresh) this.launch(e, real);
    return fresh;
  }

  /** Show an event again (stepping back lands on it). */
  replay(e: TraceEvent, real: number): void {
    this.launch(e, real);
    this.pickCurrent(real);
  }

  /** Where each flight is: 0 at the sender, 1 at the receiver. */
  progress(f: Flight, real: number): number {
    if (f.clock) {
      const span = f.event.at - f.event.t;
      return span <= 0 ? 1 : Math.min(1, Math.max(0, (this.engine.now() - f.event.t) / span));
    }
    return f.duration <= 0 ? 1 : Math.min(1, Math.max(0, (real - f.start) / f.duration));
  }

  /** True while engine time must wait for a message on screen. */
  gated(real: number): boolean {
    return this.flights.some((f) => !f.clock && real < f.start + f.gate);
  }

  /**
   * While engine time waits and every message on screen glides on real time, the next
   * moment anything else changes: a queued message leaves, the gate opens, a token lands.
   * Undefined when every frame counts (engine time runs, or a message rides the clock).
   */
  quietUntil(real: number): number | undefined {
    if (this.playing && !this.gated(real)) return undefined;
    if (this.started(real).length > GLIDING_MAX) return undefined;
    let next = Infinity;
    for (const f of this.flights) {
      if (f.clock) return undefined;
      for (const t of [f.start, f.start + f.gate, f.start + f.duration]) if (t > real && t < next) next = t;
    }
    return next;
  }

  busy(real: number): boolean {
    return this.flights.length > 0 || this.gated(real);
  }

  /**
   * Messages sent in the same instant leave one after the other, each once the one before
   * has had its time, so every caption can be read in order.
   */
  private launch(e: TraceEvent, real: number): void {
    const stepped = e.step !== undefined;
    const duration = timingOf(e) / this.speed;
    // A crowd (a hundred pods at once) would take hours one message at a time: when many
    // objects are on their way together, time flows in slow motion instead of waiting for
    // each message, and their messages overlap, each still fully drawn.
    const crowded = this.crowd(e, real) > CROWD.stories;
    const gate = crowded ? 0 : stepped ? duration : TIMING.lightGate / this.speed;
    // A message whose real travel time at this speed outlasts the animation rides the clock.
    const clock = e.at - e.t > 0 && (e.at - e.t) / this.speed > duration;
    const start = clock ? real : Math.max(real, this.nextFree);
    if (!clock) this.nextFree = start + gate;
    this.flights.push({ event: e, start, duration, gate, clock });
  }

  private recent: string[] = [];
  private crowdSize = 1;
  /** Numbered messages seen, and the last count of objects a command said it sends (at which of them). */
  private numbered = 0;
  private announced = { objects: 0, at: -Infinity };

  /**
   * How many objects' stories are being told at once: distinct objects among the last
   * numbered messages, or as many as a command announced while its announcement is recent.
   */
  private crowd(e: TraceEvent, _real: number): number {
    if (e.step === undefined || !e.ref) return this.crowdSize;
    this.numbered++;
    const objects = e.kind === 'manifest.validate' ? e.detail?.objects : undefined;
    if (typeof objects === 'number') this.announced = { objects, at: this.numbered };
    this.recent.push(`${e.ref.kind}/${e.ref.namespace ?? ''}/${e.ref.name}`);
    if (this.recent.length > CROWD.window) this.recent.shift();
    const distinct = new Set(this.recent).size;
    const announced = this.announced.objects > CROWD.announced && this.numbered - this.announced.at < CROWD.window;
    this.crowdSize = announced ? Math.max(distinct, this.announced.objects) : distinct;
    return this.crowdSize;
  }

  /** The first message still waiting for its turn on screen (its seq), if any. */
  waitingFrom(real: number): number | undefined {
    let first: number | undefined;
    for (const f of this.flights) if (f.start > real && (first === undefined || f.event.seq < first)) first = f.event.seq;
    return first;
  }

  /** The flights that have left by `real` (later ones wait for their turn, unseen). */
  started(real: number): Flight[] {
    return this.flights.filter((f) => f.start <= real);
  }

  /** The caption follows the latest numbered message; a light one only when none is on screen. */
  private pickCurrent(real: number): void {
    let stepped: Flight | undefined;
    let light: Flight | undefined;
    for (const f of this.flights) {
      if (f.start > real) continue;
      if (f.event.step !== undefined) stepped = f;
      else light = f;
    }
    if (stepped) {
      stepped.captioned = true;
      this.current = stepped.event;
      this.currentAt = stepped.start;
    } else if (light && light.event !== this.current && (this.current?.step === undefined || real - this.currentAt > TIMING.step / this.speed)) {
      this.current = light.event;
      this.currentAt = light.start;
    }
  }

  private nextFree = -Infinity;
  private currentAt = -Infinity;
  private carry = 0;

  /**
   * A late frame (the machine was busy) must not skip a numbered message: when the first
   * one not yet captioned would already be gone, or overtaken by the next, it leaves now
   * and the messages queued behind it keep their spacing.
   */
  private catchUp(real: number): void {
    let first: Flight | undefined;
    let next: Flight | undefined;
    for (const f of this.flights) {
      if (f.clock || f.captioned || f.event.step === undefined || f.gate <= 0) continue;
      if (!first || f.start < first.start) [first, next] = [f, first];
      else if (!next || f.start < next.start) next = f;
    }
    if (!first || first.start >= real) return;
    if (real < first.start + first.duration && !(next && next.start <= real)) return;
    const delta = real - first.start;
    const from = first.start;
    for (const f of this.flights) if (!f.clock && f.start >= from) f.start += delta;
    this.nextFree += delta;
  }

  private expire(real: number): void {
    const now = this.engine.now();
    this.flights = this.flights.filter((f) => (f.clock ? now < f.event.at : real < f.start + f.duration));
  }
}
