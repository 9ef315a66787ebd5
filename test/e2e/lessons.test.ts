// Lessons beside the stage: lessons 2, 4 and 8 are completed by pressing their *Run* buttons
// only; the index keeps progress across a reload (and says so when what was saved is
// unreadable); reset starts over; the language switch keeps the place; a predict block
// reveals its answer, and the output quoted below it waits for its command; a `#step-N`
// link moves the stage.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { shot } from './support/browser';
import { useBrowser } from './support/useBrowser';

const chromium = useBrowser();

const lessonUrl = (id: string) => `${inject('baseURL')}#lesson=${id}&speed=8`;

async function openLesson(id: string) {
  const opened = await chromium.open(lessonUrl(id));
  await opened.page.locator(`[data-testid="lesson-view"][data-lesson="${id}"]`).waitFor({ timeout: 30_000 });
  return opened;
}

/** Press one *Run* button and wait until its command has finished. */
async function run(block: Locator): Promise<void> {
  await block.getByTestId('run-button').click({ timeout: 60_000 });
  try {
    await expect.poll(() => block.getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
  } catch (e) {
    // Say what the learner would see: the command, the terminal's last lines, the caption.
    const page = block.page();
    const term = (await page.locator('[role="log"]').innerText()).split('\n').slice(-8).join('\n');
    const caption = await page.getByTestId('caption').innerText();
    throw new Error(`${await block.locator('code').innerText()} did not finish\n--- terminal ---\n${term}\n--- caption ---\n${caption}`, { cause: e });
  }
}

/** Press every *Run* button of the lesson, in order. */
async function runAll(page: Page): Promise<void> {
  const blocks = page.getByTestId('run-block');
  const n = await blocks.count();
  expect(n).toBeGreaterThan(3);
  for (let i = 0; i < n; i++) await run(blocks.nth(i));
}

async function goalsDone(page: Page, timeout = 120_000): Promise<void> {
  const goals = page.getByTestId('goal');
  await expect.poll(() => goals.count()).toBeGreaterThan(0);
  await expect
    .poll(
      async () =>
        (await goals.evaluateAll((els) => els.map((e) => e.getAttribute('data-done')))).every(
          (d) => d === 'true',
        ),
      { timeout },
    )
    .toBe(true);
}

const statusOf = (page: Page, id: string) =>
  page.locator(`[data-testid="lesson-entry"][data-lesson="${id}"]`).getAttribute('data-status');

describe('lessons in the browser', () => {
  it('completes lesson 2 with the Run buttons alone, and keeps the progress across a reload', async () => {
    const { page, context, errors } = await openLesson('02');
    await shot(page, 'lesson-02-start');
    await runAll(page);
    await goalsDone(page);
    // The three questions were not answered: the cluster paused for each, then went on.
    await expect
      .poll(() => page.locator('[data-testid="predict"][data-revealed="true"]').count(), { timeout: 30_000 })
      .toBe(3);
    expect(await page.locator('[role="log"]').innerText()).toContain('pod/kubia-manual created');
    // What the Run buttons typed is in the shell's history, as if typed by hand.
    const lastRun = (await page.getByTestId('run-block').last().locator('code').innerText()).trim();
    await page.getByTestId('terminal-input').focus();
    await page.keyboard.press('ArrowUp');
    expect(await page.getByTestId('terminal-input').inputValue()).toBe(lastRun);
    await page.getByTestId('terminal-input').fill('');
    await page.getByTestId('goals').scrollIntoViewIfNeeded();
    await shot(page, 'lesson-02-done');
    await page.getByTestId('lesson-index-button').click();
    expect(await statusOf(page, '02')).toBe('done');
    // A reload replays the link's commands and finds the progress saved.
    await page.reload();
    await page.getByTestId('lesson-view').waitFor({ timeout: 30_000 });
    await page.getByTestId('lesson-index-button').click();
    expect(await statusOf(page, '02')).toBe('done');
    expect(await statusOf(page, '08')).toBe('new');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('completes lesson 8 with the Run buttons alone', async () => {
    const { page, context, errors } = await openLesson('08');
    await runAll(page);
    await goalsDone(page);
    expect(await page.locator('[role="log"]').innerText()).toContain("You've hit kubia-");
    await page.getByTestId('goals').scrollIntoViewIfNeeded();
    await shot(page, 'lesson-08-done');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('completes lesson 4 with the Run buttons alone, the debug container drawn in its Pod', async () => {
    const { page, context, errors } = await openLesson('04');
    const blocks = page.getByTestId('run-block');
    const n = await blocks.count();
    for (let i = 0; i < n; i++) {
      await run(blocks.nth(i));
      if (!(await blocks.nth(i).locator('code').innerText()).includes('kubectl exec web -c tools -- ps')) continue;
      expect(await page.locator('[role="log"]').innerText()).toMatch(/1 root\s+0:00 nginx: master process/);
      await expect.poll(() => page.locator('.stage .container.kind-ephemeral').count()).toBe(1);
      await shot(page, 'lesson-04-debug');
    }
    await goalsDone(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names every Pod of lesson 10 on the stage, at projector size too, and tags the two in dev', async () => {
    const { page, context, errors } = await openLesson('10');
    const userPods = page.locator('.stage g.pod:not(.system)');
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      await expect.poll(() => userPods.count(), { timeout: 30_000 }).toBe(8);
      // Each box shows its own name, cut with an ellipsis at worst ("kubia-m…").
      const shown = await userPods.evaluateAll((els) =>
        els.map((g) => [/^pod ([^,]+),/.exec(g.getAttribute('aria-label') ?? '')?.[1] ?? '', g.querySelector('.pod-name')?.textContent ?? '']),
      );
      for (const [name, text] of shown) expect(text === name || (text!.endsWith('…') && name!.startsWith(text!.slice(0, -1))), `${name} shown as "${text}"`).toBe(true);
      expect(shown.filter(([, text]) => /^(web|api)-\d$/.test(text!)).map(([name]) => name).sort()).toEqual(['api-1', 'api-2', 'web-1', 'web-2', 'web-3']);
      expect(await page.locator('.stage g.pod[aria-label*="in namespace dev"] .pod-ns').allTextContents()).toEqual(['dev', 'dev']);
      await shot(page, `lesson-10-stage-${size.width}`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the lessons, opens one, reveals a prediction, keeps the place in Chinese, and resets', async () => {
    const { page, context, errors } = await chromium.open(`${inject('baseURL')}#speed=8`);
    const entries = page.getByTestId('lesson-entry');
    await expect.poll(() => entries.count(), { timeout: 30_000 }).toBe(10);
    expect(await entries.first().innerText()).toContain('min');
    await page.locator('[data-testid="lesson-entry"][data-lesson="04"]').click();
    await page.locator('[data-testid="lesson-view"][data-lesson="04"]').waitFor();
    await page.getByTestId('lesson-next').first().click();
    await page.locator('[data-testid="lesson-view"][data-lesson="05"]').waitFor();

    // Guess, then run up to the command that reveals the answer. Until then the quoted
    // `get pods` output, which would give the answer away, is held back.
    const predict = page.getByTestId('predict').first();
    await predict.scrollIntoViewIfNeeded();
    const answerTable = /myapp\s+0\/2\s+Init:0\/2/;
    expect(await page.getByTestId('lesson').innerText()).not.toMatch(answerTable);
    expect(await page.getByTestId('output-held').count()).toBeGreaterThan(0);
    await predict.getByTestId('choice').filter({ hasText: 'Init:0/2' }).click();
    const blocks = page.getByTestId('run-block');
    for (let i = 0; i < 3; i++) await run(blocks.nth(i));
    await expect.poll(() => predict.getAttribute('data-revealed')).toBe('true');
    expect(await predict.getByTestId('reveal').innerText()).toContain('Right!');
    await expect.poll(() => page.getByTestId('lesson').innerText()).toMatch(answerTable);

    // Nothing serious for axe in the lesson view, a revealed question included.
    const axe = await new AxeBuilder({ page }).analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);

    // Switch language: the block at the top stays at the top, now in Chinese.
    await blocks.nth(2).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const topPlace = () =>
      page.evaluate(() => {
        const scroller = document.querySelector('[data-testid="lesson-scroll"]')!;
        const top = scroller.getBoundingClientRect().top;
        return [...scroller.querySelectorAll<HTMLElement>('[data-place]')].find(
          (b) => b.getBoundingClientRect().bottom > top + 8,
        )?.dataset.place;
      });
    const before = await topPlace();
    await shot(page, 'lesson-05-en');
    await page.getByTestId('lang-zh').click();
    await expect.poll(() => page.getByTestId('goals').innerText()).toContain('目标');
    expect(await topPlace()).toBe(before);
    await shot(page, 'lesson-05-zh');
    // The link says Chinese too: opened elsewhere, the page starts in Chinese.
    expect(page.url()).toMatch(/[#&]lesson=05&.*lang=zh/);
    const other = await context.newPage();
    await other.goto(page.url());
    await expect.poll(() => other.getByTestId('lang-zh').getAttribute('aria-pressed'), { timeout: 30_000 }).toBe('true');
    expect(await other.locator('html').getAttribute('lang')).toBe('zh-CN');
    await other.close();
    await page.getByTestId('lang-en').click();
    expect(page.url()).not.toContain('lang=zh');

    // Reset: a fresh cluster, nothing run, the lesson started but not done.
    await page.getByTestId('lesson-reset').click();
    await expect.poll(() => blocks.first().getAttribute('data-state')).toBe('idle');
    await expect.poll(() => page.locator('[role="log"]').innerText()).not.toContain('init.yaml');
    expect(await page.getByTestId('predict').first().getAttribute('data-revealed')).toBe('false');
    await page.getByTestId('lesson-index-button').click();
    expect(await statusOf(page, '05')).toBe('started');
    // The sandbox: no lesson, no goals, the cluster picker's default cluster.
    await page.getByTestId('sandbox-entry').click();
    await expect.poll(() => page.getByTestId('lesson').innerText()).toContain('Welcome to Pod Lab');
    expect(await page.getByTestId('goals').count()).toBe(0);
    expect(page.url()).not.toContain('lesson=');
    // The bigger cluster is welcomed as what it is, with the file that fills it.
    await page.getByTestId('scenario').selectOption('ten-nodes');
    await expect.poll(() => page.getByTestId('lesson').innerText()).toContain('ten worker nodes');
    expect(await page.getByTestId('lesson').innerText()).toContain('kubectl apply -f pods.yaml');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves the stage to a step from a link', async () => {
    const { page, context, errors } = await openLesson('02');
    const blocks = page.getByTestId('run-block');
    // Answer every question first: nothing holds the cluster back.
    for (const p of await page.getByTestId('predict').all()) await p.getByTestId('choice').first().click();
    for (let i = 0; i < 5; i++) await run(blocks.nth(i));
    await page.locator('a[href="#step-5"]').first().click();
    await expect.poll(() => page.getByTestId('caption').locator('.badge').innerText()).toBe('5');
    expect(await page.getByTestId('play').getAttribute('aria-label')).toBe('Play');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when the saved progress cannot be read, and starts fresh', async () => {
    const { page, context } = await chromium.open(inject('baseURL'));
    // The lessons load after the page; once they have read the progress, damage it.
    await page.getByTestId('lesson-entry').first().waitFor({ timeout: 30_000 });
    await page.evaluate(() => localStorage.setItem('podlab.progress.v1', '{"lessons": {"02": "yes"'));
    await page.reload();
    await page.getByTestId('progress-message').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('progress-message').innerText()).toContain('could not be read');
    await expect.poll(() => page.getByTestId('lesson-entry').count()).toBe(10);
    expect(await statusOf(page, '02')).toBe('new');
    expect(await page.evaluate(() => localStorage.getItem('podlab.progress.v1'))).toBe('{"lessons":{}}');
    await context.close();
  });
});
