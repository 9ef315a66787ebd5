// Errors as kubectl's Go code carries them to cmdutil.CheckErr: the API server's, worded
// by StandardErrorMessage (`Error from server (NotFound): nodes "x" not found`); kubectl's
// own, printed with `error: `; and apimachinery's aggregates, whose Error() is `[a, b]` and
// which CheckErr prints one bare line per error (MultipleErrors).
import type { ApiResponse } from '../api/protocol';
import { responseError } from './commands/resourceArgs';

export interface GoError {
  /** err.Error(): what `%v` prints. */
  message: string;
  /** StandardErrorMessage's wording, for an error from the API server. */
  standard?: string;
  /** Set for an aggregate (utilerrors.NewAggregate). */
  errors?: GoError[];
}

export function plainError(message: string): GoError {
  return { message };
}

/** A failed response: `%v` is the Status message, CheckErr says `Error from server (Reason): …`. */
export function serverError(res: ApiResponse): GoError {
  return { message: res.status?.message ?? 'unknown error', standard: responseError(res) };
}

/** utilerrors.NewAggregate: nil for none; Error() is the one message, or `[a, b]` without repeats. */
export function aggregate(errors: GoError[]): GoError | undefined {
  if (errors.length === 0) return undefined;
  const messages = [...new Set(errors.map((e) => e.message))];
  return { message: messages.length === 1 ? messages[0]! : `[${messages.join(', ')}]`, errors };
}

/** What CheckErr writes to stderr for `err`, newline-terminated. */
export function checkErrText(err: GoError): string {
  const one = err.errors?.length === 1 ? err.errors[0]! : err;
  if (one.errors) return one.errors.map((e) => messageForError(e) + '\n').join('');
  if (one.standard) return one.standard + '\n';
  return (one.message.startsWith('error: ') ? one.message : `error: ${one.message}`) + '\n';
}

function messageForError(err: GoError): string {
  return err.standard ?? err.message;
}

/** cmdutil.UsageErrorf: the message and where to look for help. */
export function usageError(message: string, commandPath: string): GoError {
  return plainError(`${message}\nSee '${commandPath} -h' for help and examples`);
}
