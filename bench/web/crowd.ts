// The hundred pods of the web benchmark alone, several times: a quicker loop for frame-time
// work on the crowd than the whole `npm run bench:web`. Prints each run as bench:web does,
// then the median of the runs' p95s, frames over 17 ms and Running counts. Given several
// built sites (SITES=dirA,dirB), runs them in turn, to compare a change with its base.
//   npx tsx bench/web/crowd.ts [runs]      (NO_BUILD=1 reuses the last build)
import { launch } from '../../test/e2e/support/browser';
import { buildSite, serveSite } from '../../test/e2e/support/site';
import { percentile } from './measure';
import { hundredPods } from './scenes';

const OUT_DIR = 'test-results/bench-site';

interface Tally {
  p95: number[];
  over: number[];
  /** Frames over 50 ms: a cluster redraw's hitch, not an engine or canvas frame. */
  hitches: number[];
  running: number[];
  virtual: number[];
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  const sites = process.env.SITES?.split(',') ?? [OUT_DIR];
  if (!process.env.NO_BUILD && !process.env.SITES) buildSite(OUT_DIR);
  const served = await Promise.all(sites.map((dir) => serveSite(dir, { isolated: true })));
  const browser = await launch();
  const tallies = sites.map((): Tally => ({ p95: [], over: [], hitches: [], running: [], virtual: [] }));
  try {
    for (let i = 0; i < runs; i++) {
      for (const [k, site] of served.entries()) {
        console.log(`${sites[k]}:`);
        const r = await hundredPods(browser, site.url);
        const t = tallies[k]!;
        t.p95.push(r.p95);
        t.over.push(r.times.filter((f) => f > 17).length);
        t.hitches.push(r.times.filter((f) => f > 50).length);
        t.running.push(r.running ?? 0);
        t.virtual.push(r.virtual ?? NaN);
      }
    }
    const med = (xs: number[]) => percentile(xs, 50).toFixed(2);
    for (const [k, t] of tallies.entries()) {
      console.log(`\n${sites[k]}, 100 pods, ${runs} runs: p95 ${t.p95.map((x) => x.toFixed(2)).join(', ')} ms (median ${med(t.p95)}); over 17 ms ${t.over.join(', ')} (median ${med(t.over)}), over 50 ms ${t.hitches.join(', ')}; Running ${t.running.join(', ')}; clock moved ${t.virtual.map((x) => x.toFixed(1)).join(', ')} s`);
    }
  } finally {
    await browser.close();
    for (const s of served) s.stop();
  }
}

await main();
