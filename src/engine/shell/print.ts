/**
 * A list as bash prints it back (make_command_string, what `jobs` shows): words as typed,
 * one space between them, a redirection's operator then its target (`2> /dev/null`),
 * `&&`, `||` and `|` between the parts.
 */
import type { RawAndOrList, RawCommand, RawPipeline, RawRedirect } from './types';

function redirectText(r: RawRedirect): string {
  if (r.op === '2>&1') return '2>&1';
  if (r.op === '>&2') return '1>&2';
  return `${r.op} ${r.target?.text ?? ''}`;
}

function commandText(c: RawCommand): string {
  const assignments = c.assignments.map((a) => `${a.name}=${a.value.text}`);
  return [...assignments, ...c.words.map((w) => w.text), ...c.redirects.map(redirectText)].join(' ');
}

/** A pipeline's text, as `jobs` shows a job that is one pipeline of a longer line (stopped by Ctrl-Z). */
export function pipelineText(p: RawPipeline): string {
  return (p.negated ? '! ' : '') + p.commands.map(commandText).join(' | ');
}

/** The list's text, or undefined when it carries a heredoc (bash would print its body too). */
export function listText(list: RawAndOrList): string | undefined {
  const pipelines = [list.first, ...list.rest.map((r) => r.pipeline)];
  if (pipelines.some((p) => p.commands.some((c) => c.stdin !== undefined))) return undefined;
  return pipelineText(list.first) + list.rest.map((r) => ` ${r.op} ${pipelineText(r.pipeline)}`).join('');
}
