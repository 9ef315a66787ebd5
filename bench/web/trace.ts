// Where a frame's time goes while the stage animates: records a Chromium performance trace
// (CDP Tracing) of the nine steps or of a hundred pods coming up, CPU throttled like the
// benchmark, and prints the renderer's main-thread time by kind (style, layout, paint,
// script…) with the biggest layouts and paints and how many nodes they touched.
//   npx tsx bench/web/trace.ts [nine|crowd] [seconds]
// (PROFILE=1 prints JS time instead; PROFILE_OUT=file.cpuprofile also saves the profile;
// SKIP_MS=n starts recording n ms after the command instead of 3 s, or 0.5 s for nine.)
import { writeFileSync } from 'node:fs';
import { launch } from '../../test/e2e/support/browser';
import { buildSite, serveSite } from '../../test/e2e/support/site';
import { startFrames, throttled } from './measure';
import type { CDPSession, Page } from 'playwright-core';

const OUT_DIR = process.env.OUT_DIR ?? 'test-results/bench-site';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', ...(process.env.INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])];

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown>; beginData?: Record<string, unknown>; elementCount?: number };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** With PROFILE=1: the JS functions that took the most self time (build unminified to read them). */
async function profiled(cdp: CDPSession, ms: number, page: Page): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await page.waitForTimeout(ms);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`\nJS self time over ${ms / 1000} s:`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
  // Inclusive time: a node's samples and its descendants', summed per function (not double-counting recursion).
  const hits = new Map<number, number>();
  profile.samples.forEach((id, i) => hits.set(id, (hits.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const total = new Map<string, number>();
  const walk = (id: number, open: Set<string>): number => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    const inner = new Set(open).add(key);
    let t = hits.get(id) ?? 0;
    for (const c of n.children ?? []) t += walk(c, inner);
    if (!open.has(key)) total.set(key, (total.get(key) ?? 0) + t);
    return t;
  };
  walk(profile.nodes[0]!.id, new Set());
  console.log(`\nJS inclusive time:`);
  for (const [k, v] of [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) console.log(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
}

async function record(cdp: CDPSession, ms: number, page: Page): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await page.waitForTimeout(ms);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The renderer main thread: the thread that ran the most layouts. */
function mainThread(events: TraceEvent[]): (e: TraceEvent) => boolean {
  const count = new Map<string, number>();
  for (const e of events) if (e.name === 'Layout') count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const best = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return (e) => `${e.pid}:${e.tid}` === best;
}

function summarize(events: TraceEvent[], seconds: number): void {
  const onMain = mainThread(events);
  const by = new Map<string, { n: number; ms: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || !onMain(e) || e.dur === undefined) continue;
    const s = by.get(e.name) ?? { n: 0, ms: 0 };
    s.n += 1;
    s.ms += e.dur / 1000;
    by.set(e.name, s);
  }
  const names = ['Paint', 'PrePaint', 'Layout', 'UpdateLayoutTree', 'Layerize', 'Commit', 'FunctionCall', 'EvaluateScript', 'RunTask', 'HitTest', 'ParseHTML', 'UpdateLayer'];
  console.log(`\nmain-thread time over ${seconds} s (ms, count):`);
  for (const n of names) {
    const s = by.get(n);
    if (s) console.log(`  ${n.padEnd(18)} ${s.ms.toFixed(0).padStart(7)} ms  ${String(s.n).padStart(6)}×  ${(s.ms / s.n).toFixed(2)} ms each`);
  }
  const layouts = events.filter((e) => e.name === 'Layout' && onMain(e) && e.dur).sort((a, b) => b.dur! - a.dur!);
  console.log('\nbiggest layouts:');
  for (const e of layouts.slice(0, 6)) console.log(`  ${(e.dur! / 1000).toFixed(1)} ms  dirty ${String(e.args?.beginData?.dirtyObjects)} of ${String(e.args?.beginData?.totalObjects)}, partial ${String(e.args?.beginData?.partialLayout)}`);
  const paints = events.filter((e) => e.name === 'Paint' && onMain(e) && e.dur).sort((a, b) => b.dur! - a.dur!);
  console.log('\nbiggest paints:');
  for (const e of paints.slice(0, 6)) console.log(`  ${(e.dur! / 1000).toFixed(1)} ms  clip ${JSON.stringify(e.args?.data?.clip)} node ${String(e.args?.data?.nodeId)}`);
  const styles = events.filter((e) => e.name === 'UpdateLayoutTree' && onMain(e) && e.dur).sort((a, b) => b.dur! - a.dur!);
  console.log('\nbiggest style recalcs:');
  for (const e of styles.slice(0, 4)) console.log(`  ${(e.dur! / 1000).toFixed(1)} ms  elements ${String(e.args?.elementCount)}`);
}

async function main(): Promise<void> {
  const which = process.argv[2] === 'crowd' ? 'crowd' : 'nine';
  const seconds = Number(process.argv[3] ?? 8);
  if (!process.env.NO_BUILD) buildSite(OUT_DIR);
  const served = await serveSite(OUT_DIR);
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(which === 'crowd' ? `${served.url}#seed=1&scenario=ten-nodes&speed=8` : served.url);
    await page.getByTestId('terminal-input').waitFor();
    await page.waitForFunction('performance.getEntriesByName("podlab:cluster-ready").length > 0', undefined, { timeout: 60_000 });
    await page.getByTestId('stage').waitFor();
    await page.waitForTimeout(1000);
    const cdp = await throttled(context, page);
    // The benchmark's own frame recorder: a requestAnimationFrame every frame, as it measures.
    await startFrames(page);
    const input = page.getByTestId('terminal-input');
    await input.fill(which === 'crowd' ? 'kubectl apply -f pods.yaml' : 'kubectl apply -f pod.yaml');
    await input.press('Enter');
    await page.waitForTimeout(Number(process.env.SKIP_MS ?? (which === 'crowd' ? 3000 : 500)));
    if (process.env.PROFILE) {
      await profiled(cdp, seconds * 1000, page);
      return;
    }
    const events = await record(cdp, seconds * 1000, page);
    writeFileSync(`test-results/trace-${which}.json`, JSON.stringify({ traceEvents: events }));
    summarize(events, seconds);
    await page.screenshot({ path: `test-results/trace-${which}.png` });
    await context.close();
  } finally {
    await browser.close();
    served.stop();
  }
}

await main();
