/**
 * Accessibility (issue #24): an axe-core scan of every page and of the review dialog, in English
 * and Simplified Chinese, reports no serious or critical violation; controls say which model they
 * act on; Esc on the review dialog gives focus back to the button that opened it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openSharedPanel, startPanel, type RunningPanel } from '../harness/panel';
import { PANEL_LANGUAGES, panelText, type PanelLanguage } from '../harness/panel-text';

let panel: RunningPanel;
test.beforeAll(async () => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5' });
});
test.afterAll(async () => {
  await panel.stop();
});

/** The serious and critical violations on the page as it is now, one line each (rule, node, summary). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${String(v.impact)}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    );
}

for (const lang of PANEL_LANGUAGES) {
  test(`every page and the review dialog pass axe-core with no serious violation (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: lang });
    const page = await context.newPage();
    const text = panelText(lang as PanelLanguage);
    try {
      await openSharedPanel(page, panel);
      await page.getByTestId('config-state').waitFor();
      for (const name of ['overview', 'providers', 'models', 'settings'] as const) {
        await page.getByRole('button', { name: text.nav[name], exact: true }).click();
        await page.getByRole('heading', { name: text.nav[name], exact: true, level: 1 }).waitFor();
        if (name === 'overview') await page.getByTestId('doctor').waitFor();
        if (name === 'providers') await page.getByTestId('provider-lmstudio').waitFor();
        if (name === 'models') await page.getByTestId('checkup').waitFor();
        expect(await seriousViolations(page), `${name} (${lang})`).toEqual([]);
      }
      await page.getByRole('button', { name: text.nav.models, exact: true }).click();
      await page
        .getByRole('button', { name: text.models.moveUp.replace('{{ref}}', 'lmstudio/minimax-m2.1-gs32') })
        .click();
      const review = page.getByRole('button', { name: text.editor.review });
      await review.click();
      await page.getByTestId('diff').waitFor();
      expect(await seriousViolations(page), `review dialog (${lang})`).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('diff')).toHaveCount(0);
      await expect(review).toBeFocused();
      await page.getByRole('button', { name: text.editor.discard }).click();
    } finally {
      await context.close();
    }
  });
}

test('each Check button, check badge and alias box says which model it is for', async ({ page }) => {
  await openSharedPanel(page, panel);
  await page.getByTestId('config-state').waitFor();
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await page.getByTestId('checkup').waitFor();
  const checks = page.getByTestId('checkup').getByRole('button', { name: /^Check .+ now$/ });
  const refs = await page
    .getByTestId('checkup')
    .locator('tr[data-ref]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ref')));
  expect(await checks.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')))).toEqual(
    refs.map((ref) => `Check ${String(ref)} now`),
  );
  const aliasNames = await page
    .getByTestId('chain-item')
    .getByRole('textbox')
    .evaluateAll((boxes) => boxes.map((b) => ((b as HTMLInputElement).labels?.[0]?.textContent ?? '').trim()));
  expect(aliasNames).toEqual([
    'Alias of anthropic/claude-sonnet-4-5',
    'Alias of lmstudio/minimax-m2.1-gs32',
    'Alias of anthropic/claude-opus-4-5',
  ]);
});

test('the panel loads with its icon and no request that fails (no /favicon.ico 404)', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await openSharedPanel(page, panel);
  await page.getByTestId('config-state').waitFor();
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toBe('./favicon.svg');
  const served = await page.request.get(new URL(icon!, page.url()).href);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toContain('image/svg+xml');
  expect(failed).toEqual([]);
});

test('OpenClaw’s "Use HTTPS endpoints" help beside a local http:// URL says it is fine here', async ({ page }) => {
  await openSharedPanel(page, panel);
  await page.getByTestId('config-state').waitFor();
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  const card = page.getByTestId('provider-lmstudio');
  await expect(card.getByLabel('Base URL', { exact: true })).toHaveValue('http://127.0.0.1:1234/v1');
  await expect(card.getByTestId('field-help').first()).toContainText('Use HTTPS endpoints');
  await expect(card.getByTestId('field-note')).toHaveText(
    'OpenClaw’s HTTPS advice is for hosted endpoints: a server on this machine or your LAN over plain http:// is fine.',
  );
});
