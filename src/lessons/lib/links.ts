import type { LessonLink, LinkUse } from './types';

/**
 * What a link in lesson text drives: `#step-5` moves the stage to step 5 of the last flow,
 * `#walk-<id>` opens the network view on a packet walk, `#lesson-03` opens another lesson.
 * Anything else must be an https address; undefined means the link is not one of these.
 */
export function resolveLink(href: string): LessonLink | undefined {
  let m = /^#step-(\d+)$/.exec(href);
  if (m) return { kind: 'step', step: Number(m[1]) };
  m = /^#walk-([a-z0-9][a-z0-9-]*)$/.exec(href);
  if (m) return { kind: 'walk', id: m[1]! };
  m = /^#lesson-(\d{2})$/.exec(href);
  if (m) return { kind: 'lesson', id: m[1]! };
  if (/^https:\/\/[^\s]+$/.test(href)) return { kind: 'external', href };
  return undefined;
}

const LINK = /\[([^\]]*)\]\(([^)\s]*)\)/g;

/** Every `[text](href)` on one line of prose, outside inline code. */
export function findLinks(line: string, lineNo: number): LinkUse[] {
  const prose = line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
  return [...prose.matchAll(LINK)].map((m) => ({ text: m[1]!, href: m[2]!, line: lineNo }));
}
