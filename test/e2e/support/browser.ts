// Chromium for the end-to-end tests and the web benchmark: Debian's /usr/bin/chromium
// driven by playwright-core (never a downloaded browser).
import { mkdirSync } from 'node:fs';
import { BASE } from './site';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Headless Chromium is the full browser: without the last flag each window would also load
// the omnibox popup's WebUI in a renderer of its own, a second or so of CPU during every page
// load that competes with the page under test (a third of the cold-load time on a 2-CPU machine).
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** `init`: a script run in the page before its own (to take a browser feature away). */
export async function open(browser: Browser, url: string, opts: { reducedMotion?: boolean; init?: string } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: opts.reducedMotion ? 'reduce' : 'no-preference' });
  const page = await context.newPage();
  if (opts.init) await page.addInitScript(opts.init);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.getByTestId('terminal-input').waitFor();
  // The app has mounted and taken over the terminal index.html painted (src/ui/lib/bootTerminal.ts).
  await page.locator('#boot').waitFor({ state: 'detached' });
  return { context, page, requests, errors };
}

/** What the page asked for beyond the site's own files under `base` (it should ask for nothing else). */
export function offSite(requests: string[], base: string): string[] {
  const site = new URL(BASE, new URL(base).origin).href;
  return requests.filter((r) => !r.startsWith(site) && !r.startsWith('data:'));
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png` });
}

/** Type a command line in the terminal and press Enter. */
export async function type(page: Page, line: string): Promise<void> {
  const input = page.getByTestId('terminal-input');
  await input.click();
  await input.fill(line);
  await input.press('Enter');
}

/** The stage's pod with this name, by its accessible label (name, READY, STATUS, IP). */
export function pod(page: Page, name: string) {
  return page.locator(`g.pod[aria-label^="pod ${name},"]`);
}

/** Wait until the stage shows the pod with a STATUS. */
export async function podStatus(page: Page, name: string, status: string, timeout = 60_000): Promise<void> {
  await page.locator(`g.pod[aria-label^="pod ${name},"][aria-label*="status ${status}"]`).waitFor({ timeout });
}

export async function setSpeed(page: Page, speed: number): Promise<void> {
  await page.getByTestId('speed').selectOption(String(speed));
}
