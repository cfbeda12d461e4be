/**
 * Checks only the real Electron runtime can answer: what the preload exposes, and that
 * the window shows data from the real file. Skips (saying why) where the runtime is
 * not installed — it is downloaded lazily by `npm start`, which needs Node ≥ 22.12.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, copyFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { CALL_NAMES } from '@shared/api/names';
import { FIXTURES, REPO_ROOT } from '../harness/panel';

function electronExecutable(): { path: string } | { reason: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const dist = override ?? path.join(REPO_ROOT, 'node_modules', 'electron', 'dist');
  const pathFile = path.join(REPO_ROOT, 'node_modules', 'electron', 'path.txt');
  if (!override && !existsSync(pathFile))
    return { reason: 'the Electron runtime is not installed (node_modules/electron/path.txt is missing)' };
  const relative = override
    ? process.platform === 'darwin'
      ? 'Electron.app/Contents/MacOS/Electron'
      : 'electron'
    : readFileSync(pathFile, 'utf8').trim();
  const executable = path.join(dist, relative);
  return existsSync(executable) ? { path: executable } : { reason: `the Electron runtime is missing at ${executable}` };
}

const runtime = electronExecutable();
if ('reason' in runtime) console.log(`[electron e2e] skipped: ${runtime.reason}`);

test.describe('desktop app', () => {
  test.skip('reason' in runtime, 'reason' in runtime ? runtime.reason : '');

  test('exposes exactly the contract and shows the config', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'claw-electron-'));
    const configPath = path.join(home, '.openclaw', 'openclaw.json');
    await mkdir(path.dirname(configPath), { recursive: true });
    await copyFile(path.join(FIXTURES, 'seed-hybrid.json5'), configPath);
    const app = await electron.launch({
      executablePath: (runtime as { path: string }).path,
      args: [
        path.join(REPO_ROOT, 'out', 'main', 'index.js'),
        ...(process.platform === 'linux' ? ['--no-sandbox'] : []),
      ],
      env: { ...process.env, HOME: home, CLAW_CONTROL_E2E: '1', OPENCLAW_CONFIG_PATH: '' },
    });
    try {
      const page = await app.firstWindow();
      const exposed = await page.evaluate(() => ({
        keys: Object.keys((window as unknown as { clawControl?: object }).clawControl ?? {}).sort(),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ keys: [...CALL_NAMES, 'onEvent'].sort(), require: 'undefined', process: 'undefined' });
      await expect(page.getByTestId('config-path')).toHaveText(configPath);
      await expect(page.getByTestId('summary-primary')).toHaveText('anthropic/claude-sonnet-4-5');
      const navigated = await page.evaluate(() => {
        window.location.href = 'https://example.com/';
        return new Promise((resolve) => setTimeout(() => resolve(window.location.protocol), 500));
      });
      expect(navigated).toBe('file:');
      expect(
        await app.evaluate(() => (globalThis as { __clawControlTray?: unknown }).__clawControlTray !== undefined),
      ).toBe(true);
      const opened = await app.evaluate(async ({ BrowserWindow }) => {
        const [win] = BrowserWindow.getAllWindows();
        return win!.webContents.executeJavaScript('window.open("https://example.com/") === null');
      });
      expect(opened).toBe(true);
    } finally {
      await app.close();
      await rm(home, { recursive: true, force: true });
    }
  });
});
