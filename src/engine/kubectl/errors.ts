// How kubectl prints an error the API server returned (cmdutil.CheckErr): a 422 Invalid
// becomes `The Pod "x" is invalid: …` built from the causes, one per line when there are
// several; anything else is `Error from server (Reason): <message>`, where commands that
// read files first prefix the message with `error when creating "pod.yaml": `
// (cmdutil.AddSourceToErr).
import type { ApiStatus, StatusCause } from '../api/objects';

export interface ErrorContext {
  verbing: 'creating' | 'applying' | 'patching' | 'replacing' | 'deleting';
  /** The file the object came from as given (`-` for stdin) or as kubectl names it (`STDIN`). */
  source: string;
  /** For `applying` an existing object: the patch sent and the object it targeted (`info.String()`). */
  patch?: string;
  target?: string;
}

function quote(s: string): string {
  return JSON.stringify(s);
}

/** statusCausesToAggrError: `field: message` per cause, repeats dropped. */
function causeLines(causes: StatusCause[]): string[] {
  const seen = new Set<string>();
  for (const c of causes) seen.add(`${c.field ?? ''}: ${c.message}`);
  return [...seen];
}

/** MultilineError: one cause on the same line, several as a `* ` list under the heading. */
function invalidText(status: ApiStatus): string {
  const details = status.details;
  if (!details) return 'The request is invalid';
  let heading = 'The request is invalid';
  if (details.kind || details.name) heading = `The ${details.kind ?? ''} ${quote(details.name ?? '')} is invalid`;
  const lines = causeLines(details.causes ?? []);
  if (lines.length === 0) return heading;
  if (lines.length === 1) return `${heading}: ${lines[0]}`;
  return [`${heading}: `, ...lines.map((l) => `* ${l}`)].join('\n');
}

function withSource(message: string, ctx: ErrorContext | undefined): string {
  if (!ctx || !ctx.source) return message;
  const source = quote(ctx.source === '-' ? 'STDIN' : ctx.source);
  if (ctx.verbing === 'applying') {
    return `error when applying patch:\n${ctx.patch ?? '{}'}\nto:\n${ctx.target ?? ''}\nfor: ${source}: ${message}`;
  }
  return `error when ${ctx.verbing} ${source}: ${message}`;
}

/** The text kubectl prints for a failed request, without the trailing newline. */
export function kubectlErrorText(status: ApiStatus, context?: ErrorContext): string {
  if (status.reason === 'Invalid' && status.code === 422) return invalidText(status);
  const message = withSource(status.message, context);
  if (status.reason === 'Unauthorized') return `error: You must be logged in to the server (${message})`;
  if (status.reason) return `Error from server (${status.reason}): ${message}`;
  return `Error from server: ${message}`;
}
