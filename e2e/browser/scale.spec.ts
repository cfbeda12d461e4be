/**
 * The panel with 50 providers × 200 models (the benchmark's config): long lists render a
 * screenful at a time, yet every provider and every check-up row is reachable by scrolling,
 * and the chain's move buttons still work. Timings belong to `npm run bench`, not here.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { largeConfigText } from '../../bench/config-save.bench';
import { startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel;

// A panel per test: its URL token works for one page load.
test.beforeEach(async () => {
  panel = await startPanel({ configText: largeConfigText(50, 200) });
});

test.afterEach(async () => {
  await panel?.stop();
});

test.use({ viewport: { width: 1280, height: 800 } });

/** Scrolls until the end of the list `listSelector` is on screen and `locator` is rendered (row heights settle as rows are measured). */
async function scrollToEnd(page: Page, listSelector: string, locator: Locator) {
  for (let i = 0; i < 20 && (await locator.count()) === 0; i++) {
    await page.locator(listSelector).evaluate((list) => {
      window.scrollTo(0, list.getBoundingClientRect().bottom + window.scrollY - window.innerHeight + 40);
    });
    await page.waitForTimeout(100);
  }
}

test('providers: only the cards near the screen are rendered, and scrolling reaches the last one', async ({ page }) => {
  await page.goto(panel.url);
  await page.getByTestId('summary-primary').waitFor();
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  await expect(page.getByTestId('provider-p0')).toBeVisible();
  const cards = page.locator('section.provider-card');
  expect(await cards.count()).toBeLessThan(25);
  const last = page.getByTestId('provider-p49');
  await scrollToEnd(page, '.provider-list', last);
  await expect(last).toBeVisible();
  await expect(page.getByTestId('provider-p0')).toHaveCount(0);
  // The last card is a full card: its fields work as anywhere else.
  await expect(last.getByLabel('Base URL', { exact: true })).toHaveValue('http://192.168.1.49:1234/v1');
});

test('models: 10,000 local models in the check-up render a screenful at a time; the chain still reorders', async ({
  page,
}) => {
  await page.goto(panel.url);
  await page.getByTestId('summary-primary').waitFor();
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await page.getByTestId('checkup').waitFor();
  const rows = page.getByTestId('checkup').locator('tr[data-ref]');
  expect(await rows.count()).toBeLessThan(200);
  await page.getByRole('button', { name: 'Move p0/model-0 down' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('1 unsaved change');
  await expect(page.getByTestId('chain-item').first()).toHaveAttribute('data-ref', 'p1/model-1');
  const lastRow = page.locator('tr[data-ref="p49/model-199"]');
  await scrollToEnd(page, '.checkup-table', lastRow);
  await expect(lastRow).toBeVisible();
});
