// Accessibility: axe finds no serious or critical violation in the main views, every
// control is reachable and labelled, and the help opens with `?`.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pod, podStatus, setSpeed, shot, type } from './support/browser';
import { useBrowser } from './support/useBrowser';

const chromium = useBrowser();

async function serious(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  it('has no serious or critical axe violations in the main views', async () => {
    const { page, context } = await chromium.open(inject('baseURL'));
    expect(await serious(page)).toEqual([]);
    await setSpeed(page, 8);
    await type(page, 'kubectl apply -f pod.yaml');
    await podStatus(page, 'kubia-manual', 'Running', 90_000);
    await pod(page, 'kubia-manual').click();
    expect(await serious(page)).toEqual([]);
    await page.getByTestId('tab-statechart').click();
    await page.getByTestId('statechart').locator('svg').first().waitFor();
    await shot(page, 'statechart');
    expect(await serious(page)).toEqual([]);
    await page.getByTestId('tab-network').click();
    expect(await serious(page)).toEqual([]);
    await page.getByTestId('tab-editor').click();
    await page.locator('.cm-content').waitFor({ timeout: 30_000 });
    expect(await serious(page)).toEqual([]);
    await page.getByTestId('lang-zh').click();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByTestId('tab-terminal').click();
    await shot(page, 'zh');
    expect(await serious(page)).toEqual([]);
    await context.close();
  });

  it('opens the keyboard help with ? and reaches the controls with Tab', async () => {
    const { page, context } = await chromium.open(inject('baseURL'));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('?');
    await page.getByTestId('help').waitFor({ state: 'visible' });
    expect(await serious(page)).toEqual([]);
    await shot(page, 'help');
    await page.keyboard.press('Escape');
    await page.getByTestId('help').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('reset').isEnabled()).toBe(true);
    const labels = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'BODY';
        const id = el.getAttribute('aria-labelledby');
        return el.getAttribute('aria-label') ?? (id ? document.getElementById(id)?.textContent : null) ?? el.closest('label')?.textContent ?? el.textContent ?? '';
      });
      // Focus went round the whole page and back to the document.
      if (label === 'BODY') break;
      expect(label.trim(), `focus stop ${i}`).not.toBe('');
      labels.add(label.trim());
    }
    expect(labels.size).toBeGreaterThan(12);
    expect([...labels].some((l) => l.startsWith('Terminal input'))).toBe(true);
    expect(labels.has('Step back')).toBe(true);
    expect([...labels].some((l) => l.startsWith('node ') || l.startsWith('pod ') || l === 'kubectl')).toBe(true);
    await context.close();
  });
});
