// What the web benchmark measures in the page: time to a typable terminal, frame times
// while messages animate, and the JS heap. Each function drives one fresh page.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** CPU slowdown (a classroom laptop); BENCH_THROTTLE=1 measures this machine as it is. */
export const THROTTLE = Number(process.env.BENCH_THROTTLE ?? 4);

export async function throttled(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return cdp;
}

/**
 * Record when the first typed character is on screen (ms since navigation start), and put
 * the caret in the terminal in the first frame that has it: a learner's click on the
 * terminal as soon as it can be seen, without Playwright's own script in the page.
 */
const TYPED_PROBE = `(() => {
  document.addEventListener('input', (e) => {
    if (window.__typedAt === undefined && e.target && e.target.value && e.target.value.includes('k')) {
      requestAnimationFrame(() => { window.__typedAt = performance.now(); });
    }
  }, true);
  const caret = () => {
    const input = document.querySelector('[data-testid="terminal-input"]');
    if (input) input.focus();
    else requestAnimationFrame(caret);
  };
  requestAnimationFrame(caret);
})()`;

const KEY = { key: 'k', code: 'KeyK', windowsVirtualKeyCode: 75 };

async function typedAt(cdp: CDPSession): Promise<number | undefined> {
  try {
    const r = (await cdp.send('Runtime.evaluate', { expression: 'window.__typedAt', returnByValue: true })) as { result: { value?: number } };
    return r.result.value;
  } catch {
    return undefined; // between documents
  }
}

/**
 * Cold load (empty cache) until a character typed in the terminal is painted. From the
 * moment the page is asked for, 'k' is pressed every frame or so, as real key events
 * (CDP Input), until one lands in the terminal input and a frame has painted it. The page
 * is driven over CDP alone: Playwright's locators would first evaluate Playwright's own
 * script in the throttled page, a few tens of ms that no learner's page spends.
 */
export async function timeToTypable(context: BrowserContext, url: string): Promise<number> {
  const { page, t } = await typedOnLoad(context, url);
  await page.waitForFunction('performance.getEntriesByName("podlab:cluster-ready").length > 0', undefined, { timeout: 60_000 });
  console.log(`  (load: typed ${t.toFixed(0)} ms, marks ${JSON.stringify(await marks(page))})`);
  await page.close();
  return t;
}

/** The same on a page of one input and nothing else: what this machine and harness cost. */
export async function bareTypable(context: BrowserContext, url: string): Promise<number> {
  const { page, t } = await typedOnLoad(context, url);
  await page.close();
  return t;
}

async function typedOnLoad(context: BrowserContext, url: string): Promise<{ page: Page; t: number }> {
  await context.addInitScript(TYPED_PROBE);
  const page = await context.newPage();
  const cdp = await throttled(context, page);
  const navigated = page.goto(url, { waitUntil: 'commit' });
  const until = Date.now() + 30_000;
  let t: number | undefined;
  while ((t = await typedAt(cdp)) === undefined) {
    if (Date.now() > until) throw new Error('no typed key was painted in the terminal within 30 s');
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: 'k', ...KEY });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...KEY });
    await new Promise((r) => setTimeout(r, 16));
  }
  await navigated;
  return { page, t };
}

// Page scripts are passed as strings: functions would be rewritten by the TypeScript
// loader (helpers such as __name) that do not exist in the page.
const FRAMES_START = `(() => {
  window.__frames = [];
  window.__framesOn = true;
  let last = performance.now();
  const tick = (now) => {
    if (!window.__framesOn) return;
    window.__frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
})()`;

/** Start recording the time between animation frames. */
export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(FRAMES_START);
}

export async function stopFrames(page: Page): Promise<number[]> {
  return (await page.evaluate('(() => { window.__framesOn = false; return window.__frames; })()')) as number[];
}

/** When the page painted, loaded the engine and built the cluster (ms since navigation). */
export async function marks(page: Page): Promise<Record<string, number>> {
  return (await page.evaluate('Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)]))')) as Record<string, number>;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Used JS heap after a full garbage collection, in MB. */
export async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}
