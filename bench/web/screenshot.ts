// Regenerates static/screenshot.png, the README's picture of the stage mid-flow:
// `npx tsx bench/web/screenshot.ts`. Builds and serves the site like the benchmark.
import { launch, open, type } from '../../test/e2e/support/browser';
import { buildSite, serveSite } from '../../test/e2e/support/site';

const OUT_DIR = 'test-results/shot-site';

async function main(): Promise<void> {
  buildSite(OUT_DIR);
  const served = await serveSite(OUT_DIR);
  const browser = await launch();
  try {
    const { page, context } = await open(browser, served.url);
    await page.getByTestId('speed').selectOption('2');
    await type(page, 'kubectl apply -f pod.yaml');
    // While the biggest layer of the image is on its way from the registry to node-2 (step 8).
    await page.getByTestId('caption').getByText('A layer of 134.8 MB is on its way').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(900);
    await page.getByTestId('play').click();
    await page.locator('g.pod[aria-label^="pod kubia-manual,"]').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'static/screenshot.png' });
    await context.close();
  } finally {
    await browser.close();
    served.stop();
  }
}

await main();
