/**
 * The new user's setup path in the panel from an empty home (issue 24), against a fake LM Studio
 * 0.4 replaying recorded responses (test/fakes/fake-servers.ts, test/fixtures/server-responses.json):
 * LM Studio provider (a base URL typed without its colon is refused and the fix offered) → import
 * (the context the server loaded) → primary → hosted fallback → aliases with the allow-list choice →
 * review → save. The panel's own doctor must then report no error and no warning.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { startFakeServer, type FakeServer } from '@test/fakes/fake-servers';
import { startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel | undefined;
let lmstudio: FakeServer | undefined;

test.afterEach(async () => {
  await panel?.stop();
  await lmstudio?.close();
  panel = undefined;
  lmstudio = undefined;
});

const LOCAL = 'lmstudio/qwen/qwen3-4b-2507';
const HOSTED = 'anthropic/claude-opus-4-5';

test('from an empty home to a setup the doctor finds clean', async ({ page }) => {
  test.setTimeout(360_000);
  lmstudio = await startFakeServer({ kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] });
  panel = await startPanel();
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Providers', exact: true }).click();

  // The provider, with the URL first typed as users do mistype it: refused before it can be saved.
  await page.getByRole('button', { name: 'Add provider' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a provider' });
  const typo = lmstudio.baseUrl.replace('http://', 'http//');
  await dialog.getByLabel('Base URL').fill(typo);
  await expect(dialog.getByRole('alert')).toHaveText(
    `“${typo}” is missing the colon after the scheme. Did you mean ${lmstudio.baseUrl}?`,
  );
  await expect(dialog.getByRole('button', { name: 'Add', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: `Use ${lmstudio.baseUrl}` }).click();
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');

  // Import: the row gets the context LM Studio loaded the model at, not its maximum (262,144).
  await page.getByRole('button', { name: 'Import from server' }).click({ timeout: 15_000 });
  const importing = page.getByRole('dialog');
  await importing.getByRole('listitem').filter({ hasText: 'qwen/qwen3-4b-2507' }).getByRole('checkbox').check();
  await importing.getByRole('button', { name: 'Add 1 model' }).click();
  const row = page.getByTestId(`model-row-${LOCAL}`);
  await expect(row.getByLabel('Context window')).toHaveValue('8192');

  // The chain: the local model first, a hosted fallback; aliases with an explicit allow-list choice.
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await page.getByLabel('Add a model').fill(LOCAL);
  await page.getByRole('button', { name: 'Set as primary' }).click();
  await page.getByLabel('Add a model').fill(HOSTED);
  await page.getByRole('button', { name: 'Add as fallback' }).click();
  for (const [ref, alias] of [
    [LOCAL, 'Qwen'],
    [HOSTED, 'Opus'],
  ] as const) {
    await page.getByLabel('Model (provider/model)').fill(ref);
    await page.getByTestId('alias-form-alias').fill(alias);
    await page.getByRole('button', { name: 'Set alias' }).click();
    await expect(page.getByTestId(`alias-${ref}`)).toBeVisible();
  }
  await expect(page.getByTestId('alias-policy')).toContainText('Not chosen');
  await page.getByRole('radio', { name: /^Every model/ }).check();

  await page.getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');

  const written = await readFile(panel.configPath, 'utf8');
  expect(written).toContain('contextWindow: 8192');
  expect(written).toContain('modelPolicy: {}');

  // The panel's own doctor on what the panel wrote: nothing it could have avoided.
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  const doctor = page.getByTestId('doctor');
  // The card shows the report only once the doctor has run on the saved file.
  await expect(doctor).toBeVisible({ timeout: 20_000 });
  const findings = await doctor.locator('.finding').evaluateAll((nodes) =>
    nodes.map((n) => `${n.querySelector('.badge')?.textContent ?? ''} ${n.getAttribute('data-code') ?? ''}`),
  );
  expect(findings.filter((f) => f.startsWith('error') || f.startsWith('warning'))).toEqual([]);
});
