// A teacher fills the ten-node cluster with a hundred Pods at once: every message still
// crosses the stage (drawn on a canvas, by a worker where the browser has one), the
// cluster's clock keeps going, and all hundred Pods end Running on their nodes.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { offSite, shot, type } from './support/browser';
import { useBrowser } from './support/useBrowser';

const chromium = useBrowser();

const RUNNING = 'g.pod[aria-label*="status Running"]:not(.system)';

/** Open the ten-node cluster, apply the hundred pods, and look at the crowd's canvas alone. */
async function crowdLooks(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('podlab:cluster-ready').length > 0, undefined, { timeout: 60_000 });
  // The crowd's canvas alone, without the cluster under it or the few messages before the
  // crowd (elements of their own): what moves there is the crowd's messages.
  const tokens = page.locator('.stage .overlay');
  const alone = await page.addStyleTag({ content: '.stage svg, .stage .token { visibility: hidden }' });
  await type(page, 'kubectl apply -f pods.yaml');
  const looks = new Set<string>();
  for (let i = 0; i < 12; i++) {
    await page.waitForTimeout(250);
    looks.add((await tokens.screenshot()).toString('base64'));
  }
  await alone.evaluate((el) => (el as Element).remove());
  return looks.size;
}

describe('a hundred pods at once', () => {
  it('draws the crowd of messages and brings every pod up', async () => {
    const base = inject('baseURL');
    const { page, context, errors, requests } = await chromium.open(`${base}#scenario=ten-nodes&speed=8`);
    // Looks a quarter second apart differ: the messages are drawn, and move.
    expect(await crowdLooks(page)).toBeGreaterThanOrEqual(4);
    await shot(page, 'crowd-hundred-pods');
    const clock = () => page.getByTestId('clock').locator('.time').innerText();
    const before = await clock();
    await expect.poll(() => page.locator(RUNNING).count(), { timeout: 90_000, interval: 1000 }).toBe(100);
    expect(await clock()).not.toBe(before);
    await expect.poll(() => page.locator('[role="log"]').innerText()).toContain('pod/web-100 created');
    expect(offSite(requests, base)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws them in the page itself in a browser without workers', async () => {
    const { page, context, errors } = await chromium.open(`${inject('baseURL')}#scenario=ten-nodes&speed=8`, { init: 'Object.defineProperty(window, "Worker", { value: undefined })' });
    expect(await page.evaluate(() => typeof Worker)).toBe('undefined');
    expect(await crowdLooks(page)).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
    await context.close();
  });
});
