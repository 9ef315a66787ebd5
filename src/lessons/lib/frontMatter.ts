import { parse } from 'yaml';
import type { LessonMeta, LessonProblem, ParseResult } from './types';

export interface Split {
  /** The YAML between the `---` lines. */
  yaml: string;
  body: string;
  /** The line (1-based) where the body starts in the file. */
  bodyLine: number;
}

/** Cut `---\n…\n---\n` off the top of a Markdown file. */
export function splitFrontMatter(text: string): Split | undefined {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) return undefined;
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

const GOAL_ID = /^[a-z][a-z0-9-]*$/;

/** Parse and check the front matter: title, summary, minutes, goals [{id, text}], hints [text]. */
export function parseMeta(yaml: string, where: string): ParseResult<LessonMeta> {
  let raw: unknown;
  try {
    raw = parse(yaml);
  } catch (e) {
    return fail(where, `front matter is not valid YAML: ${(e as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail(where, 'front matter must be a YAML mapping');
  const r = raw as Record<string, unknown>;
  const problems: string[] = [];
  const known = ['title', 'summary', 'minutes', 'goals', 'hints'];
  for (const k of Object.keys(r))
    if (!known.includes(k)) problems.push(`front matter: unknown field "${k}" (known: ${known.join(', ')})`);
  if (!nonEmpty(r.title)) problems.push('front matter: title must be a non-empty string');
  if (!nonEmpty(r.summary)) problems.push('front matter: summary must be a non-empty string');
  if (typeof r.minutes !== 'number' || r.minutes < 5 || r.minutes > 15)
    problems.push('front matter: minutes must be a number from 5 to 15');
  const goals = readGoals(r.goals, problems);
  const hints =
    Array.isArray(r.hints) && r.hints.length > 0 && r.hints.every(nonEmpty)
      ? (r.hints as string[])
      : undefined;
  if (!hints) problems.push('front matter: hints must be a non-empty list of strings');
  if (problems.length > 0)
    return { ok: false, problems: problems.map((message) => ({ where, line: 1, message })) };
  return {
    ok: true,
    value: {
      title: r.title as string,
      summary: r.summary as string,
      minutes: r.minutes as number,
      goals,
      hints: hints!,
    },
  };
}

function readGoals(raw: unknown, problems: string[]): LessonMeta['goals'] {
  if (!Array.isArray(raw) || raw.length === 0) {
    problems.push('front matter: goals must be a non-empty list of {id, text}');
    return [];
  }
  const goals: LessonMeta['goals'] = [];
  for (const [i, g] of raw.entries()) {
    const item = (typeof g === 'object' && g !== null ? g : {}) as Record<string, unknown>;
    if (typeof item.id !== 'string' || !GOAL_ID.test(item.id))
      problems.push(`front matter: goals[${i}].id must be kebab-case (a-z, 0-9, -)`);
    else if (goals.some((x) => x.id === item.id))
      problems.push(`front matter: goals[${i}].id "${item.id}" is used twice`);
    if (!nonEmpty(item.text)) problems.push(`front matter: goals[${i}].text must be a non-empty string`);
    goals.push({ id: String(item.id), text: String(item.text) });
  }
  return goals;
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function fail<T>(where: string, message: string): ParseResult<T> {
  const p: LessonProblem = { where, line: 1, message };
  return { ok: false, problems: [p] };
}
