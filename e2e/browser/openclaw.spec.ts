/**
 * Following the user's OpenClaw (issue #11) in Chromium against a real `claw-control serve`
 * whose `openclaw` is the real, pinned OpenClaw 2026.9.6 (test/helpers/openclaw-shim): the
 * OpenClaw card, field help from its schema, the one-click typographic-quote repair, and an
 * edit written through a single-file `$include` (bytes of both files, then OpenClaw's verdict) and an
 * outside edit of that included file, shown live as the "changed on disk" banner.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSON5 from 'json5';
import { expect, test } from '@playwright/test';
import { FIXTURES, startPanel, type RunningPanel } from '../harness/panel';
import { OPENCLAW_SHIM, openclawOptedOut, shimEnv, validateWithRealOpenClaw } from '@test/helpers/openclaw';

let panel: RunningPanel | undefined;

/** Only the shim's variables: the panel keeps its own temporary HOME. */
function openclawEnv(): Record<string, string> {
  const env = shimEnv();
  return Object.fromEntries(
    ['OPENCLAW_BIN', 'OPENCLAW_TEST_NODE', 'OPENCLAW_TEST_ENTRY'].map((key) => [key, env[key]!]),
  );
}

test.afterEach(async () => {
  await panel?.stop();
  panel = undefined;
});

// Every test here runs the real OpenClaw; CLAW_CONTROL_SKIP_OPENCLAW=1 is the documented opt-out.
test.skip(openclawOptedOut, 'CLAW_CONTROL_SKIP_OPENCLAW=1');
// The first call runs `openclaw --version` and `openclaw config schema` (seconds each on a busy 2-core machine).
test.setTimeout(180_000);
const FIRST_CALL = { timeout: 90_000 };

test('the Overview names the installed OpenClaw: its path and version', async ({ page }) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5', env: openclawEnv() });
  await page.goto(panel.url);
  await expect(page.getByTestId('openclaw-version')).toContainText('2026.9.6', FIRST_CALL);
  await expect(page.getByTestId('openclaw-path')).toContainText(OPENCLAW_SHIM);
  await expect(page.getByTestId('openclaw-schema')).toContainText('2026.9.6');
});

test('the provider editor shows each field’s help from OpenClaw’s schema', async ({ page }) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5', env: openclawEnv() });
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  const card = page.getByTestId('provider-lmstudio');
  // OpenClaw 2026.9.6's schema: models.providers.*.baseUrl "Model Provider Base URL".
  const help = card.getByTestId('field-help').filter({ hasText: 'Base URL for the provider endpoint' });
  await expect(help).toBeVisible(FIRST_CALL);
  // Clamped to three lines under the field; the tooltip holds the title and the whole text.
  await expect(help).toHaveAttribute('title', /^Model Provider Base URL: Base URL for the provider endpoint/);
});

test('typographic quotes: plain words, the diff, one click, and the file parses', async ({ page }) => {
  panel = await startPanel({ fixture: 'seed-curly-quotes.json5', env: openclawEnv() });
  await page.goto(panel.url);
  await expect(page.getByTestId('config-state')).toHaveText('Does not parse');
  const repair = page.getByTestId('quote-repair');
  await expect(repair).toContainText('Line 4 uses typographic quotes');
  await expect(repair).toContainText('where JSON5 needs straight quotes');
  await repair.getByRole('button', { name: 'Replace typographic quotes with straight quotes' }).click();
  const dialog = page.getByRole('dialog');
  const diff = dialog.getByTestId('quote-repair-diff');
  await expect(diff).toContainText('-model: { primary: “lmstudio/minimax-m2.1-gs32” },');
  await expect(diff).toContainText('+model: { primary: "lmstudio/minimax-m2.1-gs32" },');
  await expect(diff.locator('.diff-add').first()).toBeVisible(); // the shared coloured diff, not a bare <pre>
  await dialog.getByRole('button', { name: 'Replace typographic quotes with straight quotes' }).click();
  await expect(page.getByTestId('config-state')).toHaveText('Loaded', FIRST_CALL);
  const text = await readFile(panel.configPath, 'utf8');
  expect(text).not.toMatch(/[“”]/);
  expect(JSON5.parse(text)).toMatchObject({
    agents: { defaults: { model: { primary: 'lmstudio/minimax-m2.1-gs32' } } },
  });
});

test('an included provider shows its file, an edit of it is written through that file only, an outside edit shows live', async ({
  page,
}) => {
  const mainText = await readFile(path.join(FIXTURES, 'include-providers', 'openclaw.json5'), 'utf8');
  const providersText = await readFile(path.join(FIXTURES, 'include-providers', 'providers.json5'), 'utf8');
  panel = await startPanel({ configText: mainText, env: openclawEnv() });
  await writeFile(path.join(path.dirname(panel.configPath), 'providers.json5'), providersText);
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  const card = page.getByTestId('provider-studio');
  await expect(card.getByTestId('provider-source-studio')).toHaveText('in providers.json5', FIRST_CALL);

  const timeout = card.getByLabel('Timeout (s)');
  await timeout.fill('900');
  await timeout.press('Enter');
  await expect(page.getByTestId('save-status')).toHaveText('1 unsaved change');
  await page.getByRole('button', { name: 'Review changes' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('review-include-file')).toContainText('providers.json5');
  await expect(dialog.getByTestId('diff')).toContainText(
    '+++ ' + path.join(path.dirname(panel.configPath), 'providers.json5'),
  );
  await expect(dialog.getByTestId('diff')).toContainText('+    timeoutSeconds: 900,');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes', FIRST_CALL);

  expect(await readFile(panel.configPath, 'utf8')).toBe(mainText);
  const written = await readFile(path.join(path.dirname(panel.configPath), 'providers.json5'), 'utf8');
  expect(written).toBe(providersText.replace('timeoutSeconds: 600', 'timeoutSeconds: 900'));
  const verdict = await validateWithRealOpenClaw(panel.configPath);
  expect(verdict.issues).toEqual([]);
  expect(verdict.valid).toBe(true);

  // Our own write raised no banner; an outside edit of the included file (an editor) does, live,
  // while there are unsaved edits.
  await timeout.fill('1200');
  await timeout.press('Enter');
  await expect(page.getByTestId('save-status')).toHaveText('1 unsaved change');
  await expect(page.getByTestId('disk-changed')).toHaveCount(0);
  await writeFile(
    path.join(path.dirname(panel.configPath), 'providers.json5'),
    written.replace('timeoutSeconds: 900', 'timeoutSeconds: 60'),
  );
  await expect(page.getByTestId('disk-changed')).toBeVisible();
});
