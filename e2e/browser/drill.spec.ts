/**
 * The Drill button against a real `claw-control serve` and a fake LM Studio (test/fakes/checkup-servers.ts,
 * replaying LM Studio's documented shapes) whose model answers: each chain entry of the seed shows
 * reached or not, and the local fallback answers a real 1-token request.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startCheckupFake, type CheckupFake } from '@test/fakes/checkup-servers';
import { REPO_ROOT, startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel | undefined;
let fake: CheckupFake | undefined;
test.afterEach(async () => {
  await panel?.stop();
  await fake?.close();
});

test('Drill: every chain entry with reached/answers, the local fallback asked for one token', async ({ page }) => {
  fake = await startCheckupFake({
    kind: 'lmstudio',
    models: [{ id: 'minimax-m2.1-gs32', maxContext: 196608, loadedContext: 32768 }],
  });
  const seed = await readFile(path.join(REPO_ROOT, 'test/fixtures/configs/seed-hybrid.json5'), 'utf8');
  panel = await startPanel({ configText: seed.replace('http://127.0.0.1:1234/v1', fake.baseUrl) });
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await page.getByTestId('checkup').getByRole('button', { name: 'Drill', exact: true }).click();
  const drill = page.getByRole('region', { name: 'Fallback drill' });
  await expect(drill.getByTestId('drill-entry')).toHaveCount(3);
  const local = drill.locator('[data-testid="drill-entry"][data-ref="lmstudio/minimax-m2.1-gs32"]');
  await expect(local).toHaveAttribute('data-reached', 'true');
  await expect(local).toHaveAttribute('data-answers', 'true');
  await expect(local.locator('[data-step="answers"]')).toContainText('Answered a 1-token request within its timeout');
  expect(fake.requests.some((r) => r.path === '/v1/chat/completions' && r.body?.max_tokens === 1)).toBe(true);
  await expect(drill.getByTestId('drill-verdict')).not.toBeEmpty();
});
