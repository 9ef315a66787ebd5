// Time travel: step back and forward one message, scrub the timeline to any moment and
// continue from there, and open a shared link that replays the session.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pod, podStatus, setSpeed, shot, type } from './support/browser';
import { useBrowser } from './support/useBrowser';

const chromium = useBrowser();

const clock = (page: Page) => page.getByTestId('clock').locator('.time').innerText();

describe('time travel', () => {
  it('steps back and forward, scrubs, and replays a shared link', async () => {
    const { page, context, errors } = await chromium.open(inject('baseURL'));
    await setSpeed(page, 8);
    // Type once the cluster stands and its clock has moved: a command typed while the
    // engine still loads runs at the very start, and the start would then include it.
    await expect.poll(() => page.getByTestId('reset').isDisabled(), { timeout: 60_000 }).toBe(false);
    const first = await clock(page);
    await expect.poll(() => clock(page)).not.toBe(first);
    await type(page, 'kubectl apply -f pod.yaml');
    await podStatus(page, 'kubia-manual', 'Running', 90_000);
    await page.getByTestId('play').click(); // pause
    const end = await clock(page);

    // Step back with the button, then with ←, then forward with →.
    await page.getByTestId('step-back').click();
    const back1 = await clock(page);
    expect(back1 < end).toBe(true);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => clock(page)).not.toBe(back1);
    const back2 = await clock(page);
    expect(back2 < back1).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => clock(page)).not.toBe(back2);

    // Scrub to the start: the Pod does not exist yet; the terminal has not run the command.
    const timeline = page.getByTestId('timeline');
    await timeline.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => pod(page, 'kubia-manual').count()).toBe(0);
    expect(await page.locator('[role="log"]').innerText()).not.toContain('kubectl apply');
    // Play on: the command is replayed when its time comes, and the Pod runs again.
    await page.getByTestId('play').click();
    await podStatus(page, 'kubia-manual', 'Running', 90_000);
    await expect.poll(() => page.locator('[role="log"]').innerText()).toContain('pod/kubia-manual created');

    // Scrub back into the middle of the flow: the Pod is there but not yet Running.
    await page.getByTestId('play').click();
    await page.getByTestId('tab-inspector').click();
    await pod(page, 'kubia-manual').click();
    await page.locator('.messages button', { hasText: 'RunPodSandbox' }).first().click();
    await expect.poll(async () => (await pod(page, 'kubia-manual').getAttribute('aria-label')) ?? '').toMatch(/status (Pending|ContainerCreating)/);
    await shot(page, 'time-travel');

    // Share this moment and open it in a fresh page.
    await page.getByTestId('share').click();
    const url = page.url();
    expect(url).toMatch(/#seed=\d+&scenario=default.*&t=\d+&a=/);
    const shared = await chromium.open(url);
    await expect.poll(() => shared.page.locator('[role="log"]').innerText()).toContain('pod/kubia-manual created');
    await expect.poll(async () => (await pod(shared.page, 'kubia-manual').getAttribute('aria-label')) ?? '').toMatch(/status (Pending|ContainerCreating)/);
    expect(await clock(shared.page)).toBe(await clock(page));
    await shared.page.getByTestId('play').click();
    await podStatus(shared.page, 'kubia-manual', 'Running', 90_000);
    // Dragging the timeline says where it is before letting go: the command and its step.
    const middle = await page.evaluate(() => {
      const range = document.querySelector<HTMLInputElement>('[data-testid="timeline"]')!;
      const v = Math.round((Number(range.min) + Number(range.max)) / 2);
      range.value = String(v);
      range.dispatchEvent(new Event('input', { bubbles: true }));
      return v;
    });
    expect(middle).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('timeline-preview').innerText()).toMatch(/^\d\d:\d\d:\d\d\.\d{3} · \$ kubectl apply -f pod\.yaml( · \d\. .+)?$/);
    await page.evaluate(() => document.querySelector('[data-testid="timeline"]')!.dispatchEvent(new Event('change', { bubbles: true })));
    await expect.poll(() => page.getByTestId('timeline-preview').count()).toBe(0);
    expect([...errors, ...shared.errors]).toEqual([]);
    await shared.context.close();
    await context.close();
  });
});
