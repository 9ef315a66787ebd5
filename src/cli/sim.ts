// `npm run sim -- [--seed N] [--scenario FILE] [--files DIR] [--trace FILE] script.sh`
// Runs a script against a fresh simulated cluster and prints the transcript.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createSandbox } from '../engine/sandbox';
import { runTranscript } from '../engine/sandbox/transcript';
import { loadScenario } from '../engine/scenario/load';
import { defaultScenario } from '../engine/scenario/default';
import { traceToJsonLines } from '../engine/runtime/trace';
import { loadEngineParts } from '../engine/parts';

interface Options {
  seed: string;
  scenario?: string;
  files?: string;
  trace?: string;
  script?: string;
}

const USAGE = 'usage: npm run sim -- [--seed N] [--scenario FILE] [--files DIR] [--trace FILE] script.sh';

function parse(argv: string[]): Options | string {
  const o: Options = { seed: '1' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (a === '--seed') o.seed = value();
    else if (a === '--scenario') o.scenario = value();
    else if (a === '--files') o.files = value();
    else if (a === '--trace') o.trace = value();
    else if (a === '-h' || a === '--help') return USAGE;
    else if (a.startsWith('-')) return `sim: unknown option ${a}\n${USAGE}`;
    else o.script = a;
  }
  return o.script ? o : USAGE;
}

/** Every file under `dir`, by path relative to it: a teacher's folder of manifests. */
function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function main(): number {
  const o = parse(process.argv.slice(2));
  if (typeof o === 'string') {
    process.stderr.write(o + '\n');
    return 2;
  }
  let scenario = defaultScenario();
  if (o.scenario) {
    const loaded = loadScenario(readFileSync(o.scenario, 'utf8'));
    if (!loaded.ok) {
      process.stderr.write(loaded.error + '\n');
      return 2;
    }
    scenario = loaded.scenario;
  }
  if (o.files) scenario = { ...scenario, laptop: { ...scenario.laptop, files: { ...scenario.laptop.files, ...readTree(o.files) } } };
  const seed = /^\d+$/.test(o.seed) ? Number(o.seed) : o.seed;
  const sb = createSandbox({ seed, scenario });
  const { transcript, exitCode } = runTranscript(sb, readFileSync(o.script!, 'utf8'));
  process.stdout.write(transcript);
  if (o.trace) writeFileSync(o.trace, traceToJsonLines(sb.trace));
  return exitCode;
}

// A script may run any command: the whole engine is loaded first.
await loadEngineParts();
process.exitCode = main();
