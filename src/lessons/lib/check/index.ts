/**
 * Everything `npm run lessons:check` and test/lessons verify about a lesson. Pure over the
 * lesson's sources, so the Node script (files read from disk) and Vitest (`?raw` imports)
 * share it.
 */
import type { LessonProblem, LessonSource } from '../types';
import { checkGoals, checkRunnableBlocks } from './runs';
import { checkTexts, type TextCheckOptions } from './texts';

export { checkTexts, type TextCheckOptions } from './texts';
export { checkGoals, checkRunnableBlocks, READING_PAUSE_MS, SETTLE_MS } from './runs';

/** All checks of one lesson; an empty list means it is sound. */
export function checkLesson(src: LessonSource, opts: TextCheckOptions): LessonProblem[] {
  const texts = checkTexts(src, opts);
  if (!texts.docs) return texts.problems;
  return [...texts.problems, ...checkRunnableBlocks(src, texts.docs), ...checkGoals(src, texts.docs.en)];
}

/** `01-what-is-a-pod/zh.md:12: message` — where first, as compilers print it. */
export function formatProblem(p: LessonProblem): string {
  return `${p.where}${p.line !== undefined ? `:${p.line}` : ''}: ${p.message}`;
}
