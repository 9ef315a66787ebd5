// A request to a pod becomes a packet walk: the terminal shows the answer, the network
// view lists every hop with its headers.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, open, podStatus, setSpeed, shot, type } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('packet walks', () => {
  it('shows the hops of curl inside a pod', async () => {
    const { page, context, errors } = await open(browser, inject('baseURL'));
    await setSpeed(page, 8);
    await type(page, 'kubectl apply -f pod.yaml');
    await podStatus(page, 'kubia-manual', 'Running', 90_000);
    await type(page, 'kubectl exec kubia-manual -- curl -s localhost:8080');
    await expect.poll(() => page.locator('[role="log"]').innerText(), { timeout: 60_000 }).toContain("You've hit kubia-manual");
    await page.getByTestId('tab-network').click();
    const walk = page.getByTestId('network').locator('section.walk').first();
    await walk.waitFor();
    expect(await walk.locator('li').count()).toBeGreaterThanOrEqual(4);
    expect(await walk.innerText()).toContain('127.0.0.1');
    await shot(page, 'network');
    expect(errors).toEqual([]);
    await context.close();
  });
});
