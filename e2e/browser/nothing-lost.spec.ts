/**
 * Nothing lost, in Chromium against a real `claw-control serve`: a reload with an unsaved change
 * asks first and keeps it (not if the file changed meanwhile: then it says so and leaves the other
 * edit alone), page addresses with back and forward, and Undo last save after a reload.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel;
test.afterEach(async () => {
  await panel?.stop();
});

const chainRefs = (page: Page) => page.getByTestId('chain-item').locator('.chain-ref');
const status = (page: Page) => page.getByTestId('save-status');

async function openModels(page: Page) {
  panel = await startPanel({ fixture: 'hybrid-commented.json5' });
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await expect(chainRefs(page)).toHaveCount(3);
}
const removeOpus = (page: Page) =>
  page.getByRole('button', { name: 'Remove anthropic/claude-opus-4-5 from the chain' }).click();

/** Answers the browser's "leave this page?" with Leave, and records that it was asked. */
function leaveWhenAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  return asked;
}

test('a reload with an unsaved change asks first, then keeps the change on the same page', async ({ page }) => {
  await openModels(page);
  const before = await readFile(panel.configPath, 'utf8');
  await removeOpus(page);
  await expect(status(page)).toHaveText('1 unsaved change');
  const asked = leaveWhenAsked(page);
  await page.reload();
  expect(asked).toEqual(['beforeunload']);
  await expect(page).toHaveURL(/#\/models$/);
  await expect(status(page)).toHaveText('1 unsaved change');
  await expect(page.getByTestId('notice')).toContainText('Your unsaved change from before the reload is back');
  await expect(chainRefs(page)).toHaveCount(2);
  // Kept in the page, not written.
  expect(await readFile(panel.configPath, 'utf8')).toBe(before);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(status(page)).toHaveText('No unsaved changes');
  expect(await readFile(panel.configPath, 'utf8')).not.toContain('"anthropic/claude-opus-4-5", // last resort');
});

test('a change kept over a reload is dropped, and said, when the file changed on disk meanwhile', async ({ page }) => {
  await openModels(page);
  await removeOpus(page);
  await expect(status(page)).toHaveText('1 unsaved change');
  await appendFile(panel.configPath, '// edited elsewhere\n');
  await expect(page.getByTestId('disk-changed')).toBeVisible();
  leaveWhenAsked(page);
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText('changed on disk meanwhile');
  await expect(status(page)).toHaveText('No unsaved changes');
  await expect(chainRefs(page)).toHaveCount(3);
  expect(await readFile(panel.configPath, 'utf8')).toContain('// edited elsewhere');
});

test('page addresses: back and forward move between pages; an address names a model in the chain', async ({ page }) => {
  await openModels(page);
  await expect(page).toHaveURL(/#\/models$/);
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  await expect(page).toHaveURL(/#\/providers$/);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Providers');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Models');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Providers');

  await page.goto(`${panel.origin}/#/models/anthropic/claude-opus-4-5`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Models');
  await expect(page.locator('[data-testid="chain-item"][data-ref="anthropic/claude-opus-4-5"]')).toBeFocused();
});

test('Undo last save still works after a reload (the server keeps the undo record)', async ({ page }) => {
  await openModels(page);
  const before = await readFile(panel.configPath, 'utf8');
  await removeOpus(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(status(page)).toHaveText('No unsaved changes');
  await page.reload();
  const undo = page.getByRole('button', { name: 'Undo last save' });
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(page.getByTestId('notice')).toContainText('Restored the version before the last save');
  expect(await readFile(panel.configPath, 'utf8')).toBe(before);
  await expect(chainRefs(page)).toHaveCount(3);
});
