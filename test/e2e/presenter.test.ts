// Presenter mode, for a teacher at a projector: the F key or the header's button hides the
// lesson and the right-hand pane, the stage takes their room and its drawing grows (not just
// the gaps around it). Escape in the terminal hands the keys to the stage, so Space pauses.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { setSpeed, shot, type } from './support/browser';
import { useBrowser } from './support/useBrowser';

const chromium = useBrowser();

interface Drawn {
  width: number;
  height: number;
  /** How many screen pixels one unit of the svg's viewBox takes: the text grows with it. */
  scale: number;
}

async function stage(page: Page): Promise<Drawn> {
  return page.getByTestId('stage').evaluate((svg) => {
    const r = svg.getBoundingClientRect();
    const vb = (svg as SVGSVGElement).viewBox.baseVal;
    return { width: r.width, height: r.height, scale: Math.min(r.width / vb.width, r.height / vb.height) };
  });
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
const pressed = (page: Page) => page.getByTestId('present').getAttribute('aria-pressed');
const lessonPane = (page: Page) => page.locator('aside.lesson');
const sidePane = (page: Page) => page.getByTestId('tab-inspector');

describe('presenter mode', () => {
  it('gives the stage the room of the lesson and the inspector, with the button and with F', async () => {
    const { page, context, errors } = await chromium.open(inject('baseURL'));
    // A projector.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('stage').locator('g.node').first().waitFor();
    await expect.poll(async () => (await stage(page)).width).toBeLessThan(560);
    const before = await stage(page);
    expect(await pressed(page)).toBe('false');

    await page.getByTestId('present').click();
    expect(await pressed(page)).toBe('true');
    await lessonPane(page).waitFor({ state: 'hidden' });
    expect(await sidePane(page).isVisible()).toBe(false);
    // The terminal and the playback controls stay.
    expect(await page.getByTestId('terminal-input').isVisible()).toBe(true);
    expect(await page.getByTestId('play').isVisible()).toBe(true);
    await expect.poll(async () => (await stage(page)).height).toBeGreaterThan(before.height * 1.4);
    const big = await stage(page);
    expect(big.width).toBeGreaterThan(before.width * 1.4);
    // Drawn bigger, not only spread out: the viewBox is scaled up.
    expect(big.scale).toBeGreaterThan(1.2);
    expect(big.scale).toBeGreaterThan(before.scale * 1.3);
    await shot(page, 'presenter-1280');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // F, from the button that has the focus, brings the panes back.
    await page.keyboard.press('f');
    expect(await pressed(page)).toBe('false');
    await lessonPane(page).waitFor({ state: 'visible' });
    expect(await sidePane(page).isVisible()).toBe(true);
    await expect.poll(async () => Math.round((await stage(page)).width)).toBe(Math.round(before.width));

    // And from the page; typed in the terminal it is only a letter.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('f');
    expect(await pressed(page)).toBe('true');
    await lessonPane(page).waitFor({ state: 'hidden' });
    await page.getByTestId('terminal-input').click();
    await page.keyboard.press('f');
    expect(await pressed(page)).toBe('true');
    expect(await page.getByTestId('terminal-input').inputValue()).toBe('f');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hands the keys to the stage on Escape in the terminal, so Space pauses', async () => {
    const { page, context, errors } = await chromium.open(inject('baseURL'));
    await setSpeed(page, 1);
    await expect.poll(() => page.getByTestId('reset').isDisabled(), { timeout: 60_000 }).toBe(false);
    await type(page, 'kubectl apply -f pod.yaml');
    await expect.poll(() => page.locator('[role="log"]').innerText(), { timeout: 30_000 }).toContain('pod/kubia-manual created');
    expect(await focused(page)).toBe('terminal-input');
    const play = page.getByTestId('play');
    expect(await play.getAttribute('aria-label')).toBe('Pause');
    // In the terminal Space is a space.
    await page.keyboard.press(' ');
    expect(await page.getByTestId('terminal-input').inputValue()).toBe(' ');
    expect(await play.getAttribute('aria-label')).toBe('Pause');

    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('stage');
    await page.keyboard.press(' ');
    expect(await play.getAttribute('aria-label')).toBe('Play');
    // The space typed before is still there; nothing more was typed.
    expect(await page.getByTestId('terminal-input').inputValue()).toBe(' ');
    // ← steps back a message: the cluster's clock goes back.
    const clock = () => page.getByTestId('clock').locator('.time').innerText();
    const paused = await clock();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(clock).not.toBe(paused);
    expect((await clock()) < paused).toBe(true);
    await page.keyboard.press(' ');
    expect(await play.getAttribute('aria-label')).toBe('Pause');
    expect(errors).toEqual([]);
    await context.close();
  });
});
