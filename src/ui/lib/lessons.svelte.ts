// The lesson beside the stage. The lab's cluster says which lesson is open (`lab.lesson`);
// this keeps what the page adds to it: goals checked on every redraw of the cluster (at most
// once an animation frame), predict blocks asked and revealed, hints and the solution shown,
// and the learner's progress saved. The lessons' texts load with the engine, after first paint.
import type { TraceEvent } from '../../engine';
import type {
  LessonDoc,
  LessonSource,
  LessonState,
  PredictBlock,
  RevealSince,
  RunBlock,
} from '../../lessons/lib';
import type * as LessonsLib from '../../lessons/lib';
import type { Locale } from '../i18n/index.svelte';
import {
  cleared,
  readProgress,
  reached,
  started,
  writeProgress,
  type Progress,
  type ProgressStatus,
  type StorageLike,
} from './lessonProgress';
import { isIncomplete } from '../../engine/shell/incomplete';
import { guessMatches, scriptCommands, stepEvent } from './lessonRuns';
import { lab } from './sandbox.svelte';
import { walkIdFromLink, walks } from './walks.svelte';

type LessonsModule = typeof LessonsLib;

/** How long the cluster waits, paused, for a guess before it plays the answer anyway (real ms). */
export const HOLD_MS = 8000;

export interface PredictState {
  /** Where the learner stood when the question was shown: only what happens after counts. */
  since?: RevealSince;
  guess?: string;
  /** The answer is out: its moment came. */
  revealed: boolean;
  /** The learner asked to see it without guessing. */
  skipped: boolean;
}

function browserStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

class Lessons {
  mod = $state.raw<LessonsModule | undefined>(undefined);
  /** In a lesson, the learner is looking at the index instead of the text. */
  showIndex = $state(false);
  progress = $state.raw<Progress>({});
  storage = $state<ProgressStatus>('ok');
  /** Which goals hold now, by id. */
  goals = $state.raw<Readonly<Record<string, boolean>>>({});
  hints = $state(0);
  solution = $state(false);
  predicts = $state.raw<PredictState[]>([]);
  /** The predict block whose answer the cluster is holding back, waiting for a guess. */
  waiting = $state<number | undefined>(undefined);
  /** A short message about the last link followed (a step that has not happened yet). */
  message = $state<{ key: string; params?: Record<string, string | number> } | undefined>(undefined);

  readonly source = $derived(lab.lesson && this.mod ? this.mod.findLesson(lab.lesson) : undefined);
  readonly docs = $derived(this.source ? this.parse(this.source) : undefined);

  /** The lesson and the cluster the per-lesson state (predicts, hints) belongs to. */
  private stateFor: string | undefined;
  private bootSeen = 0;
  private scheduled = false;
  private holdTimer: ReturnType<typeof setTimeout> | undefined;
  private parsed = new Map<string, Record<Locale, LessonDoc> | undefined>();

  constructor() {
    const saved = readProgress(browserStorage());
    this.progress = saved.progress;
    this.storage = saved.status;
    lab.lessonScenarioFor = async (id) => (await this.load()).findLesson(id)?.scenario;
    lab.hold.match = (e) => this.holdsAnswer(e);
    lab.watch(() => this.schedule());
  }

  /** The lessons' texts (loaded once, with the engine). */
  async load(): Promise<LessonsModule> {
    this.mod ??= await import('../../lessons/lib');
    return this.mod;
  }

  /** Both languages of a lesson, parsed once. */
  parse(src: LessonSource): Record<Locale, LessonDoc> | undefined {
    if (!this.parsed.has(src.id)) {
      const en = this.mod!.parseLesson(src.text.en, `${src.folder}/en.md`);
      const zh = this.mod!.parseLesson(src.text.zh, `${src.folder}/zh.md`);
      this.parsed.set(src.id, en.ok && zh.ok ? { en: en.value, zh: zh.value } : undefined);
    }
    return this.parsed.get(src.id);
  }

  // ——— what the learner does ———

  /** Open a lesson: a fresh cluster of its scenario (or back to its text if it is open). */
  open(id: string): void {
    const src = this.mod?.findLesson(id);
    this.showIndex = false;
    if (!src || !lab.engine || lab.lesson === id) return;
    lab.load({ lesson: src.id, scenario: src.scenario, seed: this.mod!.LESSON_SEED });
    this.save(started(this.progress, src.id));
    this.forget(src.id);
  }

  /** Start the lesson again: its scenario and seed, its progress cleared. */
  reset(): void {
    const src = this.source;
    if (!src || !lab.engine) return;
    lab.load({ lesson: src.id, scenario: src.scenario, seed: this.mod!.LESSON_SEED });
    this.save(cleared(this.progress, src.id));
    this.forget(src.id);
  }

  /** Leave the lessons: the sandbox, any cluster, no goals. */
  sandbox(): void {
    this.showIndex = false;
    if (lab.lesson !== undefined) lab.reset(lab.scenario);
    this.forget(undefined);
  }

  /** A *Run* button: questions above it count as asked, then the command goes to the terminal. */
  run(block: RunBlock): void {
    for (const [i, p] of (this.docs?.en.predicts ?? []).entries()) if (p.after < block.index) this.shown(i);
    lab.type(block.command);
  }

  /** *Run the solution*: every command of solution.sh, one after the other. */
  runSolution(): void {
    const src = this.source;
    if (!src || !lab.engine) return;
    for (const [i] of (this.docs?.en.predicts ?? []).entries()) this.shown(i);
    for (const c of scriptCommands(src.solution, isIncomplete)) lab.type(c);
  }

  /** A predict block came into view: from now on its answer is awaited. */
  shown(i: number): void {
    if (this.predicts[i]?.since) return;
    this.patch(i, { since: { seq: lab.trace.length, commands: lab.commands.length } });
  }

  guess(i: number, guess: string): void {
    this.patch(i, { guess });
    this.continue(i);
  }

  /** *Show me*: no guess, play the answer. */
  skip(i: number): void {
    this.patch(i, { skipped: true });
    this.continue(i);
  }

  /** Was the guess right? undefined when there was none. */
  right(p: PredictBlock, st: PredictState | undefined): boolean | undefined {
    return st?.guess === undefined ? undefined : guessMatches(st.guess, p.answer);
  }

  /** A link in the lesson text: a step on the stage, a packet walk, another lesson, a page. */
  follow(href: string): void {
    const link = this.mod?.resolveLink(href);
    this.message = undefined;
    if (link?.kind === 'step') {
      const e = stepEvent(lab.trace, link.step);
      if (e) lab.showEvent(e.seq);
      else this.message = { key: 'lessons.noStep', params: { step: link.step } };
    } else if (link?.kind === 'walk') walks.open(walkIdFromLink(href));
    else if (link?.kind === 'lesson') this.open(link.id);
    else if (link?.kind === 'external') window.open(link.href, '_blank', 'noopener,noreferrer');
  }

  // ——— following the cluster ———

  /** Goals and reveals follow the cluster, once an animation frame at most. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      this.update();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
    else run();
  }

  update(): void {
    if (!this.mod && lab.engine) void this.load();
    if (lab.lesson !== this.stateFor || lab.boots !== this.bootSeen) this.forget(lab.lesson);
    const src = this.source;
    const doc = this.docs?.en;
    if (!src || !doc || !lab.snapshot) return;
    const state = { snapshot: lab.snapshot, trace: lab.trace, commands: lab.commands };
    const goals = this.mod!.evaluateGoals(doc.meta, src.goals, state);
    if (goals.some((g) => g.done !== this.goals[g.id]) || Object.keys(this.goals).length !== goals.length)
      this.goals = Object.fromEntries(goals.map((g) => [g.id, g.done]));
    this.save(reached(this.progress, src.id, goals));
    this.reveal(doc, state);
  }

  /** Latch the answers whose moment has come (and has been shown, not held back). */
  private reveal(doc: LessonDoc, state: Pick<LessonState, 'trace' | 'commands'>): void {
    const running = lab.terminal.some((e) => !e.done);
    doc.predicts.forEach((p, i) => {
      const st = this.predicts[i];
      if (!st?.since || st.revealed) return;
      if (lab.held && this.waiting === i) return;
      if (this.mod!.isRevealed(p.reveal, state, st.since, doc.runs, running))
        this.patch(i, { revealed: true });
    });
    if (this.waiting !== undefined && !lab.held) this.waiting = undefined;
  }

  /** The playback asks, for each message leaving: is this the answer to a question not yet guessed? */
  private holdsAnswer(e: TraceEvent): boolean {
    const doc = this.docs?.en;
    if (!doc) return false;
    const i = doc.predicts.findIndex((p, i) => {
      const st = this.predicts[i];
      if (!st?.since || st.revealed || st.skipped || st.guess !== undefined || 'command' in p.reveal)
        return false;
      return e.seq > st.since.seq && this.mod!.traceEventMatches(e, p.reveal);
    });
    if (i < 0) return false;
    this.waiting = i;
    clearTimeout(this.holdTimer);
    this.holdTimer = setTimeout(() => this.continue(i), HOLD_MS);
    return true;
  }

  /** The held answer plays now. */
  private continue(i: number): void {
    if (this.waiting !== i) return;
    clearTimeout(this.holdTimer);
    this.waiting = undefined;
    if (lab.held) lab.play();
  }

  private patch(i: number, change: Partial<PredictState>): void {
    const next = [...this.predicts];
    next[i] = { revealed: false, skipped: false, ...next[i], ...change };
    this.predicts = next;
  }

  /** A new lesson (or none): its questions unasked, hints hidden. */
  private forget(id: string | undefined): void {
    this.stateFor = id;
    this.bootSeen = lab.boots;
    this.predicts = [];
    this.hints = 0;
    this.solution = false;
    this.goals = {};
    this.waiting = undefined;
    this.message = undefined;
    clearTimeout(this.holdTimer);
  }

  private save(p: Progress): void {
    if (p === this.progress) return;
    this.progress = p;
    writeProgress(browserStorage(), p);
  }
}

export const lessons = new Lessons();
