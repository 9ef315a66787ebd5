/**
 * What the app imports from the lessons: the list, the parser for a lesson's text, link
 * targets, predict reveals and goal evaluation. The checks (./check) are for Node and tests.
 */
export { LESSONS, findLesson } from './lessons';
export { parseLesson } from './parse';
export { resolveLink } from './links';
export { isRevealed, traceEventMatches, type RevealSince } from './predict';
export { evaluateGoals, stateOf, defineGoals } from './goals';
export { LESSON_SEED, LANGS } from './types';
export type {
  Lang,
  LessonDoc,
  LessonGoals,
  LessonLink,
  LessonMeta,
  LessonProblem,
  LessonSource,
  LessonState,
  LinkUse,
  ParseResult,
  PredictBlock,
  RevealCondition,
  RunBlock,
  Segment,
  TraceMatch,
} from './types';
