/**
 * The check-up on the Models page against fake servers that replay real faults
 * (test/fakes/checkup-servers.ts): each check shows its failure with the evidence, and its
 * fix goes through the normal Save into the file; the done-when case is LM Studio loaded
 * at 8,192 tokens while the config says 196,608.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startCheckupFake, type CheckupFake, type CheckupFakeOptions } from '@test/fakes/checkup-servers';
import { REPO_ROOT, startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel | undefined;
let fake: CheckupFake | undefined;
test.afterEach(async () => {
  await panel?.stop();
  await fake?.close();
  panel = undefined;
  fake = undefined;
});

const MINIMAX = 'lmstudio/minimax-m2.1-gs32';
const GEMMA = { id: 'google/gemma-3-1b', maxContext: 32768, loadedContext: null };

async function open(page: Page, options: CheckupFakeOptions, edit: (seed: string) => string = (s) => s) {
  fake = await startCheckupFake(options);
  const seed = await readFile(path.join(REPO_ROOT, 'test/fixtures/configs/seed-hybrid.json5'), 'utf8');
  panel = await startPanel({ configText: edit(seed.replace('http://127.0.0.1:1234/v1', fake.baseUrl)) });
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  const checkup = page.getByTestId('checkup');
  const row = checkup.locator(`tr[data-ref="${MINIMAX}"]`);
  await row.getByRole('button', { name: `Check ${MINIMAX} now`, exact: true }).click();
  await expect(row).not.toHaveAttribute('data-status', 'none');
  return { checkup, row };
}

async function fixAndSave(page: Page, label: string) {
  await page.getByRole('button', { name: label }).click();
  await expect(page.getByTestId('save-status')).toHaveText(/1 unsaved change/);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');
}

test('LM Studio loaded at 8192 while the config says 196608: the panel shows both, and the fix aligns the file', async ({
  page,
}) => {
  const { row } = await open(page, {
    kind: 'lmstudio',
    models: [{ id: 'minimax-m2.1-gs32', maxContext: 196608, loadedContext: 8192 }, GEMMA],
  });
  const context = row.locator('[data-check="context"]');
  await expect(context).toHaveAttribute('data-status', 'fail');
  await context.click();
  const details = page.getByRole('region', { name: `${MINIMAX} Context` });
  await expect(details).toContainText('The config says 196608 tokens but the server loaded 8192');
  await expect(details).toContainText('LM Studio GET /api/v1/models loaded_instances[0].config.context_length');
  await fixAndSave(page, 'Align: contextTokens: 8192');
  expect(await readFile(panel!.configPath, 'utf8')).toContain('contextTokens: 8192');
  await row.getByRole('button', { name: `Check ${MINIMAX} now`, exact: true }).click();
  await expect(row.locator('[data-check="context"]')).toHaveAttribute('data-status', 'warn');
  // The same result on the provider's model row.
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  await expect(page.getByTestId(`checkup-badge-${MINIMAX}`)).toHaveAttribute('data-status', 'warn');
  await expect(page.getByTestId(`checkup-badge-${MINIMAX}`)).toContainText('Model check-up: warning');
});

const CASES: {
  check: string;
  fake: CheckupFakeOptions;
  edit?: (seed: string) => string;
  text: string;
  fix?: string;
  written?: RegExp;
}[] = [
  {
    check: 'endpoint',
    fake: {
      kind: 'lmstudio',
      models: [{ id: 'minimax-m2.1-gs32', maxContext: 196608, loadedContext: 196608 }, GEMMA],
      responses: false,
    },
    text: 'Unexpected endpoint or method. (POST /v1/responses)',
    fix: 'Set api: openai-completions',
    written: /api: "openai-completions"/,
  },
  {
    check: 'presence',
    fake: {
      kind: 'lmstudio',
      models: [{ id: 'minimax-m2.1-gs32', maxContext: 196608, loadedContext: 196608, duplicates: 1 }, GEMMA],
    },
    text: 'Extra instances: minimax-m2.1-gs32:2',
  },
  {
    check: 'coldLoad',
    fake: {
      kind: 'lmstudio',
      models: [{ id: 'minimax-m2.1-gs32', maxContext: 196608, loadedContext: null, loadContext: 196608 }, GEMMA],
      loadDelayMs: 1200,
    },
    edit: (seed) => seed.replace('api: "openai-responses",', 'api: "openai-responses", timeoutSeconds: 1,'),
    text: 'Measured an explicit load',
    fix: 'Set timeoutSeconds to 60',
    written: /timeoutSeconds: 60/,
  },
  {
    check: 'tools',
    fake: {
      kind: 'lmstudio',
      models: [{ id: 'minimax-m2.1-gs32', maxContext: 196608, loadedContext: 196608 }, GEMMA],
      tools: 'empty-arguments',
    },
    text: 'Arguments: ""',
    fix: 'Set api to "openai-completions"',
    written: /api: "openai-completions"/,
  },
  {
    check: 'chain',
    fake: { kind: 'lmstudio', models: [{ id: 'minimax-m2.1-gs32', maxContext: 196608, loadedContext: 196608 }, GEMMA] },
    edit: (seed) => seed.replace('apiKey: "lmstudio"', 'apiKey: "${CHECKUP_E2E_UNSET_TOKEN}"'),
    text: 'The apiKey needs ${CHECKUP_E2E_UNSET_TOKEN}',
  },
  {
    check: 'lmstudio',
    fake: { kind: 'lmstudio', models: [{ id: 'minimax-m2.1-gs32', maxContext: 196608, loadedContext: 196608 }, GEMMA] },
    text: 'Just-in-time loading is on',
    fix: 'Set params.preload to false',
    written: /params: \{\s*preload: false\s*\}/,
  },
];

for (const c of CASES) {
  test(`${c.check}: the failure, its evidence${c.fix ? ', and its fix in the file' : ''}`, async ({ page }) => {
    const { row } = await open(page, c.fake, c.edit);
    const badge = row.locator(`[data-check="${c.check}"]`);
    await expect(badge).toHaveAttribute('data-status', /fail|warn/);
    await badge.click();
    await expect(page.getByRole('region', { name: new RegExp(`^${MINIMAX} `) })).toContainText(c.text);
    if (c.fix) {
      await fixAndSave(page, c.fix);
      expect(await readFile(panel!.configPath, 'utf8')).toMatch(c.written!);
    }
  });
}
