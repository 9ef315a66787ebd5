// The learner's progress through the lessons, kept in localStorage under one versioned key:
// which goals each lesson has reached and whether all were reached together. What cannot be
// read is not guessed at: the learner is told, and starts fresh.

export const PROGRESS_KEY = 'podlab.progress.v1';

export interface LessonProgress {
  /** Goal ids reached at least once. */
  goals: string[];
  /** Every goal held at the same moment: the lesson is done. */
  done: boolean;
}

/** Per lesson id (`02`). A lesson with an entry was started. */
export type Progress = Readonly<Record<string, LessonProgress>>;

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** `unreadable`: something was saved but it is not progress we can read; `unavailable`: no storage. */
export type ProgressStatus = 'ok' | 'unreadable' | 'unavailable';

const LESSON_ID = /^\d{2}$/;

function isLessonProgress(v: unknown): v is LessonProgress {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return typeof p.done === 'boolean' && Array.isArray(p.goals) && p.goals.every((g) => typeof g === 'string');
}

/** Parse what was saved; undefined when it is not progress this version writes. */
export function parseProgress(text: string): Progress | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const lessons = (raw as { lessons?: unknown }).lessons;
  if (typeof lessons !== 'object' || lessons === null || Array.isArray(lessons)) return undefined;
  const out: Record<string, LessonProgress> = {};
  for (const [id, p] of Object.entries(lessons)) {
    if (!LESSON_ID.test(id) || !isLessonProgress(p)) return undefined;
    out[id] = { goals: [...p.goals], done: p.done };
  }
  return out;
}

/** What is saved, or a fresh start (saved at once, so the damaged value is gone). */
export function readProgress(storage: StorageLike | undefined): {
  progress: Progress;
  status: ProgressStatus;
} {
  let text: string | null;
  try {
    if (!storage) return { progress: {}, status: 'unavailable' };
    text = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: {}, status: 'unavailable' };
  }
  if (text === null) return { progress: {}, status: 'ok' };
  const progress = parseProgress(text);
  if (progress) return { progress, status: 'ok' };
  writeProgress(storage, {});
  return { progress: {}, status: 'unreadable' };
}

/** Save; false when the browser refuses (private mode, quota). */
export function writeProgress(storage: StorageLike | undefined, progress: Progress): boolean {
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify({ lessons: progress }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** The lesson was opened: it counts as started. */
export function started(p: Progress, id: string): Progress {
  return p[id] ? p : { ...p, [id]: { goals: [], done: false } };
}

/** Goals reached now are added to those reached before; all of them at once makes it done. */
export function reached(p: Progress, id: string, goals: readonly { id: string; done: boolean }[]): Progress {
  const before = p[id] ?? { goals: [], done: false };
  const now = goals.filter((g) => g.done).map((g) => g.id);
  const union = [...before.goals, ...now.filter((g) => !before.goals.includes(g))];
  const done = before.done || (goals.length > 0 && now.length === goals.length);
  if (union.length === before.goals.length && done === before.done && p[id]) return p;
  return { ...p, [id]: { goals: union, done } };
}

/** Reset: the lesson starts over. */
export function cleared(p: Progress, id: string): Progress {
  return { ...p, [id]: { goals: [], done: false } };
}

export type LessonStatus = 'done' | 'started' | 'new';

export function statusOf(p: Progress, id: string): LessonStatus {
  const e = p[id];
  return e?.done ? 'done' : e ? 'started' : 'new';
}
