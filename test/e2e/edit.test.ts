// kubectl edit in the page: the editor pane is kubectl's editor. The file opens there, the
// terminal says what it waits for, Save & close applies the change (the container restarts
// with the new image), and a change the API server refuses comes back with its error as a
// comment until Cancel gives up.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { podStatus, setSpeed, shot, type } from './support/browser';
import { useBrowser } from './support/useBrowser';

const chromium = useBrowser();

async function editWeb(page: Page) {
  await expect.poll(() => page.getByTestId('reset').isEnabled()).toBe(true);
  await setSpeed(page, 8);
  await type(page, 'kubectl run web --image=nginx:1.27');
  await podStatus(page, 'web', 'Running');
  await type(page, 'kubectl edit pod web');
  const content = page.locator('.cm-content');
  await content.waitFor({ timeout: 30_000 });
  await expect.poll(() => content.getAttribute('aria-label')).toMatch(/^YAML editor for \/tmp\/kubectl-edit-\d+\.yaml$/);
  await expect.poll(() => content.innerText()).toContain("# Please edit the object below. Lines beginning with a '#' will be ignored,");
  return content;
}

/** Every line of the editor's document, as a learner reads it scrolling down (CodeMirror draws only the lines near the viewport). */
async function wholeBuffer(page: Page): Promise<string> {
  const scroller = page.locator('.cm-scroller');
  const seen: string[] = [];
  await scroller.evaluate((el) => (el.scrollTop = 0));
  for (let i = 0; i < 40; i++) {
    seen.push(await page.locator('.cm-content').innerText());
    const atEnd = await scroller.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop += el.clientHeight * 0.8;
      return el.scrollTop === before;
    });
    if (atEnd) break;
    await page.waitForTimeout(50);
  }
  return seen.join('\n');
}

/** Put the cursor at the end of the editor line that has `text`. */
async function endOf(page: Page, text: string) {
  await page.locator('.cm-line', { hasText: text }).first().click();
  await page.keyboard.press('End');
}

describe('kubectl edit', () => {
  it('opens the file in the editor pane and applies it on Save & close', async () => {
    const { page, context, errors } = await chromium.open(inject('baseURL'));
    await editWeb(page);
    await page.getByTestId('tab-terminal').click();
    await expect.poll(() => page.getByTestId('editing').innerText()).toMatch(/^Editing \/tmp\/kubectl-edit-\d+\.yaml in the editor — Save & close to apply, Cancel to abort$/);
    await page.getByTestId('tab-editor').click();
    await endOf(page, '- image: nginx:1.27');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('8');
    await shot(page, 'edit-pane');
    await page.getByTestId('save-close').click();
    const log = page.locator('[role="log"]');
    await expect.poll(() => log.innerText(), { timeout: 30_000 }).toContain('pod/web edited');
    expect(await page.getByTestId('editing').count()).toBe(0);
    // The kubelet stops the container and starts it again from the new image.
    const web = page.locator('g.pod[aria-label^="pod web,"] g.container.kind-app title');
    await expect.poll(() => web.textContent(), { timeout: 30_000 }).not.toContain(': running');
    await expect.poll(() => web.textContent(), { timeout: 60_000 }).toContain(': running');
    await type(page, "kubectl wait pod/web --for=jsonpath='{.status.containerStatuses[0].restartCount}'=1 --timeout=60s");
    await expect.poll(() => log.innerText(), { timeout: 60_000 }).toContain('pod/web condition met');
    await type(page, "kubectl get pod web -o jsonpath='{.status.containerStatuses[0].image} {.status.containerStatuses[0].restartCount}'");
    await expect.poll(() => log.innerText(), { timeout: 30_000 }).toContain('docker.io/library/nginx:1.28 1');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reopens a refused change with the error as a comment, and Cancel gives up', async () => {
    const { page, context, errors } = await chromium.open(inject('baseURL'));
    const content = await editWeb(page);
    await endOf(page, 'imagePullPolicy: IfNotPresent');
    await page.keyboard.press('Enter');
    await page.keyboard.type('ports: [{containerPort: 8080}]');
    await page.getByTestId('save-close').click();
    await expect.poll(() => content.innerText(), { timeout: 30_000 }).toContain('# pods "web" was not valid:');
    expect(await content.innerText()).toContain('# * spec: Forbidden: pod updates may not change fields other than');
    // The whole buffer, not only the lines on screen: the error comment above pushes the edit below the fold.
    expect(await wholeBuffer(page)).toContain('ports: [{containerPort: 8080}]');
    const log = page.locator('[role="log"]');
    expect(await log.innerText()).toContain('error: pods "web" is invalid');
    await shot(page, 'edit-refused');
    await page.getByTestId('cancel-edit').click();
    await expect.poll(() => log.innerText(), { timeout: 30_000 }).toMatch(/A copy of your changes has been stored to "\/tmp\/kubectl-edit-\d+\.yaml"\nerror: Edit cancelled, no valid changes were saved\./);
    expect(errors).toEqual([]);
    await context.close();
  });
});
