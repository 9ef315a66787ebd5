/**
 * The same string, stored flat. V8 keeps a string built with `+` or a template literal as
 * a tree of its parts until something reads its characters; a string the cluster keeps for
 * the whole run (a uid, a log line, a request line in the trace) is flattened once when it
 * is made, so its parts are garbage at once instead of being copied by every collection
 * that finds them alive. Reading one character is what makes V8 flatten it in place.
 */
export function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}
