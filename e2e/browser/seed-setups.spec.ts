/**
 * The guidance's three setups (seeds/ 本地模型) done in the panel from no config at all:
 * recommended LM Studio + MiniMax M2.1 (against a fake LM Studio 0.4 replaying recorded
 * responses: the card must leave "Checking the server…" and offer "Import from server"
 * right after the first save, without a reload), hosted primary with a local fallback
 * (the layout picker asks which models to use), and a custom local server that is down.
 * Each checks the bytes on disk and, where the validator is beside the checkout, OpenClaw's
 * own acceptance.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { startFakeServer, type FakeServer } from '@test/fakes/fake-servers';
import { assertOpenClawAccepts } from '@test/helpers/openclaw';
import {
  CUSTOM,
  HYBRID,
  LOCAL_MODEL,
  MERGE_NOTE,
  MINIMAX,
  modelRow,
  RECOMMENDED,
  seedFile,
  type SeedModel,
} from '@test/helpers/seed-setups';
import { startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel | undefined;
let lmstudio: FakeServer | undefined;

test.afterEach(async () => {
  await panel?.stop();
  await lmstudio?.close();
  panel = undefined;
  lmstudio = undefined;
});

async function openEmpty(page: Page) {
  panel = await startPanel();
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  await expect(page.getByText('No providers configured yet.')).toBeVisible();
}

async function addProvider(page: Page, preset: string, id: string, baseUrl?: string) {
  await page.getByRole('button', { name: 'Add provider' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a provider' });
  await dialog.getByLabel('Server or service').selectOption({ label: preset });
  await dialog.getByLabel('Provider id').fill(id);
  if (baseUrl) await dialog.getByLabel('Base URL').fill(baseUrl);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId(`provider-${id}`)).toBeVisible();
}

async function addRow(page: Page, model: SeedModel) {
  const { provider, id } = model;
  const form = page.getByTestId(`provider-${provider}`).getByRole('form', { name: `Add a model to ${provider}` });
  await form.getByLabel('Model id').fill(id);
  await form.getByLabel('Name').fill(model.name);
  await form.getByLabel('Context window').fill(String(model.contextWindow));
  await form.getByLabel('Max tokens').fill(String(model.maxTokens));
  await form.getByRole('button', { name: 'Add model' }).click();
  await expect(page.getByTestId(`model-row-${provider}/${id}`)).toBeVisible();
}

async function setAlias(page: Page, ref: string, alias: string) {
  await page.getByLabel('Model (provider/model)').fill(ref);
  await page.getByTestId('alias-form-alias').fill(alias);
  await page.getByRole('button', { name: 'Set alias' }).click();
  await expect(page.getByTestId(`alias-${ref}`)).toBeVisible();
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');
}

/** A row added in the panel: no reasoning key, text input. */
const panelRow = (model: SeedModel) =>
  modelRow({
    id: model.id,
    name: model.name,
    input: ['text'],
    contextWindow: model.contextWindow,
    maxTokens: model.maxTokens,
  });

test('recommended: LM Studio + MiniMax M2.1 from nothing; polling starts with the first local provider', async ({
  page,
}) => {
  test.setTimeout(360_000);
  lmstudio = await startFakeServer({ kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] });
  await openEmpty(page);
  await addProvider(page, 'LM Studio', 'lmstudio', lmstudio.baseUrl);
  await expect(page.getByTestId('preset-differences')).toHaveCount(0); // the dialog is closed
  await save(page);
  // Polling starts without a reload: the card shows the server and offers the import.
  await expect(page.getByRole('button', { name: 'Import from server' })).toBeVisible({ timeout: 15_000 });
  await addRow(page, MINIMAX);

  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await page.getByLabel('Add a model').fill(RECOMMENDED.primary);
  await page.getByRole('button', { name: 'Set as primary' }).click();
  for (const [ref, alias] of RECOMMENDED.aliases) await setAlias(page, ref, alias);
  await save(page);

  const provider = { id: 'lmstudio', baseUrl: lmstudio.baseUrl, apiKey: 'lmstudio', timeoutSeconds: 600 };
  expect(await readFile(panel!.configPath, 'utf8')).toBe(
    seedFile({ ...provider, row: panelRow(MINIMAX) }, RECOMMENDED.agents),
  );
  await assertOpenClawAccepts(panel!.configPath);
});

test('hybrid: the hosted-primary layout from an empty chain asks which models to use', async ({ page }) => {
  test.setTimeout(360_000);
  await openEmpty(page);
  await addProvider(page, 'LM Studio', 'lmstudio');
  await addRow(page, MINIMAX);
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await page.getByRole('button', { name: /^Hosted primary, local fallback/ }).click();
  const dialog = page.getByRole('dialog');
  // The layout sets the hosted primary and the local fallback; Opus is added after them.
  const [local, hosted] = HYBRID.fallbacks;
  await dialog.getByRole('checkbox', { name: local }).check();
  await dialog.getByLabel('A hosted model for the chain').fill(HYBRID.primary);
  await expect(dialog.getByRole('list', { name: 'Resulting chain' })).toContainText(HYBRID.primary);
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await page.getByLabel('Add a model').fill(hosted);
  await page.getByRole('button', { name: 'Add as fallback' }).click();
  for (const [ref, alias] of HYBRID.aliases) await setAlias(page, ref, alias);
  // The review shows the seed's reason for models.mode "merge".
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('dialog')).toContainText(MERGE_NOTE);
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');

  const written = await readFile(panel!.configPath, 'utf8');
  expect(written).toContain('mode: "merge"');
  expect(written.replace(/\s+/g, ' ')).toContain(panelRow(MINIMAX).replace(/\s+/g, ' '));
  expect(written).toContain(HYBRID.chain);
  expect(written).toContain(HYBRID.localAlias);
  await assertOpenClawAccepts(panel!.configPath);
});

test('custom local server that is down: the guidance block, local-only from an empty chain', async ({ page }) => {
  test.setTimeout(360_000);
  await openEmpty(page);
  await page.getByRole('button', { name: 'Add provider' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a provider' });
  await dialog.getByLabel('Server or service').selectOption({ label: 'vLLM' });
  // vLLM differs from the guidance's generic block, and says why.
  await expect(dialog.getByTestId('preset-differences')).toContainText('tool-call parser');
  await dialog.getByLabel('Server or service').selectOption({ label: 'Custom OpenAI-compatible' });
  await dialog.getByLabel('Base URL').fill('http://127.0.0.1:9/v1'); // nothing listens on the discard port
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await addRow(page, LOCAL_MODEL);
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await page.getByRole('button', { name: /^Local only/ }).click();
  const layout = page.getByRole('dialog');
  await layout.getByRole('checkbox', { name: CUSTOM.primary }).check();
  await layout.getByRole('button', { name: 'Apply' }).click();
  await save(page);
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  await expect(page.getByTestId('server-status-local')).toContainText('127.0.0.1:9', { timeout: 15_000 });

  const provider = { id: 'local', baseUrl: 'http://127.0.0.1:9/v1', apiKey: 'sk-local', timeoutSeconds: 600 };
  expect(await readFile(panel!.configPath, 'utf8')).toBe(
    seedFile({ ...provider, row: panelRow(LOCAL_MODEL) }, CUSTOM.agents),
  );
  await assertOpenClawAccepts(panel!.configPath);
});
