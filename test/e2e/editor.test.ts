// The YAML editor: a typo is underlined with kubectl's words, fixing it clears the
// underline, and Apply saves the file and applies it in the terminal.
import { describe, expect, inject, it } from 'vitest';
import { shot } from './support/browser';
import { useBrowser } from './support/useBrowser';

const chromium = useBrowser();

describe('the editor', () => {
  it('underlines an error, clears it when fixed, and applies the file', async () => {
    const { page, context, errors, requests } = await chromium.open(inject('baseURL'));
    await page.getByTestId('tab-editor').click();
    const content = page.locator('.cm-content');
    await content.waitFor({ timeout: 30_000 });
    expect(await content.getAttribute('aria-label')).toBe('YAML editor for pod.yaml');
    // The editor is loaded on demand, not with the page.
    expect(requests.filter((r) => /codemirror|editor/i.test(r)).length).toBeGreaterThan(0);

    await page.locator('.cm-line', { hasText: 'image: luksa/kubia' }).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    // "- image: luksa/kubia" → "- imagee: luksa/kubia"
    for (let i = 0; i < 'luksa/kubia'.length + 2; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('e');
    const underline = page.locator('.cm-lintRange-error');
    await underline.first().waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByTestId('editor-status').innerText()).toMatch(/problem/);
    await underline.first().hover();
    await expect.poll(() => page.locator('.cm-tooltip-lint').innerText(), { timeout: 10_000 }).toContain('unknown field "spec.containers[0].imagee"');
    await shot(page, 'editor-error');

    await page.keyboard.press('Backspace');
    await expect.poll(() => underline.count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('editor-status').innerText()).toContain('No problems found');

    await page.getByTestId('apply').click();
    await expect.poll(() => page.locator('[role="log"]').innerText(), { timeout: 30_000 }).toContain('pod/kubia-manual created');
    expect(errors).toEqual([]);
    await context.close();
  });
});
