import { parse } from 'yaml';
import type { TraceEvent } from '../../engine';
import type { PredictBlock, RevealCondition, RunBlock, TraceMatch } from './types';

type Fields = Omit<PredictBlock, 'after' | 'line'>;

/** Read the YAML inside a ```` ```predict ```` block; a string is the problem found. */
export function parsePredict(yaml: string): Fields | string {
  let raw: unknown;
  try {
    raw = parse(yaml);
  } catch (e) {
    return `predict block is not valid YAML: ${(e as Error).message}`;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return 'predict block must be a YAML mapping';
  const r = raw as Record<string, unknown>;
  const known = ['question', 'choices', 'answer', 'why', 'reveal'];
  const unknown = Object.keys(r).find((k) => !known.includes(k));
  if (unknown) return `predict block: unknown field "${unknown}" (known: ${known.join(', ')})`;
  for (const k of ['question', 'answer', 'why'] as const) {
    if (typeof r[k] !== 'string' || (r[k] as string).trim() === '')
      return `predict block: ${k} must be a non-empty string`;
  }
  let choices: string[] | undefined;
  if (r.choices !== undefined) {
    if (!Array.isArray(r.choices) || r.choices.length < 2 || !r.choices.every((c) => typeof c === 'string'))
      return 'predict block: choices must be a list of at least two strings';
    choices = r.choices as string[];
    if (!choices.includes(r.answer as string))
      return `predict block: answer "${String(r.answer)}" is not one of the choices`;
  }
  const reveal = parseReveal(r.reveal);
  if (typeof reveal === 'string') return reveal;
  return {
    question: r.question as string,
    ...(choices ? { choices } : {}),
    answer: r.answer as string,
    why: r.why as string,
    reveal,
  };
}

const MATCH_FIELDS = ['kind', 'step', 'from', 'to', 'ref'] as const;

export function parseReveal(raw: unknown): RevealCondition | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return 'predict block: reveal must be a mapping such as { kind: binding.create }, { step: 6 } or { command: 2 }';
  const r = raw as Record<string, unknown>;
  if ('command' in r) {
    if (Object.keys(r).length !== 1) return 'predict block: reveal { command: n } takes no other field';
    if (!Number.isInteger(r.command) || (r.command as number) < 1)
      return 'predict block: reveal command must be a runnable block number from 1';
    return { command: r.command as number };
  }
  const unknown = Object.keys(r).find((k) => !(MATCH_FIELDS as readonly string[]).includes(k));
  if (unknown)
    return `predict block: reveal has an unknown field "${unknown}" (known: command, ${MATCH_FIELDS.join(', ')})`;
  if (Object.keys(r).length === 0) return 'predict block: reveal needs at least one field';
  if (r.step !== undefined && (!Number.isInteger(r.step) || (r.step as number) < 1 || (r.step as number) > 9))
    return 'predict block: reveal step must be 1–9';
  for (const k of ['kind', 'from', 'to', 'ref'] as const) {
    if (r[k] !== undefined && typeof r[k] !== 'string') return `predict block: reveal ${k} must be a string`;
  }
  return r as TraceMatch;
}

/** Does one trace event match the pattern? `from`/`to` compare the component (`kubelet/node-1`). */
export function traceEventMatches(e: TraceEvent, m: TraceMatch): boolean {
  if (m.kind !== undefined && e.kind !== m.kind) return false;
  if (m.step !== undefined && e.step !== m.step) return false;
  if (m.from !== undefined && componentMatches(e.from, m.from) === false) return false;
  if (m.to !== undefined && componentMatches(e.to, m.to) === false) return false;
  if (m.ref !== undefined && e.ref?.name !== m.ref) return false;
  return true;
}

/** `kubelet` matches every node's kubelet; `kubelet/node-1` only that one. */
function componentMatches(address: string, want: string): boolean {
  const component = address.split('#')[0]!;
  return component === want || component.split('/')[0] === want;
}

/** Where the learner stood when the question was asked: reveals look only at what comes after. */
export interface RevealSince {
  /** Trace length at that moment: events with a larger `seq` count. */
  seq: number;
  /** How many commands had been started at that moment. */
  commands: number;
}

/**
 * Has the moment to reveal come? For `{ command: n }`: the n-th runnable block's command was
 * started after `since` and is no longer running (`running` says whether the last command
 * is still going). For a trace match: a matching event was recorded after `since`.
 */
export function isRevealed(
  cond: RevealCondition,
  state: { trace: readonly TraceEvent[]; commands: readonly { command: string }[] },
  since: RevealSince,
  runs: readonly RunBlock[],
  running = false,
): boolean {
  if ('command' in cond) {
    const want = runs[cond.command - 1]?.command.trim();
    if (want === undefined) return false;
    const last = state.commands.length - 1;
    return state.commands.some(
      (c, i) => i >= since.commands && c.command.trim() === want && !(running && i === last),
    );
  }
  for (let i = state.trace.length - 1; i >= 0; i--) {
    const e = state.trace[i]!;
    if (e.seq <= since.seq) break;
    if (traceEventMatches(e, cond)) return true;
  }
  return false;
}
