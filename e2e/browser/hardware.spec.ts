/**
 * Hardware and fit in the panel: the Mac Studio M2 Ultra 192 GB sample (a recorded
 * systeminformation snapshot) against the guidance's recommended config, and this
 * machine as it is (no GPU).
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { REPO_ROOT, startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel;
test.afterEach(async () => {
  await panel?.stop();
});

const M2_ULTRA = path.join(REPO_ROOT, 'test/fixtures/systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json');

test('on a Mac Studio M2 Ultra 192 GB: the budget, the MiniMax verdict with numbers, the advice, and the context fix', async ({
  page,
}) => {
  panel = await startPanel({ fixture: 'seed-recommended.json5', env: { CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA } });
  await page.goto(panel.url);
  await expect(page.getByTestId('hw-machine')).toHaveText('Mac Studio (M2 Ultra, 2023)');
  await expect(page.getByTestId('hw-wired')).toContainText('154.6 GB (estimated macOS default)');
  await expect(page.getByTestId('hw-wired')).toContainText('sudo sysctl iogpu.wired_limit_mb=180224');
  const advice = page.getByRole('list', { name: 'Advice for this setup' });
  await expect(advice.locator('[data-code="minimax-two-studios"]')).toContainText(
    'about two fully-specced Mac Studios',
  );
  await expect(advice.locator('[data-code="local-primary-compaction"]')).toContainText('keep agents narrow');

  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  const fit = page.getByTestId('fit-lmstudio/minimax-m2.1-gs32');
  await expect(fit).toContainText('smaller context');
  const badge = fit.locator('.badge');
  await expect(badge).toHaveAttribute(
    'title',
    /weights 142\.9 GB \(MLX-4bit-gs32, catalog size\) \+ KV 49\.9 GB at 196608 tokens/,
  );
  await expect(badge).toHaveAttribute('title', /largest context that fits: \d{5} tokens/);
  const useContext = fit.getByRole('button', { name: /^Use \d+ tokens$/ });
  const tokens = Number((await useContext.textContent())!.match(/\d+/)![0]);
  await useContext.click();
  await expect(fit.locator('.badge')).toHaveText('fits');

  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await page
    .getByRole('list', { name: 'Advice for this setup' })
    .getByRole('button', { name: 'Turn compaction on' })
    .click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');
  const saved = await readFile(panel.configPath, 'utf8');
  expect(saved).toContain(`contextTokens: ${tokens}`);
  expect(saved).toContain('compaction: {\n        enabled: true\n      }');
});

test('on this machine (no GPU): "no GPU detected — CPU only", without delay or error', async ({ page }) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5' });
  await page.goto(panel.url);
  await expect(page.getByTestId('hw-explanation')).toHaveText(
    'No GPU detected — CPU only: models run from system RAM, much more slowly.',
    { timeout: 5000 },
  );
  await expect(page.getByTestId('hw-note')).toHaveText('No GPU detected — CPU only.');
});

test('another machine’s memory adds to the budget', async ({ page }) => {
  panel = await startPanel({ fixture: 'seed-recommended.json5', env: { CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA } });
  await page.goto(panel.url);
  await expect(page.getByTestId('hw-budget')).toHaveText('154.6 GB');
  await page.getByLabel('Name').fill('studio-2');
  await page.getByLabel('Memory (GB) or JSON').fill('154.6');
  await page.getByRole('button', { name: 'Add machine' }).click();
  await expect(page.getByTestId('hw-budget')).toHaveText('309.2 GB across 2 machines');
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  await expect(page.getByTestId('fit-lmstudio/minimax-m2.1-gs32').locator('.badge')).toHaveText('fits');
});
