/**
 * Takes the README's screenshots: starts the real headless panel on the seed's hybrid
 * config and captures each page, light and dark, into docs/screenshots/.
 * Run with `npm run screenshots` after `npm run build`.
 */
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { REPO_ROOT, startPanel } from './harness/panel';

const OUT = path.join(REPO_ROOT, 'docs', 'screenshots');
const PAGES = [
  { name: 'overview', nav: 'Overview' },
  { name: 'providers', nav: 'Providers' },
  { name: 'models', nav: 'Models' },
];

async function shoot(page: Page, name: string): Promise<void> {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
}

async function main() {
  const panel = await startPanel({
    fixture: 'hybrid-commented.json5',
    env: {
      CLAW_CONTROL_HARDWARE_SNAPSHOT: path.join(
        REPO_ROOT,
        'test/fixtures/systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json',
      ),
    },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport: { width: 1180, height: 720 },
        colorScheme,
        locale: 'en-US',
      });
      const page = await context.newPage();
      await page.goto(panel.url);
      await page.getByTestId('config-state').waitFor();
      await page.getByTestId('hw-machine').waitFor();
      for (const { name, nav } of PAGES) {
        await page.getByRole('button', { name: nav, exact: true }).click();
        await page.getByRole('heading', { name: nav, exact: true, level: 1 }).waitFor();
        await shoot(page, `${name}-${colorScheme}.png`);
      }
      // An edit under review: the local model moved first, the real diff of the file.
      await page.getByRole('button', { name: 'Move lmstudio/minimax-m2.1-gs32 up' }).click();
      await page.getByRole('button', { name: 'Review changes' }).click();
      await page.getByTestId('diff').waitFor();
      await shoot(page, `review-${colorScheme}.png`);
      await context.close();
    }
  } finally {
    await browser.close();
    await panel.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
