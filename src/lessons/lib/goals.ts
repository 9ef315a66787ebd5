import type { Sandbox } from '../../engine';
import type { GoalPredicate, LessonGoals, LessonMeta, LessonState } from './types';

/** A lesson's goals.ts exports `default defineGoals({ 'goal-id': (s) => … })`. */
export function defineGoals<const T extends Record<string, GoalPredicate>>(goals: T): T {
  return goals;
}

/**
 * The lesson state of a live sandbox at this moment: what goal predicates and reveals look
 * at. The trace and command log are copied, because the sandbox keeps appending to its own.
 */
export function stateOf(sb: Pick<Sandbox, 'snapshot' | 'trace' | 'commands'>): LessonState {
  return { snapshot: sb.snapshot(), trace: sb.trace.slice(), commands: sb.commands.slice() };
}

/**
 * Which goals hold now, in the order the front matter lists them. A predicate that throws
 * counts as not reached (the state it looks at may not exist yet).
 */
export function evaluateGoals(
  meta: LessonMeta,
  goals: LessonGoals,
  state: LessonState,
): { id: string; text: string; done: boolean }[] {
  return meta.goals.map((g) => ({ ...g, done: holds(goals[g.id], state) }));
}

function holds(p: GoalPredicate | undefined, state: LessonState): boolean {
  if (!p) return false;
  try {
    return p(state);
  } catch {
    return false;
  }
}
