/**
 * The lesson format, as data. A lesson is a folder (`NN-slug/`) holding `en.md`, `zh.md`,
 * `scenario.yaml`, `goals.ts` and `solution.sh`; see ../README.md for how to write one.
 */
import type { ClusterSnapshot, LoggedCommand, TraceEvent } from '../../engine';

/** The seed a lesson's sandbox runs with, in the browser and in the checks, so quoted output matches. */
export const LESSON_SEED = 1;

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** The front matter of `en.md` / `zh.md`. */
export interface LessonMeta {
  title: string;
  summary: string;
  /** How long the lesson takes a learner, in minutes (5–15). */
  minutes: number;
  /** Same ids, in the same order, in both languages; each id has a predicate in goals.ts. */
  goals: { id: string; text: string }[];
  /** Shown one at a time; the same number in both languages. */
  hints: string[];
}

/**
 * When a predict block reveals its answer: when a trace event matching every given field
 * is recorded (`{ kind: binding.create }`, `{ step: 6 }`, `{ kind: StopContainer, ref: web }`),
 * or when the n-th runnable block of the lesson has finished (`{ command: 2 }`).
 */
export type RevealCondition = TraceMatch | { command: number };

/** A pattern over trace events: every field given must match; `from`/`to` match the component. */
export interface TraceMatch {
  kind?: string;
  step?: number;
  from?: string;
  to?: string;
  /** The name of the object the event is about. */
  ref?: string;
}

/** A ```` ```sh run ```` block: one command line (a heredoc counts as one). */
export interface RunBlock {
  /** 1-based position among the lesson's runnable blocks. */
  index: number;
  command: string;
  /** ```` ```sh run fails ````: a deliberate error; the check wants a non-zero exit status. */
  fails: boolean;
  /** Line of the opening fence in the Markdown file. */
  line: number;
}

/** A ```` ```predict ```` block: asked before the step plays, revealed when it happens. */
export interface PredictBlock {
  question: string;
  choices?: string[];
  answer: string;
  why: string;
  reveal: RevealCondition;
  /** How many runnable blocks come before it: the reveal is looked for after those. */
  after: number;
  line: number;
}

/**
 * The lesson body in reading order. Markdown segments keep plain code blocks (```` ```sh ````,
 * ```` ```yaml ````) for the page's Markdown renderer; runnable and predict blocks are lifted
 * out so the page can draw a *Run* button or a question in their place.
 */
export type Segment =
  | { kind: 'markdown'; text: string; line: number }
  | { kind: 'run'; block: RunBlock }
  | { kind: 'predict'; block: PredictBlock };

/** What a link in lesson text points at. */
export type LessonLink =
  | { kind: 'step'; step: number }
  | { kind: 'walk'; id: string }
  | { kind: 'lesson'; id: string }
  | { kind: 'external'; href: string };

export interface LinkUse {
  text: string;
  href: string;
  line: number;
}

/** One language's lesson text, parsed. */
export interface LessonDoc {
  meta: LessonMeta;
  segments: Segment[];
  runs: RunBlock[];
  predicts: PredictBlock[];
  links: LinkUse[];
}

/** A problem in a lesson's files, with where it is. */
export interface LessonProblem {
  /** `01-what-is-a-pod`, `01-what-is-a-pod/zh.md`, … */
  where: string;
  line?: number;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: LessonProblem[] };

/** What goal predicates look at: the cluster now, everything that happened, what was typed. */
export interface LessonState {
  snapshot: ClusterSnapshot;
  trace: readonly TraceEvent[];
  commands: readonly LoggedCommand[];
}

export type GoalPredicate = (s: LessonState) => boolean;
export type LessonGoals = Readonly<Record<string, GoalPredicate>>;

/** A lesson folder's files, as text, with its goals module. */
export interface LessonSource {
  /** The folder name, `03-pod-manifest`. */
  folder: string;
  /** The two-digit number, `03`, used in `#lesson-03` links. */
  id: string;
  text: Record<Lang, string>;
  scenario: string;
  solution: string;
  goals: LessonGoals;
}
