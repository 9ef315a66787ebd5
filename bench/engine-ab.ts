// Is this tree's engine faster than another revision's? Runs the 1,000-Pod case of
// `npm run bench` for both engines in one process, in interleaved pairs (alternating which
// goes first, a GC before each), and prints each side's runs and the median ratio. On a
// noisy machine separate `npm run bench` runs cannot show a 15% change; pairs run seconds
// apart in one process can. Not a test.
//   npx tsx --expose-gc bench/engine-ab.ts [REV=main] [pairs=8]
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { createSandbox } from '../src/engine';
import type { podList, scaleScenario } from './scale';

interface Engine {
  createSandbox: typeof createSandbox;
  scaleScenario: typeof scaleScenario;
  podList: typeof podList;
}

const repo = resolve(import.meta.dirname, '..');

/** A checkout of `rev` beside the tree (a detached git worktree), sharing its node_modules. */
function checkout(rev: string): string {
  const sha = execFileSync('git', ['-C', repo, 'rev-parse', '--short', rev], { encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), `podlab-ab-${sha}`);
  if (!existsSync(dir)) {
    execFileSync('git', ['-C', repo, 'worktree', 'add', '--detach', dir, sha], { stdio: 'ignore' });
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  }
  return dir;
}

async function load(root: string): Promise<Engine> {
  const engine = (await import(join(root, 'src/engine/index.ts'))) as Pick<Engine, 'createSandbox'>;
  const scale = (await import(join(root, 'bench/scale.ts'))) as Pick<Engine, 'scaleScenario' | 'podList'>;
  return { createSandbox: engine.createSandbox, scaleScenario: scale.scaleScenario, podList: scale.podList };
}

/** `npm run bench`'s 1k case: wall ms from `kubectl create` until every Pod runs. */
function thousandPods(e: Engine): number {
  (globalThis as { gc?: () => void }).gc?.();
  const scenario = e.scaleScenario(100);
  scenario.laptop.files = { ...scenario.laptop.files, 'pods.json': e.podList(1000) };
  const sb = e.createSandbox({ seed: 1, scenario });
  const t0 = performance.now();
  const job = sb.start('kubectl create -f pods.json');
  while (!job.done) sb.advance(1000);
  sb.runUntilIdle({ quietMs: 10_000 });
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const rev = process.argv[2] ?? 'main';
  const pairs = Number(process.argv[3] ?? 8);
  if (!(globalThis as { gc?: unknown }).gc) console.log('(run with --expose-gc for a collection before each run)');
  const sides = { base: await load(checkout(rev)), tree: await load(repo) };
  thousandPods(sides.base);
  thousandPods(sides.tree);
  const times = { base: [] as number[], tree: [] as number[] };
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 === 0 ? (['tree', 'base'] as const) : (['base', 'tree'] as const);
    const pair = { base: 0, tree: 0 };
    for (const side of order) times[side].push((pair[side] = thousandPods(sides[side])));
    ratios.push(pair.tree / pair.base);
  }
  for (const side of ['base', 'tree'] as const) console.log(`${side === 'base' ? rev : 'this tree'}: median ${median(times[side]).toFixed(0)} ms, runs ${times[side].map((t) => t.toFixed(0)).join(' ')}`);
  const faster = ratios.filter((r) => r < 1).length;
  console.log(`this tree / ${rev}: median ×${median(ratios).toFixed(3)}; faster in ${faster} of ${pairs} pairs`);
}

await main();
