// `npm run bench`: how fast the engine runs a big cluster, against the floor a bare XState
// actor sets. Not a test: it prints numbers and whether the targets are met.
import { createActor, setup } from 'xstate';
import { createSandbox, type Sandbox } from '../src/engine';
import { podList, scaleScenario } from './scale';

const NODES = 100;
const TARGETS = { oneThousandMs: 1000, growthRatio: 12, perEventVsBare: 2 };

interface Run {
  pods: number;
  ms: number;
  events: number;
  peakHeapMB: number;
}

function allRunning(sb: Sandbox, n: number): boolean {
  const pods = sb.snapshot().objects.pods ?? [];
  return pods.filter((p) => (p.status as { phase?: string } | undefined)?.phase === 'Running').length >= n;
}

/** Create `n` Pods with one `kubectl create -f` and let the cluster run until all are Running. */
function runPods(n: number): Run {
  const scenario = scaleScenario(NODES);
  scenario.laptop.files = { ...scenario.laptop.files, 'pods.json': podList(n) };
  const sb = createSandbox({ seed: 1, scenario });
  const before = sb.trace.length;
  let peak = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const job = sb.start('kubectl create -f pods.json');
  while (!job.done) {
    sb.advance(1000);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  sb.runUntilIdle({ quietMs: 10_000 });
  const ms = performance.now() - t0;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  if (job.exitCode !== 0 || !allRunning(sb, n)) throw new Error(`not all ${n} pods reached Running (exit ${job.exitCode})`);
  return { pods: n, ms, events: sb.trace.length - before, peakHeapMB: peak / 2 ** 20 };
}

const bare = setup({ types: {} as { context: { n: number }; events: { type: 'next' } } }).createMachine({
  context: { n: 0 },
  initial: 'a',
  states: { a: { on: { next: { target: 'b', actions: ({ context }) => void context.n++ } } }, b: { on: { next: { target: 'a', actions: ({ context }) => void context.n++ } } } },
});

/** The floor: one bare XState actor per pod, taking the same number of events in all. */
function bareXState(pods: number, events: number): number {
  const perPod = Math.max(1, Math.round(events / pods));
  const t0 = performance.now();
  for (let i = 0; i < pods; i++) {
    const a = createActor(bare);
    a.start();
    for (let j = 0; j < perPod; j++) a.send({ type: 'next' });
  }
  return ((performance.now() - t0) * 1000) / (pods * perPod);
}

function line(r: Run, bareUs: number): string {
  const perEvent = (r.ms * 1000) / r.events;
  return [
    `${String(r.pods).padStart(6)} pods`,
    `${r.ms.toFixed(0).padStart(6)} ms`,
    `${((r.pods / r.ms) * 1000).toFixed(0).padStart(6)} pods/s`,
    `${String(r.events).padStart(8)} traced events`,
    `${((r.events / r.ms) * 1000).toFixed(0).padStart(7)} events/s`,
    `${perEvent.toFixed(1).padStart(5)} µs/event (bare XState ${bareUs.toFixed(1)} µs, ×${(perEvent / bareUs).toFixed(2)})`,
    `peak heap ${r.peakHeapMB.toFixed(0)} MB`,
  ].join('  ');
}

function main(): void {
  console.log(`Pod Lab engine benchmark: Pods created with kubectl on ${NODES} nodes, run until all are Running, trace on.`);
  // One warm-up, then the median of three: the engine's code is compiled by then, as the
  // bare XState floor below is (it is timed after a warm-up of its own).
  runPods(1000);
  const smalls = [runPods(1000), runPods(1000), runPods(1000)];
  const small = [...smalls].sort((a, b) => a.ms - b.ms)[1]!;
  console.log(`  (1000 pods, three runs after a warm-up: ${smalls.map((r) => r.ms.toFixed(0)).join(', ')} ms; the median counts)`);
  const big = runPods(10_000);
  bareXState(1000, 20_000);
  const bareSmall = bareXState(small.pods, small.events);
  const bareBig = bareXState(big.pods, big.events);
  console.log(line(small, bareSmall));
  console.log(line(big, bareBig));
  const ratio = big.ms / small.ms;
  const worst = Math.max(((small.ms * 1000) / small.events) / bareSmall, ((big.ms * 1000) / big.events) / bareBig);
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`1,000 pods in ${small.ms.toFixed(0)} ms (target < ${TARGETS.oneThousandMs} ms): ${verdict(small.ms < TARGETS.oneThousandMs)}`);
  console.log(`growth t(10k)/t(1k) = ${ratio.toFixed(2)} (target ≤ ${TARGETS.growthRatio}): ${verdict(ratio <= TARGETS.growthRatio)}`);
  console.log(`cost per traced event ≤ ${TARGETS.perEventVsBare}× bare XState: ×${worst.toFixed(2)}: ${verdict(worst <= TARGETS.perEventVsBare)}`);
}

main();
