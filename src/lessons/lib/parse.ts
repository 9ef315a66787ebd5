import { parseMeta, splitFrontMatter } from './frontMatter';
import { findLinks } from './links';
import { parsePredict } from './predict';
import type { LessonDoc, LessonProblem, ParseResult, PredictBlock, RunBlock, Segment } from './types';

interface Fence {
  marker: string;
  info: string;
  line: number;
  lines: string[];
}

/**
 * Parse one language's lesson file: front matter, then the body cut into Markdown,
 * runnable (```` ```sh run ````) and predict (```` ```predict ````) segments. Pure: the
 * browser calls it on `?raw` text, the checks on files read from disk.
 */
export function parseLesson(text: string, where = 'lesson'): ParseResult<LessonDoc> {
  const split = splitFrontMatter(text);
  if (!split)
    return {
      ok: false,
      problems: [
        { where, line: 1, message: 'the file must start with front matter between two `---` lines' },
      ],
    };
  const meta = parseMeta(split.yaml, where);
  const body = parseBody(split.body, split.bodyLine, where);
  const problems = [...(meta.ok ? [] : meta.problems), ...body.problems];
  if (!meta.ok || problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { meta: meta.value, ...body.doc } };
}

type Body = Omit<LessonDoc, 'meta'>;

function parseBody(body: string, firstLine: number, where: string): { doc: Body; problems: LessonProblem[] } {
  const doc: Body = { segments: [], runs: [], predicts: [], links: [] };
  const problems: LessonProblem[] = [];
  let prose: string[] = [];
  let proseLine = firstLine;
  let fence: Fence | undefined;
  const flush = (nextLine: number) => {
    const text = prose.join('\n').trim();
    if (text !== '') doc.segments.push({ kind: 'markdown', text, line: proseLine });
    prose = [];
    proseLine = nextLine;
  };
  for (const [i, line] of body.split('\n').entries()) {
    const lineNo = firstLine + i;
    if (fence) {
      if (closes(line, fence.marker)) {
        if (isSpecial(fence.info)) {
          const segment = closeFence(fence, doc, where, problems);
          flush(lineNo + 1);
          if (segment) doc.segments.push(segment);
        } else prose.push(line);
        fence = undefined;
      } else {
        fence.lines.push(line);
        if (!isSpecial(fence.info)) prose.push(line);
      }
      continue;
    }
    const open = /^(`{3,}|~{3,})\s*(.*)$/.exec(line);
    if (open) {
      fence = { marker: open[1]!, info: open[2]!.trim(), line: lineNo, lines: [] };
      if (!isSpecial(fence.info)) prose.push(line);
      continue;
    }
    prose.push(line);
    doc.links.push(...findLinks(line, lineNo));
  }
  if (fence) problems.push({ where, line: fence.line, message: 'code block is never closed' });
  flush(firstLine);
  return { doc, problems };
}

function closes(line: string, marker: string): boolean {
  const t = line.trim();
  return t.length >= marker.length && t === marker[0]!.repeat(t.length);
}

/** A runnable or predict block: lifted out of the Markdown. */
function isSpecial(info: string): boolean {
  const words = info.split(/\s+/);
  return words[0] === 'predict' || (words[0] === 'sh' && words.includes('run'));
}

/** Turn a runnable or predict fence into its segment; undefined (and a problem) when it is wrong. */
function closeFence(fence: Fence, doc: Body, where: string, problems: LessonProblem[]): Segment | undefined {
  const problem = (message: string) => problems.push({ where, line: fence.line, message });
  if (fence.info.startsWith('predict')) {
    if (fence.info !== 'predict')
      problem(`predict block: unexpected words after \`predict\`: "${fence.info}"`);
    const p = parsePredict(fence.lines.join('\n'));
    if (typeof p === 'string') return void problem(p);
    const block: PredictBlock = { ...p, after: doc.runs.length, line: fence.line };
    doc.predicts.push(block);
    return { kind: 'predict', block };
  }
  const flags = fence.info.split(/\s+/).slice(1);
  const unknown = flags.filter((f) => f !== 'run' && f !== 'fails');
  if (unknown.length > 0 || flags[0] !== 'run')
    problem(`runnable block: write \`sh run\` or \`sh run fails\`, not "${fence.info}"`);
  const command = fence.lines.join('\n').trim();
  if (command === '') return void problem('runnable block is empty');
  const block: RunBlock = {
    index: doc.runs.length + 1,
    command,
    fails: flags.includes('fails'),
    line: fence.line,
  };
  doc.runs.push(block);
  return { kind: 'run', block };
}
