// A learner types `kubectl apply -f pod.yaml` and watches the nine steps: every numbered
// message crosses the stage in order, the caption follows, and the pod ends Running; build
// and push, which happened before (the image is in the registry), are ticked as such.
import { describe, expect, inject, it } from 'vitest';
import { offSite, podStatus, setSpeed, shot, type } from './support/browser';
import { useBrowser } from './support/useBrowser';

const chromium = useBrowser();

describe('the nine steps in the browser', () => {
  it('plays every step in order and the pod reaches Running', async () => {
    const base = inject('baseURL');
    const { page, requests, errors, context } = await chromium.open(base);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'self'");
    // Record the step of the caption on every frame.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { steps: number[] }).steps = seen;
      const tick = () => {
        const badge = document.querySelector('[data-testid="caption"] .badge');
        const n = badge ? Number(badge.textContent) : NaN;
        if (!Number.isNaN(n) && seen[seen.length - 1] !== n) seen.push(n);
        requestAnimationFrame(tick);
      };
      tick();
    });
    await setSpeed(page, 4);
    const step = (n: number) => page.getByTestId('step').nth(n - 1);
    expect(await step(1).getAttribute('data-state')).toBe('pending');
    await type(page, 'kubectl apply -f pod.yaml');
    await page.waitForFunction(() => document.querySelector('[data-testid="caption"] .badge')?.textContent === '8', undefined, { timeout: 60_000 });
    await shot(page, 'stage-mid-flow');
    await podStatus(page, 'kubia-manual', 'Running', 90_000);
    await shot(page, 'stage-running');
    const steps = await page.evaluate(() => (window as unknown as { steps: number[] }).steps);
    expect(steps.slice(0, 7)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    // No docker build or push ran: steps 1 and 2 read as done before, with the reason on hover.
    for (const n of [1, 2]) {
      await expect.poll(() => step(n).getAttribute('data-state')).toBe('earlier');
      expect(await step(n).getAttribute('title')).toContain('luksa/kubia is already in the registry');
    }
    for (const n of [3, 9]) expect(await step(n).getAttribute('data-state')).toBe('seen');
    await expect.poll(() => page.locator('[role="log"]').innerText()).toContain('pod/kubia-manual created');
    // The site asks for nothing but its own files.
    expect(offSite(requests, base)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps captions but moves nothing under prefers-reduced-motion', async () => {
    const { page, context } = await chromium.open(inject('baseURL'), { reducedMotion: true });
    await setSpeed(page, 8);
    await type(page, 'kubectl apply -f pod.yaml');
    await page.waitForFunction(() => document.querySelector('[data-testid="caption"] .badge')?.textContent === '5', undefined, { timeout: 60_000 });
    // The same message, looked at twice while it is on screen, has not moved.
    const positions = await page.evaluate(async () => {
      const token = document.querySelector('.stage .token.stepped');
      const seq = token?.getAttribute('data-seq');
      const cx = () => document.querySelector<HTMLElement>(`.stage .token[data-seq="${seq}"]`)?.style.transform;
      const a = cx();
      await new Promise((r) => setTimeout(r, 30));
      return [a, cx()];
    });
    expect(positions[0]).toBeTruthy();
    if (positions[1]) expect(positions[1]).toBe(positions[0]);
    await expect.poll(() => page.getByTestId('caption').innerText()).not.toBe('');
    await context.close();
  });
});
