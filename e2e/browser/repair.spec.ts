/**
 * A malformed config fixed from the panel, in Chromium against a real `claw-control serve`: the bad
 * line shown with its neighbours, a backup compared and put back (the broken file kept as the newest
 * backup), and typographic quotes straightened — each through the same safe writer as a save.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURES, startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel;
test.afterEach(async () => {
  await panel?.stop();
});

test('a file that does not parse: its bad line shown, a backup compared and restored, the broken file kept', async ({
  page,
}) => {
  const good = await readFile(path.join(FIXTURES, 'seed-hybrid.json5'), 'utf8');
  // A comma lost after line 16 (`mode: "merge"`): json5 stops at line 17.
  const broken = good.replace('mode: "merge",', 'mode: "merge"');
  panel = await startPanel({ configText: broken });
  await writeFile(`${panel.configPath}.bak`, good);
  await page.goto(panel.url);
  await expect(page.getByTestId('config-state')).toHaveText('Does not parse');
  await page.getByRole('button', { name: 'Repair the config…' }).click();
  await expect(page).toHaveURL(/#\/repair$/);

  const excerpt = page.getByTestId('parse-excerpt');
  await expect(excerpt.locator('[aria-current="true"]')).toHaveAttribute('data-line', '17');
  await expect(excerpt).toContainText('mode: "merge"');
  await expect(excerpt.locator('[data-line]')).toHaveCount(7);
  await expect(page.getByTestId('repair-problem')).toContainText('line 17');

  await page.getByRole('button', { name: 'Compare openclaw.json.bak with the current file and restore it' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('restore-diff')).toContainText('+    mode: "merge",');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByTestId('repair-fixed')).toHaveText('Done: the config parses again.');
  expect(await readFile(panel.configPath, 'utf8')).toBe(good);
  // The broken file is not lost: it is the newest backup now.
  expect(await readFile(`${panel.configPath}.bak`, 'utf8')).toBe(broken);
  await expect(page.getByTestId('backups').locator('[data-backup]')).toHaveCount(2);

  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await expect(page.getByTestId('chain-item')).toHaveCount(3);
});

test('typographic quotes: straightened from the repair page after their diff', async ({ page }) => {
  panel = await startPanel({ fixture: 'seed-curly-quotes.json5' });
  await page.goto(`${panel.url}#/repair`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Repair');
  await expect(page.getByTestId('parse-excerpt').locator('[aria-current="true"]')).toHaveAttribute('data-line', '4');
  await page.getByRole('button', { name: 'Replace typographic quotes with straight quotes' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('quote-repair-diff')).toContainText(
    '+model: { primary: "lmstudio/minimax-m2.1-gs32" },',
  );
  await dialog.getByRole('button', { name: 'Replace typographic quotes with straight quotes' }).click();
  await expect(page.getByTestId('repair-fixed')).toBeVisible();
  const text = await readFile(panel.configPath, 'utf8');
  expect(text).not.toMatch(/[“”]/);
  expect(await readFile(`${panel.configPath}.bak`, 'utf8')).toMatch(/“lmstudio\/minimax-m2.1-gs32”/);
});

test('the repair page in Simplified Chinese: a backup put back', async ({ browser }) => {
  const good = await readFile(path.join(FIXTURES, 'seed-hybrid.json5'), 'utf8');
  panel = await startPanel({ configText: good.replace('mode: "merge",', 'mode: "merge"') });
  await writeFile(`${panel.configPath}.bak`, good);
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${panel.url}#/repair`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('修复');
  await expect(page.getByRole('heading', { name: '备份' })).toBeVisible();
  await page.getByRole('button', { name: '将 openclaw.json.bak 与当前文件对比，并恢复它' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '恢复这个备份' }).click();
  await expect(page.getByTestId('repair-fixed')).toHaveText('完成：配置又能正常解析了。');
  expect(await readFile(panel.configPath, 'utf8')).toBe(good);
  await context.close();
});
