/**
 * Test before save, in Chromium against a real `claw-control serve` and the fake LM Studio 0.4
 * (test/fakes/fake-servers.ts, replaying test/fixtures/server-responses.json): the Add-provider
 * dialog reaches the server as its URL is typed and imports its models in the same step; Ctrl-S
 * while a field refuses what was typed saves nothing and says why.
 */
import { readFile } from 'node:fs/promises';
import JSON5 from 'json5';
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

test('the new provider is tried before it exists, its models come in the same step; Ctrl-S refuses a bad field', async ({
  page,
}) => {
  lmstudio = await startFakeServer({ kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] });
  panel = await startPanel();
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  await page.getByRole('button', { name: 'Add provider', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a provider' });
  await dialog.getByLabel('Base URL').fill(lmstudio.baseUrl);

  // The server is asked before anything is in the config, with the key in the form.
  await expect(dialog.getByTestId('try-server')).toContainText('LM Studio answered in', { timeout: 15_000 });
  expect(lmstudio.requests.length).toBeGreaterThan(0);
  await dialog.getByRole('checkbox', { name: 'qwen/qwen3-4b-2507' }).check();
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('model-row-lmstudio/qwen/qwen3-4b-2507')).toBeVisible();

  // A base URL typed without its colon is refused by the card: Ctrl-S saves nothing and says why.
  const card = page.getByTestId('provider-lmstudio');
  const typo = lmstudio.baseUrl.replace('http://', 'http//');
  await card.getByLabel('Base URL').fill(typo);
  await card.getByLabel('Base URL').press('Control+s');
  await expect(page.getByTestId('notice')).toContainText('Not saved: a field holds a value that cannot be read.');
  await expect(page.getByTestId('save-status')).not.toHaveText('No unsaved changes');
  await expect(readFile(panel.configPath, 'utf8')).rejects.toThrow(/ENOENT/);

  // Fixed, it saves: the provider with the model at the context LM Studio loaded it with.
  await card.getByLabel('Base URL').fill(lmstudio.baseUrl);
  await card.getByLabel('Base URL').press('Enter');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');
  const saved = JSON5.parse<{
    models: { providers: Record<string, { models: { id: string; contextWindow: number }[] }> };
  }>(await readFile(panel.configPath, 'utf8'));
  expect(saved.models.providers.lmstudio!.models).toMatchObject([{ id: 'qwen/qwen3-4b-2507', contextWindow: 8192 }]);
});
