/** An empty home (no OpenClaw config yet) opens on a welcome with the first step, not a red doctor error (issue #24). */
import { expect, test } from '@playwright/test';
import { startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel;
test.beforeEach(async () => {
  panel = await startPanel();
});
test.afterEach(async () => {
  await panel?.stop();
});

test('no config yet: the Overview welcomes and offers to add a provider; no error badge', async ({ page }) => {
  await page.goto(panel.url);
  const welcome = page.getByTestId('welcome');
  await expect(welcome).toContainText('Welcome to Claw Control');
  await expect(welcome).toContainText(panel.configPath);
  await expect(page.locator('.finding-error, .badge-error')).toHaveCount(0);
  await welcome.getByRole('button', { name: 'Add a provider' }).click();
  await expect(page.getByRole('heading', { name: 'Providers', level: 1 })).toBeVisible();
});
