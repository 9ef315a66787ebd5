// The terminal behaves like a shell: Tab completion, history, a continuation prompt for a
// heredoc, Ctrl-C, Ctrl-Z and bg, Ctrl-L and `clear`, and output shown as text, never as
// HTML; and a shell inside a container (`kubectl exec -it`) takes the lines typed at its own
// prompt.
import { describe, expect, inject, it } from 'vitest';
import { podStatus, setSpeed, shot, type } from './support/browser';
import { useBrowser } from './support/useBrowser';

const chromium = useBrowser();

/** A fresh page at 8× with a running nginx Pod `web`: the terminal's log and its prompt, to go into it. */
async function withNginx() {
  const opened = await chromium.open(inject('baseURL'));
  const page = opened.page;
  await expect.poll(() => page.getByTestId('reset').isEnabled()).toBe(true);
  await setSpeed(page, 8);
  await type(page, 'kubectl run web --image=nginx:1.27');
  await podStatus(page, 'web', 'Running');
  return { ...opened, log: page.locator('[role="log"]'), prompt: async () => (await page.locator('.prompt').innerText()).trim() };
}

describe('the terminal', () => {
  it('completes, remembers, continues, interrupts and clears', async () => {
    const { page, context, errors } = await chromium.open(inject('baseURL'));
    await expect.poll(() => page.getByTestId('reset').isEnabled()).toBe(true);
    const input = page.getByTestId('terminal-input');
    const log = page.locator('[role="log"]');
    await input.click();
    await page.keyboard.type('kub');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ge');
    await page.keyboard.press('Tab');
    await page.keyboard.type('po');
    await page.keyboard.press('Tab');
    expect(await input.inputValue()).toBe('kubectl get pods ');
    await page.keyboard.press('Enter');
    await expect.poll(() => log.innerText()).toContain('No resources found in default namespace.');

    await page.keyboard.press('ArrowUp');
    expect(await input.inputValue()).toBe('kubectl get pods ');
    await input.fill('');

    // A heredoc waits for its delimiter with the continuation prompt.
    await type(page, "cat <<'EOF'");
    await expect.poll(async () => (await page.locator('.prompt').innerText()).trim()).toBe('>');
    await type(page, '<b>not bold</b>');
    await type(page, 'EOF');
    await expect.poll(() => log.innerText()).toContain('<b>not bold</b>');
    expect(await log.locator('b').count()).toBe(0);

    // Ctrl-C stops a command that would wait a long time.
    await type(page, 'sleep 600');
    await page.keyboard.press('Control+c');
    await expect.poll(() => log.innerText()).toContain('^C');
    await expect.poll(async () => (await page.locator('.prompt').innerText()).trim()).toBe('learner@laptop:~$');

    await page.keyboard.press('Control+l');
    await expect.poll(() => log.locator('pre').count()).toBe(0);
    await type(page, 'ls');
    await expect.poll(() => log.innerText()).toContain('pod.yaml');
    await type(page, 'clear');
    await expect.poll(() => log.locator('pre').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives a shell in a container: its prompt on the input line, each line run in the Pod', async () => {
    const { page, context, errors, log, prompt } = await withNginx();
    await type(page, 'kubectl exec -it web -- sh');
    await expect.poll(prompt, { timeout: 30_000 }).toBe('#');
    await type(page, 'hostname');
    await expect.poll(() => log.innerText(), { timeout: 30_000 }).toContain('# hostname\nweb');
    await type(page, 'curl -s localhost | grep title');
    await expect.poll(() => log.innerText(), { timeout: 30_000 }).toContain('<title>Welcome to nginx!</title>');
    await shot(page, 'terminal-exec-shell');
    await type(page, 'exit');
    await expect.poll(prompt, { timeout: 30_000 }).toBe('learner@laptop:~$');
    expect(await log.innerText()).toContain('# exit');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('debugs a running Pod with an ephemeral container that shares its network and, with --target, its processes', async () => {
    const { page, context, errors, log, prompt } = await withNginx();
    await type(page, 'kubectl debug -it web --image=busybox:1.36 --target=web --profile=general');
    await expect.poll(prompt, { timeout: 30_000 }).toBe('/ #');
    // The stage draws the new container in the Pod's box, beside pause and nginx.
    const ephemeral = page.locator('.stage .container.kind-ephemeral');
    await expect.poll(() => ephemeral.count(), { timeout: 30_000 }).toBe(1);
    expect(await ephemeral.locator('title').textContent()).toMatch(/^ephemeral container debugger-[a-z0-9]{5}: running$/);
    await type(page, 'ps');
    await expect.poll(() => log.innerText(), { timeout: 30_000 }).toContain('nginx: master process');
    await type(page, 'wget -qO- localhost | grep title');
    await expect.poll(() => log.innerText(), { timeout: 30_000 }).toContain('<title>Welcome to nginx!</title>');
    await shot(page, 'terminal-debug');
    await type(page, 'exit');
    await expect.poll(prompt, { timeout: 30_000 }).toBe('learner@laptop:~$');
    expect(await log.innerText()).toMatch(/Session ended, the ephemeral container will not be restarted/);
    await expect.poll(async () => (await ephemeral.locator('title').textContent()) ?? '', { timeout: 30_000 }).toMatch(/: exited \(Completed\)$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stops a watch with Ctrl-Z, holds its events until bg continues it, and kills it', async () => {
    const { page, context, errors, log, prompt } = await withNginx();
    await type(page, 'kubectl get pods -w');
    await expect.poll(() => log.innerText(), { timeout: 30_000 }).toMatch(/web +1\/1 +Running/);
    await page.keyboard.press('Control+z');
    await expect.poll(() => log.innerText()).toContain('^Z\n[1]+  Stopped                 kubectl get pods -w');
    await expect.poll(prompt).toBe('learner@laptop:~$');
    await type(page, 'jobs');
    await expect.poll(() => log.innerText()).toContain('$ jobs\n[1]+  Stopped                 kubectl get pods -w');
    // Stopped, the watch prints nothing of a new Pod.
    await type(page, 'kubectl run other --image=nginx:1.27');
    await podStatus(page, 'other', 'Running');
    expect(await log.innerText()).not.toMatch(/^other /m);
    await type(page, 'bg');
    await expect.poll(() => log.innerText()).toContain('$ bg\n[1]+ kubectl get pods -w &');
    await expect.poll(() => log.innerText(), { timeout: 30_000 }).toMatch(/^other +1\/1 +Running/m);
    await shot(page, 'terminal-ctrl-z-bg');
    await type(page, 'kill %1');
    await expect.poll(() => log.innerText()).toContain('[1]+  Terminated              kubectl get pods -w');
    await expect.poll(prompt).toBe('learner@laptop:~$');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('streams kubectl logs -f as the container writes, until Ctrl-C', async () => {
    const { page, context, errors } = await chromium.open(inject('baseURL'));
    await expect.poll(() => page.getByTestId('reset').isEnabled()).toBe(true);
    await setSpeed(page, 8);
    const log = page.locator('[role="log"]');
    await type(page, `kubectl run tick --image=busybox -- sh -c 'i=0; while true; do echo "tick $i"; i=$((i+1)); sleep 2; done'`);
    await podStatus(page, 'tick', 'Running');
    await type(page, 'kubectl logs -f tick');
    // Lines keep arriving while the command runs: the stream grows without a new prompt.
    await expect.poll(() => log.innerText(), { timeout: 30_000 }).toMatch(/tick \d+\ntick \d+\ntick \d+/);
    const before = (await log.innerText()).match(/tick \d+/g)!.length;
    await expect.poll(async () => (await log.innerText()).match(/tick \d+/g)!.length, { timeout: 30_000 }).toBeGreaterThan(before + 1);
    await shot(page, 'terminal-logs-follow');
    await page.keyboard.press('Control+c');
    await expect.poll(() => log.innerText()).toContain('^C');
    await expect.poll(async () => (await page.locator('.prompt').innerText()).trim()).toBe('learner@laptop:~$');
    expect(errors).toEqual([]);
    await context.close();
  });
});
