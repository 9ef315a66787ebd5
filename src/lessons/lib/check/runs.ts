/**
 * Checks that need the cluster: in a fresh sandbox of the lesson's scenario every runnable
 * block does what the text says (exit 0, or an error for `sh run fails`), every predict
 * block gets its reveal, and the goals go from all false to all true with solution.sh.
 */
import { createSandbox, type Sandbox } from '../../../engine';
import { parseScriptRaw } from '../../../engine/shell';
import { stateOf } from '../goals';
import { resolveLink } from '../links';
import { isRevealed } from '../predict';
import {
  LESSON_SEED,
  type Lang,
  type LessonDoc,
  type LessonProblem,
  type LessonSource,
  type LessonState,
} from '../types';

/** Virtual time a learner takes between two *Run* presses (reading, clicking). */
export const READING_PAUSE_MS = 2_000;
/** Virtual time let pass after the last command before goals and reveals are judged. */
export const SETTLE_MS = 120_000;

function sandboxFor(src: LessonSource, problems: LessonProblem[]): Sandbox | undefined {
  try {
    return createSandbox({ seed: LESSON_SEED, scenario: src.scenario });
  } catch (e) {
    problems.push({ where: `${src.folder}/scenario.yaml`, message: (e as Error).message });
    return undefined;
  }
}

/** Run the lesson's runnable blocks in order, as a learner pressing *Run* would. */
export function checkRunnableBlocks(src: LessonSource, docs: Record<Lang, LessonDoc>): LessonProblem[] {
  const problems: LessonProblem[] = [];
  const sb = sandboxFor(src, problems);
  if (!sb) return problems;
  const since: { seq: number; commands: number }[] = [];
  for (const [i, b] of docs.en.runs.entries()) {
    since[i] = { seq: sb.trace.length, commands: sb.commands.length };
    const r = sb.run(b.command);
    const ok = b.fails ? r.exitCode !== 0 : r.exitCode === 0;
    if (!ok) {
      const where = `${src.folder} runnable block ${b.index} (en.md line ${b.line}, zh.md line ${docs.zh.runs[i]?.line ?? '?'})`;
      const want = b.fails
        ? 'should fail (it is marked `sh run fails`) but exited 0'
        : `exited ${r.exitCode}`;
      problems.push({ where, message: `\`${b.command}\` ${want}:\n${indent(r.output)}` });
    }
    sb.advance(READING_PAUSE_MS);
  }
  sb.advance(SETTLE_MS);
  problems.push(...checkWalkLinks(src, docs, sb));
  const state = stateOf(sb);
  for (const lang of ['en', 'zh'] as const) {
    for (const p of docs[lang].predicts) {
      const from = since[p.after] ?? { seq: state.trace.length, commands: state.commands.length };
      if (!isRevealed(p.reveal, state, from, docs[lang].runs)) {
        problems.push({
          where: `${src.folder}/${lang}.md`,
          line: p.line,
          message: `predict block never reveals: nothing matched ${JSON.stringify(p.reveal)} after runnable block ${p.after}`,
        });
      }
    }
  }
  return problems;
}

/** `#walk-node-1-w3` names the walk the trace calls `node-1/w3`; the link must reach a walk
 *  the lesson's own commands make, or the network view would open on nothing. */
function checkWalkLinks(src: LessonSource, docs: Record<Lang, LessonDoc>, sb: Sandbox): LessonProblem[] {
  const made = new Set<string>();
  for (const e of sb.trace) if (e.kind === 'packet.hop' && typeof e.detail?.walk === 'string') made.add(e.detail.walk);
  const problems: LessonProblem[] = [];
  for (const lang of ['en', 'zh'] as const) {
    for (const l of docs[lang].links) {
      const link = resolveLink(l.href);
      if (link?.kind !== 'walk') continue;
      const m = /^(.+)-(w\d+)$/.exec(link.id);
      if (m && made.has(`${m[1]}/${m[2]}`)) continue;
      const known = [...made].map((w) => `#walk-${w.replace('/', '-')}`).join(', ') || 'none';
      problems.push({ where: `${src.folder}/${lang}.md`, line: l.line, message: `link [${l.text}](${l.href}) names a packet walk the lesson's commands do not make (they make: ${known})` });
    }
  }
  return problems;
}

/** Goals are all false in the fresh scenario and all true once solution.sh has run. */
export function checkGoals(src: LessonSource, doc: LessonDoc): LessonProblem[] {
  const problems: LessonProblem[] = [];
  const where = `${src.folder}/goals.ts`;
  const sb = sandboxFor(src, problems);
  if (!sb) return problems;
  for (const g of doc.meta.goals) {
    const v = judge(src, g.id, stateOf(sb));
    if (v !== false)
      problems.push({
        where,
        message: `goal "${g.id}" is ${v === true ? 'already true' : `broken (${v})`} before the learner has done anything`,
      });
  }
  const parsed = parseScriptRaw(src.solution);
  if (!parsed.ok)
    return [
      ...problems,
      { where: `${src.folder}/solution.sh`, message: `the shell cannot parse it: ${parsed.error}` },
    ];
  for (const command of parsed.script.source) {
    const r = sb.run(command);
    if (r.exitCode !== 0)
      problems.push({
        where: `${src.folder}/solution.sh`,
        message: `\`${command}\` exited ${r.exitCode}:\n${indent(r.output)}`,
      });
    sb.advance(READING_PAUSE_MS);
  }
  sb.advance(SETTLE_MS);
  const end = stateOf(sb);
  for (const g of doc.meta.goals) {
    const v = judge(src, g.id, end);
    if (v !== true)
      problems.push({
        where,
        message: `goal "${g.id}" is ${v === false ? 'still false' : `broken (${v})`} after solution.sh`,
      });
  }
  return problems;
}

/** true/false, or the error a predicate threw. */
function judge(src: LessonSource, id: string, state: LessonState): boolean | string {
  try {
    return src.goals[id]?.(state) ?? 'no predicate';
  } catch (e) {
    return (e as Error).message;
  }
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
