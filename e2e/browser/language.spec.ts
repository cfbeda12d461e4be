/**
 * The language picked in Settings is saved in the app's settings (the tray's source too), not
 * only in the browser: a new browser with an English locale and empty storage opens in Chinese.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openSharedPanel, startPanel, type RunningPanel } from '../harness/panel';

test.use({ locale: 'en-US' });

/** The saved choice; undefined until the settings file exists (the save is asynchronous). */
const savedLanguage = (dir: string) =>
  readFile(path.join(dir, 'settings.json'), 'utf8').then(
    (text) => (JSON.parse(text) as { language?: string | null }).language,
    () => undefined,
  );

let panel: RunningPanel | undefined;
let stateDir: string | undefined;
test.afterEach(async () => {
  await panel?.stop();
  if (stateDir) await rm(stateDir, { recursive: true, force: true });
});

test('the language choice lives in the app settings and wins over the browser language', async ({ page, browser }) => {
  stateDir = await mkdtemp(path.join(os.tmpdir(), 'claw-e2e-state-'));
  panel = await startPanel({ fixture: 'seed-hybrid.json5', env: { CLAW_CONTROL_STATE_DIR: stateDir } });
  await page.goto(panel.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置');
  await expect.poll(() => savedLanguage(stateDir!)).toBe('zh-CN');

  // Another browser: English locale, nothing in localStorage.
  const other = await browser.newContext({ locale: 'en-US' });
  const fresh = await other.newPage();
  await openSharedPanel(fresh, panel);
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('概览');

  // "Follow the system" clears it: back to the browser's English.
  await page.getByRole('combobox', { name: '语言' }).selectOption('system');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect.poll(() => savedLanguage(stateDir!)).toBe(null);
  // The other window follows the change (languageChanged event).
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('Overview');
  await other.close();
});
