// The one bridge between the live sandbox and Svelte: what the panes may ask (run a
// command, save a file, play, step, seek, share, …) on top of LabCore, which holds the
// sandbox and what the panes read. Components hold no cluster logic; the engine is loaded
// lazily after the first paint.
import type { StageTarget } from '../../viz/stage/render';
import { i18n, type Locale } from '../i18n/index.svelte';
import { LabCore } from './labCore.svelte';
import { SPEEDS } from './playback';
import { isScenarioName, type ScenarioName } from './scenarios';
import { perform, previousMoment, reading, replay, type Action } from './timeline';

export type { FlightView } from './flights';
export type { TermEntry } from './terminal';

const now = () => (typeof performance !== 'undefined' ? performance.now() : 0);

export class Lab extends LabCore {
  // ——— what the learner does ———

  /** A line typed in the terminal (or sent by Apply). Queued while a command runs. */
  /** Switch the page's language; the link in the address bar follows. */
  setLanguage(locale: Locale): void {
    i18n.set(locale);
    this.writeHash();
  }

  submit(line: string): void {
    if (this.sb && reading(this.sb)) {
      this.act({ t: this.sb.now(), op: 'run', line });
      return;
    }
    if (!this.sb || this.sb.current || !this.partsReadyFor(line)) {
      this.queued = [...this.queued, line];
      this.kick();
      return;
    }
    this.act({ t: this.sb.now(), op: 'run', line });
    this.playing = true;
  }

  interrupt(): void {
    if (this.queued.length) this.queued = [];
    if (this.sb?.current) this.act({ t: this.sb.now(), op: 'interrupt' });
  }

  /** Ctrl-Z: the running command stops as a job (fg or bg continues it). As with Ctrl-C, the terminal drops the lines typed ahead. */
  suspend(): void {
    if (this.queued.length) this.queued = [];
    // A program reading a typed line, or kubectl edit's pane, has the keyboard: nothing stops.
    if (this.sb?.current && !reading(this.sb) && this.sb.editing === undefined) this.act({ t: this.sb.now(), op: 'suspend' });
  }

  writeFile(path: string, text: string): void {
    if (this.sb) this.act({ t: this.sb.now(), op: 'write', path, text });
  }

  /** The editor pane's Save & close (with the text to save) or Cancel: `kubectl edit` reads the file and goes on. */
  closeEditor(text?: string): void {
    const path = this.editing;
    if (!this.sb || path === undefined) return;
    if (text !== undefined && text !== this.sb.files().get(path)) this.writeFile(path, text);
    this.act({ t: this.sb.now(), op: 'closeEditor' });
    this.playing = true;
  }

  /** A new deed ends any replayed future: from here on the timeline is new. */
  private act(a: Action): void {
    this.session.record(a);
    this.horizon = this.sb!.now();
    perform(this.sb!, a, this.ran);
    this.driver!.collect(now());
    this.refresh(true);
    this.writeHash();
    this.kick();
  }

  play(): void {
    this.playing = true;
    this.notice = undefined;
    this.kick();
  }

  pause(): void {
    this.playing = false;
    this.writeHash();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: number): void {
    this.speed = speed;
    if (this.driver) this.driver.speed = speed;
  }

  faster(dir: 1 | -1): void {
    const i = SPEEDS.indexOf(this.speed as (typeof SPEEDS)[number]);
    const next = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, (i < 0 ? 2 : i) + dir))]!;
    this.setSpeed(next);
  }

  stepForward(): void {
    if (!this.driver) return;
    this.playing = false;
    this.releaseHeld(now());
    this.driver.stepForward(now());
    this.applyDue();
    this.refresh(true);
    this.kick();
  }

  /** Back to the previous message: rebuild that moment and show its messages again. */
  stepBack(): void {
    if (!this.sb || !this.driver) return;
    this.playing = false;
    const trace = this.sb.trace;
    const cur = this.driver.current ?? trace[trace.length - 1];
    if (!cur) return;
    const prev = previousMoment(
      trace.map((e) => e.t),
      cur.t,
    );
    this.seek(prev ?? this.start);
    if (prev === undefined) return;
    for (const e of this.sb.trace) if (e.t === prev) this.driver.replay(e, now());
    this.refresh(true);
    this.kick();
  }

  /** Stand at virtual time `t`: replay the actions up to it on a fresh sandbox. */
  seek(t: number): void {
    if (!this.engine) return;
    const target = Math.max(this.start, t);
    const { sb, ran } = replay(this.fresh, this.session.actions, target);
    this.adopt(sb, ran);
    this.driver!.current = [...sb.trace].reverse().find((e) => e.step !== undefined && e.t > target - 60_000) ?? sb.trace[sb.trace.length - 1];
    this.writeHash();
    this.kick();
  }

  /** Start again: the same cluster, or (a scenario picked) that cluster in the sandbox. */
  reset(scenario?: ScenarioName): void {
    if (!this.engine) return;
    if (scenario !== undefined) {
      this.leaveLesson();
      this.scenario = isScenarioName(scenario) ? scenario : 'default';
    }
    this.queued = [];
    this.selection = undefined;
    this.notice = undefined;
    this.boot();
    this.driver!.current = undefined;
    this.playing = true;
    this.writeHash();
    this.kick();
  }

  // ——— lessons (see lessons.svelte.ts) ———

  /** Start again in a lesson's cluster: its scenario and seed, nothing done yet. */
  load(opts: { lesson: string; scenario: string; seed: number }): void {
    this.lesson = opts.lesson;
    this.lessonScenario = opts.scenario;
    this.seed = opts.seed;
    this.reset();
  }

  /** Back to the sandbox's own clusters (the picker in the header). */
  leaveLesson(): void {
    this.lesson = undefined;
    this.lessonScenario = undefined;
  }

  /** A lesson's *Run* button: the command goes into the terminal and runs. */
  type(command: string): void {
    this.submit(command);
  }

  /** A lesson's `#step-N` link: stand at that message, paused, and show it crossing the stage. */
  showEvent(seq: number): void {
    const e = this.sb?.trace.find((x) => x.seq === seq);
    if (!e || !this.driver) return;
    this.playing = false;
    this.seek(e.t);
    const again = this.sb!.trace.find((x) => x.seq === seq);
    if (again) this.driver.replay(again, now());
    this.refresh(true);
    this.kick();
  }
  // ——— end lessons ———

  select(target: StageTarget | undefined): void {
    this.selection = target;
  }

  shareUrl(): string {
    this.writeHash(true);
    return location.href;
  }
}

export const lab = new Lab();
