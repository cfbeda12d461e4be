/**
 * Several machines in the panel: two real headless panels stand in for two Mac Studio
 * M3 Ultra 512 GB (recorded systeminformation snapshots); the first adds the second by the
 * URL its `serve` printed, shows both, the combined budget and MiniMax M2.1's split.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { REPO_ROOT, startPanel, type RunningPanel } from '../harness/panel';

const M3_ULTRA = path.join(REPO_ROOT, 'test/fixtures/systeminformation/derived-macos-mac-studio-m3-ultra-512gb.json');
let panels: RunningPanel[] = [];
test.afterEach(async () => {
  await Promise.all(panels.map((p) => p.stop()));
  panels = [];
});

test('adds a second Mac Studio by URL + token and splits MiniMax M2.1 across both', async ({ page }) => {
  const env = { CLAW_CONTROL_HARDWARE_SNAPSHOT: M3_ULTRA };
  panels = await Promise.all([
    startPanel({ fixture: 'seed-recommended.json5', env }),
    startPanel({ fixture: 'seed-recommended.json5', env }),
  ]);
  const [here, other] = panels as [RunningPanel, RunningPanel];
  await page.goto(here.url);
  const card = page.getByRole('region', { name: 'Several machines' });
  await card.getByLabel('URL').fill(other.url);
  await card.getByLabel('Name').fill('studio-b');
  await card.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(card.getByTestId('machine')).toContainText('studio-b');
  await expect(card.getByTestId('machine')).toContainText('online');
  await expect(card.getByTestId('cluster-total')).toContainText('Cluster: 2 machines, 824.6 GB for models');

  await card.getByLabel('Model').fill('minimax-m2.1');
  await card.getByLabel('Quantisation').fill('Q4_K_M');
  await card.getByRole('button', { name: 'Check across machines' }).click();
  await expect(card.getByTestId('cluster-fit')).toContainText('fits');
  await expect(card.getByTestId('cluster-node')).toHaveCount(2);
  await expect(card.getByTestId('cluster-node').first()).toContainText('31');
  // The token never comes back to the page.
  expect(await page.content()).not.toContain(new URL(other.url).searchParams.get('token')!);
});

test('a wrong token is refused with a clear message', async ({ page }) => {
  panels = [await startPanel(), await startPanel()];
  const [here, other] = panels as [RunningPanel, RunningPanel];
  await page.goto(here.url);
  const card = page.getByRole('region', { name: 'Several machines' });
  await card.getByLabel('URL').fill(other.url.replace(/token=[^&]+/, 'token=wrong'));
  await card.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(card.getByRole('alert')).toContainText('refused the token');
  await expect(card.getByTestId('machine')).toHaveCount(0);
});
