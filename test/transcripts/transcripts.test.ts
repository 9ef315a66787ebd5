// Golden transcripts: each *.sh here runs against a fresh sandbox and must print exactly
// its *.out. Regenerate after an intended change with `UPDATE_TRANSCRIPTS=1 npx vitest run
// test/transcripts`, then read the diff as a learner would before committing it.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { transcriptOf } from '../support/transcripts';

const dir = dirname(fileURLToPath(import.meta.url));
const scripts = readdirSync(dir).filter((f) => f.endsWith('.sh')).sort();
const update = process.env.UPDATE_TRANSCRIPTS === '1';

describe('golden transcripts', () => {
  it('has transcripts to check', () => {
    expect(scripts.length).toBeGreaterThan(0);
  });
  for (const name of scripts) {
    it(name, () => {
      const script = readFileSync(join(dir, name), 'utf8');
      const actual = transcriptOf(dir, script);
      const expectedPath = join(dir, name.replace(/\.sh$/, '.out'));
      if (update) writeFileSync(expectedPath, actual);
      expect(existsSync(expectedPath), `${expectedPath} is missing; run with UPDATE_TRANSCRIPTS=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
