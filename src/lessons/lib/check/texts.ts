/**
 * Checks on a lesson's texts alone, no cluster needed: both languages parse, carry the
 * same goals, hints, runnable blocks and predict reveals, and every link resolves.
 */
import { parseScriptRaw } from '../../../engine/shell';
import { resolveLink } from '../links';
import { parseLesson } from '../parse';
import { LANGS, type Lang, type LessonDoc, type LessonProblem, type LessonSource } from '../types';

export interface TextCheck {
  docs?: Record<Lang, LessonDoc>;
  problems: LessonProblem[];
}

export interface TextCheckOptions {
  /** Lesson ids (`01`, `03`) that `#lesson-NN` links may name. */
  lessons: readonly string[];
  /** Packet walk ids `#walk-<id>` may name; any well-formed id while undefined. */
  walks?: readonly string[];
}

export function checkTexts(src: LessonSource, opts: TextCheckOptions): TextCheck {
  const problems: LessonProblem[] = [];
  const parsed: Partial<Record<Lang, LessonDoc>> = {};
  for (const lang of LANGS) {
    const r = parseLesson(src.text[lang], `${src.folder}/${lang}.md`);
    if (r.ok) parsed[lang] = r.value;
    else problems.push(...r.problems);
  }
  for (const lang of LANGS) {
    const doc = parsed[lang];
    if (!doc) continue;
    const where = `${src.folder}/${lang}.md`;
    problems.push(
      ...checkLinks(doc, where, opts),
      ...checkRunBlocks(doc, where),
      ...checkReveals(doc, where),
    );
  }
  if (!parsed.en || !parsed.zh) return { problems };
  const docs = { en: parsed.en, zh: parsed.zh };
  problems.push(...compareLanguages(src.folder, docs), ...checkGoalModule(src, docs.en));
  return { docs, problems };
}

function checkLinks(doc: LessonDoc, where: string, opts: TextCheckOptions): LessonProblem[] {
  const out: LessonProblem[] = [];
  for (const l of doc.links) {
    const link = resolveLink(l.href);
    const bad = (why: string) =>
      out.push({ where, line: l.line, message: `link [${l.text}](${l.href}) ${why}` });
    if (!link) bad('is not #step-N, #walk-<id>, #lesson-NN or an https address');
    else if (link.kind === 'step' && (link.step < 1 || link.step > 9)) bad('names a step outside 1–9');
    else if (link.kind === 'lesson' && !opts.lessons.includes(link.id))
      bad(`names lesson ${link.id}, which does not exist`);
    else if (link.kind === 'walk' && opts.walks && !opts.walks.includes(link.id))
      bad(`names packet walk "${link.id}", which no lesson defines`);
  }
  return out;
}

/** One command per runnable block, as the terminal will run it (a heredoc is one command). */
function checkRunBlocks(doc: LessonDoc, where: string): LessonProblem[] {
  const out: LessonProblem[] = [];
  for (const b of doc.runs) {
    const parsed = parseScriptRaw(b.command);
    if (!parsed.ok)
      out.push({
        where,
        line: b.line,
        message: `runnable block ${b.index}: the shell cannot parse it: ${parsed.error}`,
      });
    else if (parsed.script.source.length !== 1)
      out.push({
        where,
        line: b.line,
        message: `runnable block ${b.index} holds ${parsed.script.source.length} commands; put one command in each block`,
      });
  }
  return out;
}

function checkReveals(doc: LessonDoc, where: string): LessonProblem[] {
  const out: LessonProblem[] = [];
  for (const p of doc.predicts) {
    if (!('command' in p.reveal)) continue;
    const n = p.reveal.command;
    if (n > doc.runs.length)
      out.push({
        where,
        line: p.line,
        message: `predict block reveals after runnable block ${n}, but the lesson has ${doc.runs.length}`,
      });
    else if (n <= p.after)
      out.push({
        where,
        line: p.line,
        message: `predict block reveals after runnable block ${n}, which comes before the question`,
      });
  }
  return out;
}

function compareLanguages(folder: string, d: Record<Lang, LessonDoc>): LessonProblem[] {
  const out: LessonProblem[] = [];
  const both = (message: string, line?: number) =>
    out.push({ where: `${folder} (en.md vs zh.md)`, ...(line ? { line } : {}), message });
  const ids = (doc: LessonDoc) => doc.meta.goals.map((g) => g.id).join(', ');
  if (ids(d.en) !== ids(d.zh)) both(`goal ids differ: en has [${ids(d.en)}], zh has [${ids(d.zh)}]`);
  if (d.en.meta.hints.length !== d.zh.meta.hints.length)
    both(`en has ${d.en.meta.hints.length} hints, zh has ${d.zh.meta.hints.length}`);
  const runs = Math.max(d.en.runs.length, d.zh.runs.length);
  for (let i = 0; i < runs; i++) {
    const en = d.en.runs[i];
    const zh = d.zh.runs[i];
    if (!en || !zh)
      both(`runnable block ${i + 1} exists only in ${en ? 'en' : 'zh'}.md (line ${(en ?? zh)!.line})`);
    else if (en.command !== zh.command || en.fails !== zh.fails)
      both(
        `runnable block ${i + 1} differs: en.md line ${en.line} \`${en.command}\`${en.fails ? ' (fails)' : ''} vs zh.md line ${zh.line} \`${zh.command}\`${zh.fails ? ' (fails)' : ''}`,
      );
  }
  const predicts = Math.max(d.en.predicts.length, d.zh.predicts.length);
  for (let i = 0; i < predicts; i++) {
    const en = d.en.predicts[i];
    const zh = d.zh.predicts[i];
    if (!en || !zh)
      both(`predict block ${i + 1} exists only in ${en ? 'en' : 'zh'}.md (line ${(en ?? zh)!.line})`);
    else if (JSON.stringify(en.reveal) !== JSON.stringify(zh.reveal) || en.after !== zh.after) {
      both(
        `predict block ${i + 1} differs: en.md line ${en.line} reveals ${JSON.stringify(en.reveal)} after block ${en.after}, zh.md line ${zh.line} reveals ${JSON.stringify(zh.reveal)} after block ${zh.after}`,
      );
    } else if ((en.choices?.length ?? 0) !== (zh.choices?.length ?? 0))
      both(
        `predict block ${i + 1} has ${en.choices?.length ?? 0} choices in en.md, ${zh.choices?.length ?? 0} in zh.md`,
      );
  }
  return out;
}

/** goals.ts has exactly one predicate per goal id of the front matter. */
function checkGoalModule(src: LessonSource, en: LessonDoc): LessonProblem[] {
  const where = `${src.folder}/goals.ts`;
  const ids = en.meta.goals.map((g) => g.id);
  const keys = Object.keys(src.goals);
  return [
    ...ids
      .filter((id) => !keys.includes(id))
      .map((id) => ({ where, message: `goal "${id}" has no predicate` })),
    ...keys
      .filter((k) => !ids.includes(k))
      .map((k) => ({ where, message: `predicate "${k}" is not a goal in the front matter` })),
  ];
}
