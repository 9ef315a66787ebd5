// Whether a typed text is a whole command yet. Its own module, with nothing but the parser
// under it: the terminal asks it for every line from the first key, before the rest of the
// engine has loaded (a heredoc typed while the page loads is kept whole).
import { parseRaw } from './parser';

/**
 * Whether the terminal should show the continuation prompt (`> `) instead of running
 * the text: an open quote, a trailing `\`, `&&`/`||`/`|` at the end, a heredoc whose
 * delimiter line has not been typed yet.
 */
export function isIncomplete(text: string): boolean {
  if (endsWithContinuation(text)) return true;
  const raw = parseRaw(text);
  if (!raw.ok) return raw.incomplete;
  return raw.script.warnings.some((w) => w.includes('here-document'));
}

/**
 * An odd run of backslashes at the very end (optionally before one newline): outside
 * quotes that is a line continuation, inside quotes the quote is open anyway.
 */
function endsWithContinuation(text: string): boolean {
  const m = /(\\+)\n?$/.exec(text);
  return m !== null && (m[1]?.length ?? 0) % 2 === 1;
}
