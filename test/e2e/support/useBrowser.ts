// One Chromium per test file: launched before its tests, closed after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, open, type Opened } from './browser';

export interface TestBrowser {
  readonly browser: Browser;
  /** A fresh context and page on `url` (see `open`). */
  open(url: string, opts?: Parameters<typeof open>[2]): Promise<Opened>;
}

export function useBrowser(): TestBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const started = (): Browser => {
    if (!browser) throw new Error('the browser is launched before the tests run');
    return browser;
  };
  return {
    get browser() {
      return started();
    },
    open: (url, opts) => open(started(), url, opts),
  };
}
