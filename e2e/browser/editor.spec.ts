/**
 * The visual config editor in Chromium against a real `claw-control serve`, asserting
 * both what the UI shows and the bytes on disk.
 */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startPanel, type RunningPanel } from '../harness/panel';
import { openclawOptedOut, validateWithRealOpenClaw } from '@test/helpers/openclaw';

let panel: RunningPanel;

test.afterEach(async () => {
  await panel?.stop();
});

const chainRefs = (page: Page) => page.getByTestId('chain-item').locator('.chain-ref');

async function openModels(page: Page, fixture = 'hybrid-commented.json5') {
  panel = await startPanel({ fixture });
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await expect(chainRefs(page).first()).toBeVisible();
}

async function saveFromReview(page: Page) {
  await page.getByRole('button', { name: 'Review changes' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('diff')).toBeVisible();
  return dialog;
}

test('drag the local model to first place, alias it, review the real diff, save: comments kept, new order on disk', async ({
  page,
}) => {
  await openModels(page);
  const before = await readFile(panel.configPath, 'utf8');

  // Drag the local fallback above the primary with the mouse.
  const handle = page.getByRole('button', { name: 'Drag to reorder lmstudio/minimax-m2.1-gs32' });
  const target = page.getByTestId('chain-item').first();
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 10 });
  await page.mouse.up();
  await expect(chainRefs(page)).toHaveText([
    'lmstudio/minimax-m2.1-gs32',
    'anthropic/claude-sonnet-4-5',
    'anthropic/claude-opus-4-5',
  ]);

  // Let the drop animation finish before typing into the moved entry.
  const moved = page.locator('[data-testid="chain-item"][data-ref="lmstudio/minimax-m2.1-gs32"]');
  await expect(moved).not.toHaveClass(/dragging/);
  await page.waitForTimeout(300);
  const alias = moved.getByLabel('Alias');
  await alias.fill('Studio');
  await expect(alias).toHaveValue('Studio');
  await alias.press('Enter');
  await expect(page.getByTestId('save-status')).toHaveText('2 unsaved changes');

  const dialog = await saveFromReview(page);
  await expect(dialog.getByTestId('diff')).toContainText(
    '+        primary: "lmstudio/minimax-m2.1-gs32", // the Mac Studio in the closet',
  );
  await expect(dialog.getByTestId('diff')).toContainText('+        "lmstudio/minimax-m2.1-gs32": { alias: "Studio" },');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');

  const after = await readFile(panel.configPath, 'utf8');
  expect(after).toContain('// My OpenClaw setup: hosted first, the Mac Studio as fallback.');
  // Each comment travelled with its model (issue #11): none labels the wrong one.
  expect(after).toContain(`        primary: "lmstudio/minimax-m2.1-gs32", // the Mac Studio in the closet
        fallbacks: [
          "anthropic/claude-sonnet-4-5", // day to day
          "anthropic/claude-opus-4-5", // last resort
        ],`);
  expect(after).toContain('"lmstudio/minimax-m2.1-gs32": { alias: "Studio" },');
  expect(after).toContain('mode: "merge", // keep hosted fallbacks available');
  expect(after.split('\n').length).toBe(before.split('\n').length);
  expect(await readFile(`${panel.configPath}.bak`, 'utf8')).toBe(before);
});

test('reorder by keyboard and move buttons, then apply a layout preset after seeing its result', async ({ page }) => {
  await openModels(page);
  const handle = page.getByRole('button', { name: 'Drag to reorder anthropic/claude-opus-4-5' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(
    page.locator('[aria-live]').filter({ hasText: 'anthropic/claude-opus-4-5 is over position 3' }),
  ).toHaveCount(1);
  // dnd-kit's keyboard sensor starts listening for keys in a setTimeout after the pick-up
  // (@dnd-kit/core KeyboardSensor.attach): on a loaded machine an arrow pressed right after the
  // announcement can come first and be lost. Press again only while it still says position 3.
  const over = (n: number) => page.locator('[aria-live]').filter({ hasText: `is over position ${n}` });
  await expect(async () => {
    if ((await over(3).count()) === 1) await page.keyboard.press('ArrowUp');
    await expect(over(2)).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('Space');
  await expect(chainRefs(page)).toHaveText([
    'anthropic/claude-sonnet-4-5',
    'anthropic/claude-opus-4-5',
    'lmstudio/minimax-m2.1-gs32',
  ]);
  await page.getByRole('button', { name: 'Move anthropic/claude-opus-4-5 down' }).click();
  await expect(chainRefs(page)).toHaveText([
    'anthropic/claude-sonnet-4-5',
    'lmstudio/minimax-m2.1-gs32',
    'anthropic/claude-opus-4-5',
  ]);

  await page.getByRole('button', { name: /Local first, hosted safety net/ }).click();
  const preview = page.getByRole('dialog');
  await expect(preview.getByRole('list', { name: 'Resulting chain' }).getByRole('listitem')).toHaveText([
    /Primary\s+lmstudio\/minimax-m2.1-gs32/,
    /Fallback 1\s+anthropic\/claude-sonnet-4-5/,
    /Fallback 2\s+anthropic\/claude-opus-4-5/,
  ]);
  await preview.getByRole('button', { name: 'Apply' }).click();
  await expect(chainRefs(page)).toHaveText([
    'lmstudio/minimax-m2.1-gs32',
    'anthropic/claude-sonnet-4-5',
    'anthropic/claude-opus-4-5',
  ]);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');
  expect(await readFile(panel.configPath, 'utf8')).toContain(
    'primary: "lmstudio/minimax-m2.1-gs32", // the Mac Studio in the closet',
  );
});

test('add an LM Studio provider from the preset with two model rows, make it primary, save: OpenClaw accepts the file', async ({
  page,
}) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5' });
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  await page.getByRole('button', { name: 'Add provider' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a provider' });
  await dialog.getByLabel('Provider id').fill('studio');
  await expect(dialog.getByLabel('Base URL')).toHaveValue('http://127.0.0.1:1234/v1');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();

  const card = page.getByTestId('provider-studio');
  await expect(card.getByLabel('API', { exact: true })).toHaveValue('openai-responses');
  const addRow = card.getByRole('form', { name: 'Add a model to studio' });
  for (const [id, name, ctx] of [
    ['qwen/qwen3-coder-30b', 'Qwen3 Coder 30B', '65536'],
    ['google/gemma-4-26b-a4b', 'Gemma 4 26B', '131072'],
  ]) {
    await addRow.getByLabel('Model id').fill(id!);
    await addRow.getByLabel('Name').fill(name!);
    await addRow.getByLabel('Context window').fill(ctx!);
    await addRow.getByRole('button', { name: 'Add model' }).click();
  }
  await expect(card.getByRole('table', { name: 'Models of studio' }).getByRole('row')).toHaveCount(3);
  const alias = card.getByTestId('model-row-studio/qwen/qwen3-coder-30b').getByLabel('Alias');
  await alias.fill('Coder');
  await alias.press('Enter');

  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await page.getByLabel('Add a model').fill('studio/qwen/qwen3-coder-30b');
  await page.getByRole('button', { name: 'Add as fallback' }).click();
  await page.getByRole('button', { name: 'Make primary: studio/qwen/qwen3-coder-30b' }).click();
  await expect(chainRefs(page).first()).toHaveText('studio/qwen/qwen3-coder-30b');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');
  const saved = await readFile(panel.configPath, 'utf8');
  expect(saved).toContain('primary: "studio/qwen/qwen3-coder-30b"');
  expect(saved).toContain('id: "google/gemma-4-26b-a4b"');
  expect(saved).toContain('"studio/qwen/qwen3-coder-30b": {\n          alias: "Coder"');

  // The pinned OpenClaw the project installs itself (scripts/install-openclaw.mjs), never a copy
  // beside the checkout; CLAW_CONTROL_SKIP_OPENCLAW=1 is the one documented opt-out.
  if (openclawOptedOut) return;
  const result = await validateWithRealOpenClaw(panel.configPath);
  expect(result.issues).toEqual([]);
  expect(result.valid).toBe(true);
});

test('an invalid value shows an error at the field and keeps Save disabled', async ({ page }) => {
  panel = await startPanel({ fixture: 'hybrid-commented.json5' });
  const before = await readFile(panel.configPath, 'utf8');
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  const row = page.getByTestId('model-row-lmstudio/minimax-m2.1-gs32');
  const context = row.getByLabel('Context window');
  await context.fill('0');
  await expect(row.getByRole('alert')).toContainText('must be more than 0');
  await context.press('Enter');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await expect(page.getByTestId('save-blockers')).toContainText('models.providers.lmstudio.models.0.contextWindow');

  // `api` is a select of OpenClaw's values: no invalid value can be typed into it.
  const api = page.getByTestId('provider-lmstudio').getByLabel('API', { exact: true });
  await expect(api.locator('option')).toHaveCount(12); // (not set) + OpenClaw 2026.9.6's 11 APIs
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('dialog')).toBeVisible(); // the review opens instead, listing what blocks the save
  await expect(page.getByTestId('review-blockers')).toContainText('models.providers.lmstudio.models.0.contextWindow');
  expect(await readFile(panel.configPath, 'utf8')).toBe(before);
});

test('an outside edit while the page is open raises the banner, and nothing is overwritten', async ({ page }) => {
  await openModels(page);
  await page.getByRole('button', { name: 'Move anthropic/claude-opus-4-5 up' }).click();
  const outside = (await readFile(panel.configPath, 'utf8')).replace(
    'mode: "merge", // keep',
    'mode: "merge", // edited elsewhere; keep',
  );
  await writeFile(panel.configPath, outside);
  await expect(page.getByTestId('disk-changed')).toBeVisible();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('notice')).toContainText('changed on disk');
  expect(await readFile(panel.configPath, 'utf8')).toBe(outside);

  await page.getByRole('button', { name: 'Keep my edits' }).click();
  await expect(page.getByTestId('disk-changed')).toBeHidden();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');
  const merged = await readFile(panel.configPath, 'utf8');
  expect(merged).toContain('// edited elsewhere; keep');
  expect(merged).toContain(
    '"anthropic/claude-opus-4-5", // last resort\n          "lmstudio/minimax-m2.1-gs32", // the Mac Studio in the closet',
  );
});

test('undo restores the previous file', async ({ page }) => {
  await openModels(page);
  const before = await readFile(panel.configPath, 'utf8');
  await page.getByRole('button', { name: 'Remove anthropic/claude-opus-4-5 from the chain' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');
  expect(await readFile(panel.configPath, 'utf8')).not.toBe(before);
  await page.getByRole('button', { name: 'Undo last save' }).click();
  await expect(page.getByTestId('notice')).toContainText('Restored the version before the last save');
  expect(await readFile(panel.configPath, 'utf8')).toBe(before);
  await expect(chainRefs(page)).toHaveCount(3);
});

test('the Chinese UI runs the same flow: layout, alias trap fix, save', async ({ browser }) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5' });
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(panel.url);
  await page.getByRole('button', { name: '模型', exact: true }).click();
  await page.getByRole('button', { name: /本地优先，托管兜底/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: '应用' }).click();
  await expect(chainRefs(page).first()).toHaveText('lmstudio/minimax-m2.1-gs32');
  await page.getByRole('list', { name: '检查' }).locator('[data-code="alias-allowlist"]').getByRole('button').click();
  await page.getByRole('button', { name: '查看更改' }).click();
  await expect(page.getByRole('dialog').getByTestId('diff')).toContainText('+      modelPolicy: {}');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('没有未保存的更改');
  const saved = await readFile(panel.configPath, 'utf8');
  expect(saved).toContain('primary: "lmstudio/minimax-m2.1-gs32"');
  expect(saved).toContain('modelPolicy: {}');
  await context.close();
});

test('the findings follow the installed OpenClaw: 2026.4.20 is not asked for timeoutSeconds, the page says so', async ({
  page,
}) => {
  // A replay of `openclaw --version` only: the real 2026.9.6 prints `OpenClaw 2026.9.6 (eb377ac)`; same shape.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claw-e2e-openclaw-'));
  const fake = path.join(dir, 'openclaw');
  await writeFile(
    fake,
    '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "OpenClaw 2026.4.20 (0000000)"; exit 0; fi\nexit 1\n',
  );
  await chmod(fake, 0o755);
  try {
    panel = await startPanel({ fixture: 'seed-hybrid.json5', env: { OPENCLAW_BIN: fake } });
    await page.goto(panel.url);
    await page.getByRole('button', { name: 'Models', exact: true }).click();
    await expect(page.getByTestId('findings-judged-for')).toHaveText(
      'Findings judged for OpenClaw 2026.4.20, the installed release.',
    );
    // Both seed traps hold only from later releases (timeoutSeconds >=2026.4.26, the allow-list >=2026.8.1).
    await expect(page.locator('.finding[data-code="local-no-timeout"]')).toHaveCount(0);
    await expect(page.getByText('No problems found.')).toBeVisible();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
