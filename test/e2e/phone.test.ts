// A learner on a phone held upright (390×844): the page scrolls down, never sideways; the
// stage fits the width with the nodes stacked; the terminal takes a command and the pod
// appears on the stage; what a finger presses is at least 40 px each way.
import { describe, expect, inject, it } from 'vitest';
import { pod, podStatus, setSpeed, shot, type } from './support/browser';
import { useBrowser } from './support/useBrowser';

const chromium = useBrowser();

describe('on a phone', () => {
  it('scrolls only down, stacks the stage and the panes, and runs a typed command', async () => {
    const { page, context, errors } = await chromium.open(inject('baseURL'));
    await page.setViewportSize({ width: 390, height: 844 });
    const sideways = () => page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth);
    await page.getByTestId('stage').locator('g.node').first().waitFor();
    expect(await sideways()).toBeLessThanOrEqual(0);

    // The stage is drawn at full size (no scaling down), its nodes one under another.
    const stage = await page.getByTestId('stage').evaluate((svg) => {
      const r = svg.getBoundingClientRect();
      const vb = (svg as SVGSVGElement).viewBox.baseVal;
      return { left: r.left, right: r.right, scale: Math.min(r.width / vb.width, r.height / vb.height) };
    });
    expect(stage.left).toBeGreaterThanOrEqual(0);
    expect(stage.right).toBeLessThanOrEqual(390);
    expect(stage.scale).toBeGreaterThan(0.95);
    const nodes = await page.getByTestId('stage').locator('g.node').evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect()).map((r) => ({ left: r.left, top: r.top, bottom: r.bottom })));
    expect(nodes.length).toBe(3);
    for (let i = 1; i < nodes.length; i++) {
      expect(nodes[i]!.left).toBeCloseTo(nodes[0]!.left, 0);
      expect(nodes[i]!.top).toBeGreaterThan(nodes[i - 1]!.bottom);
    }

    // Every visible button, select, tab and the timeline is big enough to press.
    const small = await page.locator('button:visible, select:visible, [role="tab"]:visible, input[type="range"]:visible').evaluateAll((els) =>
      els
        .map((el) => ({ id: el.getAttribute('data-testid') ?? el.textContent?.trim() ?? '', r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 40 || r.height < 40)
        .map(({ id, r }) => `${id} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);

    // The terminal takes a command; the pod appears on the stage above it.
    await expect.poll(() => page.getByTestId('reset').isEnabled(), { timeout: 60_000 }).toBe(true);
    await setSpeed(page, 8);
    await type(page, 'kubectl run web --image=nginx:1.27');
    await expect.poll(() => page.locator('[role="log"]').innerText(), { timeout: 30_000 }).toContain('pod/web created');
    await podStatus(page, 'web', 'Running');
    const box = await pod(page, 'web').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await sideways()).toBeLessThanOrEqual(0);

    // The lesson and the inspector are further down the same page.
    const order = await page.evaluate(() => ['[data-testid="stage"]', '[data-testid="terminal-input"]', 'aside.lesson', '[data-testid="tab-inspector"]'].map((s) => document.querySelector(s)!.getBoundingClientRect().top + scrollY));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await page.evaluate(() => scrollTo(0, 0));
    await shot(page, 'phone-390');
    expect(errors).toEqual([]);
    await context.close();
  });
});
