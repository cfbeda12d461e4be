/**
 * Takes the README's screenshots: starts the real headless panel on the seed's hybrid
 * config and captures every page (Overview, Providers, Models, Settings, the Review
 * dialog) at 800×600, 1280×800 and 1920×1080, in English and Chinese, light and dark,
 * into docs/screenshots/<page>-<size>-<lang>-<theme>.png: the window as a user sees it,
 * at half scale for 1920×1080 to keep the folder small. Run with `npm run screenshots` after `npm run build`.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { REPO_ROOT, startPanel } from './harness/panel';
import { PANEL_LANGUAGES, PANEL_SIZES, panelText } from './harness/panel-text';

const OUT = path.join(REPO_ROOT, 'docs', 'screenshots');
const PAGES = ['overview', 'providers', 'models', 'settings'] as const;

async function shoot(page: Page, name: string): Promise<void> {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file, fullPage: false });
  console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
}

/** SCREENSHOTS_ONLY=800x600-zh-CN-dark (a prefix of the suffix) retakes only those, leaving the rest. */
const ONLY = process.env.SCREENSHOTS_ONLY;

async function main() {
  await mkdir(OUT, { recursive: true });
  if (!ONLY) for (const old of await readdir(OUT)) if (old.endsWith('.png')) await rm(path.join(OUT, old));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of PANEL_SIZES) {
      for (const lang of PANEL_LANGUAGES) {
        for (const colorScheme of ['light', 'dark'] as const) {
          if (ONLY && !`${size.width}x${size.height}-${lang}-${colorScheme}`.startsWith(ONLY)) continue;
          // A fresh panel each time: the review shot leaves an edit behind.
          const panel = await startPanel({
            fixture: 'hybrid-commented.json5',
            env: {
              CLAW_CONTROL_HARDWARE_SNAPSHOT: path.join(
                REPO_ROOT,
                'test/fixtures/systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json',
              ),
            },
          });
          const text = panelText(lang);
          const context = await browser.newContext({
            viewport: { width: size.width, height: size.height },
            deviceScaleFactor: size.width > 1280 ? 0.5 : 1,
            colorScheme,
            locale: lang,
          });
          try {
            const page = await context.newPage();
            await page.goto(panel.url);
            await page.getByTestId('config-state').waitFor();
            await page.getByTestId('hw-machine').waitFor();
            const suffix = `${size.width}x${size.height}-${lang}-${colorScheme}.png`;
            for (const name of PAGES) {
              await page.getByRole('button', { name: text.nav[name], exact: true }).click();
              await page.getByRole('heading', { name: text.nav[name], exact: true, level: 1 }).waitFor();
              if (name === 'providers') await page.getByTestId('provider-lmstudio').waitFor();
              // The fit answers have come (the row badge and the server's list share one answer).
              if (name === 'providers' || name === 'models')
                await page.locator('.fit .badge[class*="fit-"]').first().waitFor({ timeout: 20_000 });
              if (name === 'models') await page.getByTestId('chain-item').first().waitFor();
              await shoot(page, `${name}-${suffix}`);
            }
            // An edit under review: the local model moved first, the real diff of the file.
            await page.getByRole('button', { name: text.nav.models, exact: true }).click();
            await page
              .getByRole('button', { name: text.models.moveUp.replace('{{ref}}', 'lmstudio/minimax-m2.1-gs32') })
              .click();
            await page.getByRole('button', { name: text.editor.review }).click();
            await page.getByTestId('diff').waitFor();
            await shoot(page, `review-${suffix}`);
          } finally {
            await context.close();
            await panel.stop();
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
  let total = 0;
  for (const file of await readdir(OUT)) total += (await stat(path.join(OUT, file))).size;
  console.log(`docs/screenshots: ${(total / 1024 / 1024).toFixed(1)} MB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
