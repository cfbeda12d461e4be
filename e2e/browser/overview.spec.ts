import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel;

test.afterEach(async () => {
  await panel?.stop();
});

test('the Overview shows the config path and the summary read from the real file', async ({ page }) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5' });
  await page.goto(panel.url);
  await expect(page).toHaveURL(`${panel.origin}/`); // the token left the address for the tab's session
  await expect(page.getByTestId('config-path')).toHaveText(panel.configPath);
  await expect(page.getByTestId('config-source')).toHaveText('default location');
  await expect(page.getByTestId('config-state')).toHaveText('Loaded');
  await expect(page.getByTestId('summary-providers')).toHaveText('lmstudio');
  await expect(page.getByTestId('summary-primary')).toHaveText('anthropic/claude-sonnet-4-5');
  await expect(page.getByTestId('summary-fallbacks')).toHaveText('2');
  await expect(page.getByTestId('summary-mode')).toHaveText('merge');

  await page.getByRole('button', { name: 'Models' }).click();
  await expect(page.getByRole('list', { name: 'Model chain' }).getByRole('listitem')).toHaveText([
    /Primary\s*anthropic\/claude-sonnet-4-5/,
    /Fallback 1\s*lmstudio\/minimax-m2.1-gs32/,
    /Fallback 2\s*anthropic\/claude-opus-4-5/,
  ]);
});

test('an outside edit to the file shows up without a reload', async ({ page }) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5' });
  await page.goto(panel.url);
  await expect(page.getByTestId('summary-primary')).toHaveText('anthropic/claude-sonnet-4-5');
  const text = await readFile(panel.configPath, 'utf8');
  await writeFile(
    panel.configPath,
    text.replace('primary: "anthropic/claude-sonnet-4-5"', 'primary: "lmstudio/minimax-m2.1-gs32"'),
  );
  await expect(page.getByTestId('summary-primary')).toHaveText('lmstudio/minimax-m2.1-gs32');
});

test('a missing config is a normal state, and a malformed one shows line and column', async ({ page }) => {
  panel = await startPanel();
  await page.goto(panel.url);
  await expect(page.getByTestId('config-state')).toHaveText('No config yet');
  await panel.stop();

  panel = await startPanel({ fixture: 'seed-curly-quotes.json5' });
  await page.goto(panel.url);
  await expect(page.getByTestId('config-state')).toHaveText('Does not parse');
  await expect(page.getByTestId('config-parse-error')).toHaveText(/^Line 4, column 19: invalid character '“'$/);
});

test('the panel refuses the same URL without its token', async ({ page, request }) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5' });
  // The page itself holds no secret; without the link's session, no call is answered.
  await page.goto(panel.origin + '/');
  await expect(page.getByText(/Session expired/).first()).toBeVisible();
  const api = await request.post(`${panel.origin}/api/getConfigSummary`, { data: {} });
  expect(api.status()).toBe(401);
});

test('the Chinese UI follows the browser language', async ({ browser }) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5' });
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(panel.url);
  await expect(page.getByRole('heading', { name: '概览' })).toBeVisible();
  await expect(page.getByTestId('config-state')).toHaveText('已加载');
  await context.close();
});
