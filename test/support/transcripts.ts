import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox } from '../../src/engine/sandbox';
import { runTranscript } from '../../src/engine/sandbox/transcript';

/**
 * Directives a transcript script may start with, as comments:
 *   # seed: 7
 *   # scenario: two-workers.yaml      (a file in test/transcripts/scenarios/)
 */
export function directives(script: string): { seed: number | string; scenario?: string } {
  const seed = /^# seed: (\S+)$/m.exec(script)?.[1];
  const scenario = /^# scenario: (\S+)$/m.exec(script)?.[1];
  return { seed: seed === undefined ? 1 : /^\d+$/.test(seed) ? Number(seed) : seed, ...(scenario ? { scenario } : {}) };
}

/** Run a transcript script the way `npm run sim` does, honouring its directives. */
export function transcriptOf(dir: string, script: string): string {
  const d = directives(script);
  const scenario = d.scenario ? readFileSync(join(dir, 'scenarios', d.scenario), 'utf8') : undefined;
  const sb = createSandbox({ seed: d.seed, ...(scenario !== undefined ? { scenario } : {}) });
  return runTranscript(sb, script).transcript;
}
