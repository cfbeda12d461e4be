/**
 * Local servers in the headless panel against a fake LM Studio on 127.0.0.1: detection,
 * loaded state, import, keep warm across an eviction, and a stopped server.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { startFakeServer, type FakeServer } from '@test/fakes/fake-servers';
import { startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel;
let lmstudio: FakeServer | null;

test.afterEach(async () => {
  await panel?.stop();
  await lmstudio?.close();
  lmstudio = null;
});

const config = (baseUrl: string) => `{
  agents: { defaults: { model: { primary: "lmstudio/qwen/qwen3-4b-2507" } } },
  models: {
    providers: {
      lmstudio: {
        baseUrl: "${baseUrl}",
        apiKey: "lmstudio",
        api: "openai-responses",
        timeoutSeconds: 600,
        models: [{ id: "qwen/qwen3-4b-2507", name: "Qwen3 4B", contextWindow: 32768 }],
      },
    },
  },
}
`;

test('LM Studio: detected with loaded state, a model imported, kept warm across an eviction', async ({ page }) => {
  lmstudio = await startFakeServer({ kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] });
  panel = await startPanel({
    configText: config(lmstudio.baseUrl),
    env: { CLAW_CONTROL_KEEP_WARM_INTERVAL_MS: '700' },
  });
  await page.goto(panel.url);
  await expect(page.getByTestId('server-line')).toHaveText('lmstudio (LM Studio): up (1 loaded)');

  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  await expect(page.getByTestId('server-status-lmstudio')).toContainText('LM Studio');
  await expect(page.getByTestId('server-lmstudio/qwen/qwen3-4b-2507')).toHaveText('loaded');
  // The fit is sized by what LM Studio reports for the model, not by a guess.
  await expect(page.getByTestId('fit-lmstudio/qwen/qwen3-4b-2507').locator('.badge')).toHaveAttribute(
    'title',
    /^weights 2\.5 GB \(Q4_K_M, reported by the server\)/,
  );
  await page.getByRole('button', { name: 'Import from server' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('listitem')).toHaveCount(2); // gemma and gpt-oss; not the embedding model, not the configured one
  await dialog.getByRole('listitem').filter({ hasText: 'google/gemma-3-1b' }).getByRole('checkbox').check();
  await dialog.getByRole('button', { name: 'Add 1 model' }).click();
  await expect(page.getByTestId('server-lmstudio/google/gemma-3-1b')).toHaveText('not loaded');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');
  expect(await readFile(panel.configPath, 'utf8')).toContain(
    '{ id: "google/gemma-3-1b", name: "Gemma 3 1B", contextWindow: 32768, input: ["text"] }',
  );

  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  const row = page.getByTestId('warm-row').filter({ hasText: 'lmstudio/qwen/qwen3-4b-2507' });
  await row.getByRole('checkbox', { name: 'Keep warm' }).check();
  await expect(page.getByRole('list', { name: 'Recent keep-warm actions' })).toContainText('lmstudio-load · ok');

  lmstudio.evict('qwen/qwen3-4b-2507');
  await expect(
    page.getByRole('list', { name: 'Recent keep-warm actions' }).getByRole('listitem').first(),
  ).toContainText('lmstudio-load · loaded', { timeout: 10_000 });
  // What happened, as a message translated in the panel (locales/messages/servers.ts).
  await expect(
    page.getByRole('list', { name: 'Recent keep-warm actions' }).getByRole('listitem').first(),
  ).toContainText('was not loaded: loaded explicitly (no idle TTL)');
  expect(lmstudio.loaded.has('qwen/qwen3-4b-2507')).toBe(true);
  expect(lmstudio.requests.filter((r) => r.path === '/api/v1/models/load').length).toBe(1);
  await expect(row.getByRole('checkbox', { name: 'Keep warm' })).toBeChecked();
});

test('a stopped server is shown as down within seconds, with the advice, and nothing hangs', async ({ page }) => {
  lmstudio = await startFakeServer({ kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] });
  panel = await startPanel({ configText: config(lmstudio.baseUrl) });
  await page.goto(panel.url);
  await expect(page.getByTestId('server-line')).toHaveText('lmstudio (LM Studio): up (1 loaded)');
  await lmstudio.close();
  lmstudio = null;
  await expect(page.getByTestId('server-line')).toHaveText('lmstudio: down (not running)', { timeout: 8000 });
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  await expect(page.getByTestId('server-status-lmstudio')).toContainText('Is the server started');
});
