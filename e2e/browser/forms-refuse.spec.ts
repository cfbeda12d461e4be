/**
 * Bad input refused before save (issue 24), in Chromium against a real `claw-control serve` on the
 * seed config: each value from the new user's walk that used to be written — a URL without its
 * colon, "ten minutes" as a timeout, a context below OpenClaw's minimum, an output limit that fills
 * the context — is said at its field, holds Save with the reason, and never reaches the file.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator } from '@playwright/test';
import { startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel | undefined;
test.afterEach(async () => {
  await panel?.stop();
  panel = undefined;
});

/** Types `value` into `field` and commits it (Enter), as a user does. */
async function typeInto(field: Locator, value: string) {
  await field.fill(value);
  await field.press('Enter');
}

test('each bad input is refused at its field with a message, holds Save, and the file is untouched', async ({
  page,
}) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5' });
  const before = await readFile(panel.configPath, 'utf8');
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  const card = page.getByTestId('provider-lmstudio');
  const save = page.getByRole('button', { name: 'Save', exact: true });
  const blockers = page.getByTestId('save-blockers');

  await typeInto(card.getByLabel('Base URL'), 'http//127.0.0.1:51001');
  await expect(card.getByRole('alert')).toHaveText(
    '“http//127.0.0.1:51001” is missing the colon after the scheme. Did you mean http://127.0.0.1:51001?',
  );
  await expect(save).toBeDisabled();
  await expect(blockers).toContainText('Base URL: “http//127.0.0.1:51001” is missing the colon');
  await card.getByLabel('Base URL').fill('http://127.0.0.1:1234/v1');
  await card.getByLabel('Base URL').press('Enter');
  await expect(card.getByRole('alert')).toHaveCount(0);

  await typeInto(card.getByLabel('Timeout (s)'), 'ten minutes');
  await expect(card.getByRole('alert')).toHaveText(
    '“ten minutes” is not a duration. Write seconds (600) or with a unit: 90s, 10m, 1h.',
  );
  await expect(save).toBeDisabled();
  // Ctrl-S while a field refuses what was typed saves nothing and says why.
  await card.getByLabel('Timeout (s)').press('Control+s');
  await expect(page.getByTestId('notice')).toContainText('Not saved: a field holds a value that cannot be read.');
  await typeInto(card.getByLabel('Timeout (s)'), '10m');
  await expect(card.getByLabel('Timeout (s)')).toHaveValue('600');

  const row = page.getByTestId('model-row-lmstudio/minimax-m2.1-gs32');
  const context = row.getByLabel('Context window');
  await typeInto(context, '128');
  await expect(card.getByRole('alert')).toHaveText(
    '128 tokens is below OpenClaw’s minimum context window of 4000: OpenClaw would refuse to run this model.',
  );
  await expect(save).toBeDisabled();
  await typeInto(context, '32k');
  await expect(card.getByRole('alert')).toHaveCount(0);

  await row.getByRole('button', { name: /^Edit/ }).click();
  await typeInto(row.getByLabel('Max tokens'), '32k');
  await expect(card.getByRole('alert')).toHaveText(
    'An output limit of 32768 does not fit in a context window of 32768: leave room for the prompt.',
  );
  await expect(save).toBeDisabled();

  // Nothing refused reached the file; nothing was saved while a field was refused.
  expect(await readFile(panel.configPath, 'utf8')).toBe(before);
});
