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
import { startFakeServer, type FakeServer } from '../../test/fakes/fake-servers';
import { openclawOptedOut, validateWithRealOpenClaw } from '../../test/helpers/openclaw';
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

async function addRow(page: Page, provider: string, id: string, name: string, context: string, maxTokens: string) {
  const form = page.getByTestId(`provider-${provider}`).getByRole('form', { name: `Add a model to ${provider}` });
  await form.getByLabel('Model id').fill(id);
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Context window').fill(context);
  await form.getByLabel('Max tokens').fill(maxTokens);
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

async function expectOpenClawAccepts(file: string) {
  if (openclawOptedOut) return; // CLAW_CONTROL_SKIP_OPENCLAW=1: the documented opt-out
  const result = await validateWithRealOpenClaw(file);
  expect(result.issues).toEqual([]);
  expect(result.valid).toBe(true);
}

/** The row as the lossless engine writes a new object into an empty list: one key per line. */
const MINIMAX_ROW = `{
            id: "minimax-m2.1-gs32",
            name: "MiniMax M2.1 GS32",
            input: ["text"],
            contextWindow: 196608,
            maxTokens: 8192
          }`;

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
  await addRow(page, 'lmstudio', 'minimax-m2.1-gs32', 'MiniMax M2.1 GS32', '196608', '8192');

  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await page.getByLabel('Add a model').fill('lmstudio/minimax-m2.1-gs32');
  await page.getByRole('button', { name: 'Set as primary' }).click();
  await setAlias(page, 'anthropic/claude-opus-4-5', 'Opus');
  await setAlias(page, 'lmstudio/minimax-m2.1-gs32', 'Minimax');
  await save(page);

  expect(await readFile(panel!.configPath, 'utf8')).toBe(`{
  models: {
    mode: "merge",
    providers: {
      lmstudio: {
        baseUrl: "${lmstudio.baseUrl}",
        apiKey: "lmstudio",
        api: "openai-responses",
        timeoutSeconds: 600,
        models: [
          ${MINIMAX_ROW}
        ]
      }
    }
  },
  agents: {
    defaults: {
      model: {
        primary: "lmstudio/minimax-m2.1-gs32"
      },
      models: {
        "anthropic/claude-opus-4-5": {
          alias: "Opus"
        },
        "lmstudio/minimax-m2.1-gs32": {
          alias: "Minimax"
        }
      }
    }
  }
}
`);
  await expectOpenClawAccepts(panel!.configPath);
});

test('hybrid: the hosted-primary layout from an empty chain asks which models to use', async ({ page }) => {
  test.setTimeout(360_000);
  await openEmpty(page);
  await addProvider(page, 'LM Studio', 'lmstudio');
  await addRow(page, 'lmstudio', 'minimax-m2.1-gs32', 'MiniMax M2.1 GS32', '196608', '8192');
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await page.getByRole('button', { name: /^Hosted primary, local fallback/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'lmstudio/minimax-m2.1-gs32' }).check();
  await dialog.getByLabel('A hosted model for the chain').fill('anthropic/claude-sonnet-4-5');
  await expect(dialog.getByRole('list', { name: 'Resulting chain' })).toContainText('anthropic/claude-sonnet-4-5');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await page.getByLabel('Add a model').fill('anthropic/claude-opus-4-5');
  await page.getByRole('button', { name: 'Add as fallback' }).click();
  await setAlias(page, 'anthropic/claude-sonnet-4-5', 'Sonnet');
  await setAlias(page, 'lmstudio/minimax-m2.1-gs32', 'MiniMax Local');
  await setAlias(page, 'anthropic/claude-opus-4-5', 'Opus');
  // The review shows the seed's reason for models.mode "merge".
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('dialog')).toContainText('models.mode set to "merge"');
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');

  const written = await readFile(panel!.configPath, 'utf8');
  expect(written).toContain('mode: "merge"');
  expect(written.replace(/\s+/g, ' ')).toContain(MINIMAX_ROW.replace(/\s+/g, ' '));
  expect(written).toContain(`      model: {
        primary: "anthropic/claude-sonnet-4-5",
        fallbacks: ["lmstudio/minimax-m2.1-gs32", "anthropic/claude-opus-4-5"]
      },`);
  expect(written).toContain('"lmstudio/minimax-m2.1-gs32": {\n          alias: "MiniMax Local"');
  await expectOpenClawAccepts(panel!.configPath);
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
  await addRow(page, 'local', 'my-local-model', 'Local Model', '120000', '8192');
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await page.getByRole('button', { name: /^Local only/ }).click();
  const layout = page.getByRole('dialog');
  await layout.getByRole('checkbox', { name: 'local/my-local-model' }).check();
  await layout.getByRole('button', { name: 'Apply' }).click();
  await save(page);
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  await expect(page.getByTestId('server-status-local')).toContainText('127.0.0.1:9', { timeout: 15_000 });

  expect(await readFile(panel!.configPath, 'utf8')).toBe(`{
  models: {
    mode: "merge",
    providers: {
      local: {
        baseUrl: "http://127.0.0.1:9/v1",
        apiKey: "sk-local",
        api: "openai-responses",
        timeoutSeconds: 600,
        models: [
          {
            id: "my-local-model",
            name: "Local Model",
            input: ["text"],
            contextWindow: 120000,
            maxTokens: 8192
          }
        ]
      }
    }
  },
  agents: {
    defaults: {
      model: {
        primary: "local/my-local-model"
      }
    }
  }
}
`);
  await expectOpenClawAccepts(panel!.configPath);
});
