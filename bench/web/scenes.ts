// The two animated scenes the web benchmark times (bench:web, and bench/web/crowd.ts for the
// hundred pods alone): each drives a fresh page of the cross-origin-isolated site, records
// the time between animation frames and prints how they spread.
import { heapMB, percentile, startFrames, stopFrames, throttled } from './measure';
import type { Browser, Page } from 'playwright-core';

export async function typeCommand(page: Page, line: string): Promise<void> {
  const input = page.getByTestId('terminal-input');
  await input.click();
  await input.fill(line);
  await input.press('Enter');
}

async function ready(page: Page): Promise<void> {
  if (!(await page.evaluate('crossOriginIsolated'))) throw new Error('frame times need a cross-origin-isolated page (5 µs timers)');
  await page.getByTestId('terminal-input').waitFor();
  await page.waitForFunction('performance.getEntriesByName("podlab:cluster-ready").length > 0', undefined, { timeout: 60_000 });
}

export interface Animated {
  p95: number;
  frames: number;
  heap: number;
  /** Every frame time (ms). */
  times: number[];
  /** Pods Running on the stage at the end (the hundred pods). */
  running?: number;
  /** Virtual seconds the cluster's clock moved while recording (the hundred pods). */
  virtual?: number;
}

/** The cluster's clock as the page shows it (HH:MM:SS.mmm), in seconds. */
async function clockSeconds(page: Page): Promise<number> {
  const text = await page.getByTestId('clock').locator('.time').innerText();
  const [h, m, s] = text.split(':').map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
}

/** Print how the frame times spread (over 25 ms: a visible stutter, one and a half refreshes). */
function summary(name: string, frames: number[], heap: number): Animated {
  const q = (p: number) => percentile(frames, p).toFixed(2);
  const over = (ms: number) => frames.filter((f) => f > ms).length;
  console.log(`  (${name}: p50 ${q(50)}, p90 ${q(90)}, p95 ${q(95)}, p99 ${q(99)} ms; over 17 ms ${over(17)}, over 20 ms ${over(20)}, over 25 ms ${over(25)} of ${frames.length})`);
  return { p95: percentile(frames, 95), frames: frames.length, heap, times: frames };
}

export async function nineSteps(browser: Browser, url: string): Promise<Animated> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await ready(page);
  const cdp = await throttled(context, page);
  await startFrames(page);
  await typeCommand(page, 'kubectl apply -f pod.yaml');
  // Speed 1×: the animation as a learner first sees it; record until the pod runs (≤ 60 s).
  await page.locator('g.pod[aria-label^="pod kubia-manual,"][aria-label*="status Running"]').waitFor({ timeout: 90_000 });
  const frames = await stopFrames(page);
  const heap = await heapMB(cdp);
  await context.close();
  return summary('nine steps', frames, heap);
}

export async function hundredPods(browser: Browser, url: string): Promise<Animated> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${url}#seed=1&scenario=ten-nodes&speed=8`);
  await ready(page);
  const cdp = await throttled(context, page);
  await page.waitForFunction('/\\d/.test(document.querySelector(\'[data-testid="clock"] .time\')?.textContent ?? "")');
  const from = await clockSeconds(page);
  await startFrames(page);
  await typeCommand(page, 'kubectl apply -f pods.yaml');
  // Twenty seconds of pods being created, scheduled, pulled and started.
  await page.waitForTimeout(20_000);
  const frames = await stopFrames(page);
  const running = await page.locator('g.pod[aria-label*="status Running"]:not(.system)').count();
  console.log(`  (100 pods: ${running} Running on the stage after 20 s at 8×)`);
  // A crowd's clock runs at CROWD.pace × speed (0.8× at 8×): 16 s in 20 s unless the page falls behind.
  const virtual = (await clockSeconds(page)) - from;
  console.log(`  (100 pods: the cluster's clock moved ${virtual.toFixed(1)} s in those 20 s)`);
  const heap = await heapMB(cdp);
  await context.close();
  return { ...summary('100 pods', frames, heap), running, virtual };
}
