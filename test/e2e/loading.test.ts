// Loading: the terminal is on screen and takes keys before the app has loaded. What was
// typed in it — the line, the caret, lines entered with Enter — carries on in the app's
// terminal, which appears in the same place, and the commands run once the cluster is up.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/useBrowser';

const chromium = useBrowser();

const INPUT_NAME = 'Terminal input: type a shell command and press Enter';

/** A page whose chunk (the app's by default) is held back until `release()`: the boot terminal stays on screen. */
async function heldPage(chunk = /\/assets\/app-[^/]*\.js$/, waitUntil: 'load' | 'commit' = 'load'): Promise<{ page: Page; release: () => void; errors: string[]; close: () => Promise<void> }> {
  const context = await chromium.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(chunk, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(inject('baseURL'), { waitUntil });
  return { page, release, errors, close: () => context.close() };
}

const box = async (page: Page) => page.getByTestId('terminal-input').boundingBox();

describe('loading', () => {
  it('takes keys before the app has loaded, and the app carries them on', async () => {
    const { page, release, errors, close } = await heldPage();
    // Before any app code: one terminal input, labelled for screen readers, with the prompt.
    const input = page.getByRole('textbox', { name: INPUT_NAME });
    expect(await input.count()).toBe(1);
    expect(await page.locator('#boot').innerText()).toContain('learner@laptop:~$');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // A click anywhere on the terminal puts the caret in its line.
    await page.locator('#boot label').click({ position: { x: 400, y: 150 } });
    await page.keyboard.type('kubectl get nodes');
    await page.keyboard.press('Enter');
    await page.keyboard.type('echo typed early');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#boot').innerText()).toContain('learner@laptop:~$ kubectl get nodes');
    expect(await input.inputValue()).toBe('echo typed early');
    const before = await box(page);

    release();
    await page.locator('#boot').waitFor({ state: 'detached' });
    // The app's terminal: the only one, in the same place, with the line, caret and focus.
    expect(await page.getByTestId('terminal-input').count()).toBe(1);
    expect(await input.inputValue()).toBe('echo typed early');
    expect(await page.evaluate(() => [document.activeElement?.getAttribute('data-testid'), (document.activeElement as HTMLInputElement).selectionStart])).toEqual(['terminal-input', 15]);
    expect(await box(page)).toEqual(before);

    // The line entered early runs once the cluster is up; typing goes on where it was.
    const log = page.locator('[role="log"]');
    await expect.poll(() => log.innerText(), { timeout: 60_000 }).toMatch(/node-1\s+Ready/);
    await page.keyboard.type('X');
    await page.keyboard.press('Enter');
    await expect.poll(() => log.innerText()).toContain('typed earlXy');
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps a heredoc typed before the app and the engine have loaded whole', async () => {
    const { page, release, close } = await heldPage();
    await page.getByTestId('terminal-input').click();
    for (const line of ["cat > two.yaml <<'EOF'", 'kind: Pod', 'EOF', 'cat two.yaml']) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
    }
    release();
    const log = page.locator('[role="log"]');
    // The body went into the file, not to the shell as commands of its own.
    await expect.poll(() => log.innerText(), { timeout: 60_000 }).toMatch(/cat two\.yaml\s+kind: Pod/);
    expect(await log.innerText()).not.toContain('command not found');
    expect(await log.innerText()).not.toContain('here-document');
    await close();
  });

  it('keeps a line whose Enter came before any script had run', async () => {
    // The entry script held too: Enter in a plain input does nothing, the text stays.
    const { page, release, close } = await heldPage(/\/assets\/index-[^/]*\.js$/, 'commit');
    const input = page.getByTestId('terminal-input');
    await input.click();
    await page.keyboard.type('ls');
    await page.keyboard.press('Enter');
    release();
    await page.locator('#boot').waitFor({ state: 'detached' });
    expect(await page.getByTestId('terminal-input').count()).toBe(1);
    expect(await input.inputValue()).toBe('ls');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[role="log"]').innerText(), { timeout: 60_000 }).toContain('pod.yaml');
    await close();
  });

  it('runs kubectl explain typed first, once its documentation has loaded', async () => {
    // The docs are a chunk of their own (src/engine/parts.ts), held here until the cluster stands.
    const { page, release, close } = await heldPage(/\/assets\/docs-[^/]*\.js$/);
    await page.getByTestId('terminal-input').click();
    await page.keyboard.type('kubectl explain pods');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => performance.getEntriesByName('podlab:cluster-ready').length > 0, undefined, { timeout: 60_000 });
    const log = page.locator('[role="log"]');
    // The line waits, shown as typed ahead, until the docs are there; then it runs.
    expect(await log.innerText()).toContain('kubectl explain pods');
    expect(await log.innerText()).not.toContain('KIND:');
    release();
    await expect.poll(() => log.innerText(), { timeout: 60_000 }).toContain('KIND:       Pod');
    expect(await log.innerText()).toContain('FIELDS:');
    await close();
  });
});
