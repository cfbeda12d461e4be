/** The doctor on the Overview, against a fake LM Studio: the same findings as the CLI, and Fix buttons that work. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startFakeServer, type FakeServer } from '@test/fakes/fake-servers';
import { REPO_ROOT, startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel;
let lmstudio: FakeServer;
test.afterEach(async () => {
  await panel?.stop();
  await lmstudio?.close();
});

test('findings in order of importance, and a fix that lands in the file', async ({ page }) => {
  lmstudio = await startFakeServer({ kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] });
  const seed = await readFile(path.join(REPO_ROOT, 'test/fixtures/configs/seed-hybrid.json5'), 'utf8');
  panel = await startPanel({ configText: seed.replace('http://127.0.0.1:1234/v1', lmstudio.baseUrl) });
  await page.goto(panel.url);
  const doctor = page.getByTestId('doctor');
  await expect(doctor.locator('[data-code="model-not-on-server"]')).toContainText(
    'lmstudio/minimax-m2.1-gs32 is not listed by its server',
  );
  const severities = await doctor.locator('.finding .badge').allTextContents();
  const rank = (s: string) => ['error', 'warning', 'note'].indexOf(s);
  expect(severities.map(rank)).toEqual([...severities.map(rank)].sort((a, b) => a - b));

  await doctor
    .locator('[data-code="local-no-timeout"]')
    .getByRole('button', { name: 'Set timeoutSeconds to 600' })
    .click();
  await expect(page.getByTestId('save-status')).toHaveText('1 unsaved change');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');
  expect(await readFile(panel.configPath, 'utf8')).toContain('timeoutSeconds: 600');
  await expect(doctor.locator('[data-code="local-no-timeout"]')).toHaveCount(0);
});
