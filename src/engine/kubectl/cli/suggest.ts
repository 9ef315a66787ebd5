/**
 * cobra's "Did you mean this?" for a mistyped command: a command is suggested when
 * its name is within Levenshtein distance 2 of what was typed (ignoring case), starts
 * with it, or lists it in SuggestFor (kubectl: `rm` → delete, `list`/`ps` → get, wait).
 * Suggestions keep the order the commands were added to the root command.
 */

export type SuggestionCandidate = string | { name: string; suggestFor?: readonly string[] };

/** cobra's ld(): classic Levenshtein distance, case-insensitive. */
export function levenshtein(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[t.length] ?? 0;
}

/** cobra's SuggestionsMinimumDistance default. */
const MIN_DISTANCE = 2;

export function suggestionsFor(typed: string, candidates: readonly SuggestionCandidate[]): string[] {
  const out: string[] = [];
  for (const c of candidates) {
    const name = typeof c === 'string' ? c : c.name;
    const close = levenshtein(typed, name) <= MIN_DISTANCE;
    const prefix = name.toLowerCase().startsWith(typed.toLowerCase());
    if (close || prefix) out.push(name);
    if (typeof c !== 'string') {
      for (const s of c.suggestFor ?? []) if (s.toLowerCase() === typed.toLowerCase()) out.push(name);
    }
  }
  return out;
}

/**
 * What kubectl prints on stderr for `kubectl gett` (without the final newline):
 * cobra's error with its suggestion block, prefixed `error: ` by kubectl's CheckErr.
 * kubectl does not add cobra's `Run 'kubectl --help' for usage.` line.
 */
export function unknownCommandText(
  typed: string,
  root: string,
  candidates: readonly SuggestionCandidate[],
): string {
  const suggestions = suggestionsFor(typed, candidates);
  const head = `error: unknown command ${JSON.stringify(typed)} for ${JSON.stringify(root)}`;
  if (suggestions.length === 0) return head;
  return `${head}\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}`).join('\n')}`;
}
