// Parts of the engine that few commands need and that weigh more than the rest of a first
// command's path: `kubectl explain`'s API documentation (~290 KB, 70 KB gzip) is one. The
// browser loads them after the learner's first command has printed, or before a command
// line that needs them (src/ui/lib/engine.ts); Node loads them before any sandbox runs
// (test/setup.ts, src/cli/sim.ts). A command reads a part synchronously, so whichever way
// it was loaded, the cluster behaves the same on the same virtual time.
import type { EXPLAIN_DOCS } from './kubectl/commands/explain/generated/docs';

type ExplainDocs = typeof EXPLAIN_DOCS;

let explainDocs: ExplainDocs | undefined;
let loading: Promise<void> | undefined;

/** Load every part (once); resolves when a command may use any of them. */
export function loadEngineParts(): Promise<void> {
  loading ??= import('./kubectl/commands/explain/generated/docs').then((m) => {
    explainDocs = m.EXPLAIN_DOCS;
  });
  return loading;
}

export function enginePartsLoaded(): boolean {
  return explainDocs !== undefined;
}

/**
 * Whether a shell line may run a command that reads a part: `kubectl explain`, or a word
 * the shell builds as it runs (a variable, a command substitution) that could spell it.
 */
export function needsEngineParts(line: string): boolean {
  return /explain|[$`]/.test(line);
}

/** `kubectl explain`'s docs: per API type, its description and its fields' docs. */
export function explainDocsPart(): ExplainDocs {
  if (!explainDocs) throw new Error("kubectl explain's documentation is not loaded yet (loadEngineParts)");
  return explainDocs;
}
