// The panes around the stage at projector size (1280x720): the editor leaves the stage room,
// and the playback controls a row of their own; the folded lesson strip holds
// nothing that spills over the stage; the nine-step list follows the step playing now when
// it has to scroll; the inspector puts Why, Events and messages before the object, whose
// YAML wraps with a hanging indent rather than falling back to column 0.
import { describe, expect, inject, it } from 'vitest';
import { pod, podStatus, setSpeed, shot, type } from './support/browser';
import { useBrowser } from './support/useBrowser';

const chromium = useBrowser();

type Box = { top: number; bottom: number; left: number; right: number };

function overlaps(a: Box, b: Box): boolean {
  return a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;
}

describe('the panes at projector size', () => {
  it('keeps the whole stage above the playback controls with the editor open', async () => {
    const { page, context, errors } = await chromium.open(inject('baseURL'));
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('tab-editor').click();
    await page.locator('.cm-content').waitFor();
    const box = (id: string) =>
      page.getByTestId(id).evaluate((el) => {
        const { top, bottom, left, right } = el.getBoundingClientRect();
        return { top, bottom, left, right };
      });
    const [stage, controls, timeline, editor] = await Promise.all(
      ['stage', 'controls', 'timeline', 'editor'].map(box),
    );
    expect(overlaps(stage!, controls!), JSON.stringify({ stage, controls })).toBe(false);
    // Top to bottom: the stage, the controls, the timeline, the editor.
    expect(stage!.bottom).toBeLessThanOrEqual(controls!.top + 0.5);
    expect(controls!.bottom).toBeLessThanOrEqual(timeline!.top + 0.5);
    expect(timeline!.bottom).toBeLessThanOrEqual(editor!.top + 0.5);
    // The editor scrolls rather than squeezing the cluster below a readable height.
    expect(stage!.bottom - stage!.top).toBeGreaterThanOrEqual(280);
    await shot(page, 'editor-1280-stage');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('folds the lesson cleanly, follows step 9, and reads the inspector top down', async () => {
    const { page, context, errors } = await chromium.open(`${inject('baseURL')}#speed=8`);
    await page.setViewportSize({ width: 1280, height: 720 });

    // Folded, the strip has no language switch to spill over the stage; unfolded, it is back.
    await page.getByTestId('lesson-toggle').click();
    expect(await page.getByTestId('lang-en').count()).toBe(0);
    await page.getByTestId('lesson-toggle').click();
    expect(await page.getByTestId('lang-en').isVisible()).toBe(true);

    // With the editor open the list of steps is short: it scrolls to the step playing, alone.
    await setSpeed(page, 4);
    await type(page, 'kubectl apply -f pod.yaml');
    await page.getByTestId('tab-editor').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="caption"] .badge')?.textContent === '9',
      undefined,
      { timeout: 90_000 },
    );
    const view = await page.evaluate(() => {
      const list = document.querySelector<HTMLElement>('nav.steps')!;
      const item = list.querySelector('[aria-current="step"]')!.getBoundingClientRect();
      const box = list.getBoundingClientRect();
      return {
        scrolls: list.scrollHeight > list.clientHeight,
        inside: item.top >= box.top - 1 && item.bottom <= box.bottom + 1,
        pageY: window.scrollY,
        focus: document.activeElement?.getAttribute('data-testid'),
      };
    });
    expect(view).toEqual({ scrolls: true, inside: true, pageY: 0, focus: 'tab-editor' });
    await shot(page, 'steps-1280-editor');

    await podStatus(page, 'kubia-manual', 'Running', 90_000);
    await pod(page, 'kubia-manual').click();
    const inspector = page.getByTestId('inspector');
    const sections = await inspector.locator('summary').allInnerTexts();
    expect(sections.map((s) => s.replace(/\s*\(\d+\)$/, ''))).toEqual([
      'Events',
      'Messages about it',
      'Object (spec and status)',
    ]);
    // Every wrapped row of a YAML line starts to the right of where the line's text begins.
    const hang = await page.getByTestId('yaml').evaluate((pre) => {
      let wrapped = 0;
      let bad = '';
      for (const body of pre.querySelectorAll('.body')) {
        const rows = [...body.getClientRects()].filter((r) => r.width > 0);
        if (rows.length > 1) wrapped++;
        if (rows.slice(1).some((r) => r.left <= rows[0]!.left)) bad ||= body.textContent ?? '';
      }
      return { wrapped, bad };
    });
    expect(hang.bad).toBe('');
    expect(hang.wrapped).toBeGreaterThan(0);
    // Copying the object copies valid YAML: the indentation is text, not padding.
    expect(await page.getByTestId('yaml').innerText()).toMatch(
      /\n {4}terminationMessagePath: \/dev\/termination-log\n/,
    );
    await shot(page, 'inspector-1280');
    expect(errors).toEqual([]);
    await context.close();
  });
});
