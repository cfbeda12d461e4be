/**
 * The panel in Simplified Chinese: every page, with a config that triggers every finding
 * of the checks and the doctor (test/fixtures/configs/every-finding.json5) against a fake
 * LM Studio, shows no English sentence. Product names, ids, refs, paths, URLs and config
 * keys may stay as they are; three English words in a row may not.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startFakeServer, type FakeServer } from '@test/fakes/fake-servers';
import { FIXTURES, startPanel, type RunningPanel } from '../harness/panel';

test.use({ locale: 'zh-CN' });

let panel: RunningPanel;
let lmstudio: FakeServer;
test.afterEach(async () => {
  await panel?.stop();
  await lmstudio?.close();
});

/** Names written the same in Chinese text (products, hardware, protocols). */
const ALLOWED = [
  'Claw Control',
  'LM Studio',
  'Mac Studio',
  'OpenClaw',
  'MiniMax',
  'WhatsApp',
  'Responses API',
  'OpenAI',
  'Ollama',
  'vLLM',
  'LiteLLM',
  'llama.cpp',
  'English',
  // Commands to type, written as they are typed.
  'openclaw onboard',
  'npm start',
  // A machine's model as the hardware tools name it (data, like a GPU's name).
  'Docker Container',
];
/** English terms Chinese technical writing keeps as they are (OpenClaw's config calls it a provider). */
const KEPT_TERMS = /\bprovider\b/g;

/**
 * The page's visible text, without what is data rather than wording (inputs, code, refs) and what
 * quotes OpenClaw's own English (`lang="en"`: rule sources, schema help).
 */
async function visibleWording(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('code, pre, kbd, input, textarea, select, option, [lang="en"]').forEach((e) => e.remove());
    document.body.appendChild(clone);
    clone.style.position = 'absolute';
    const text = clone.innerText;
    clone.remove();
    return text;
  });
}

function englishSentences(text: string): string[] {
  let rest = text;
  for (const name of ALLOWED) rest = rest.split(name).join(' ');
  rest = rest.replace(KEPT_TERMS, ' ').replace(/\bclaw-control(?: [a-z-]+)*/g, ' ');
  // URLs, paths, refs (provider/model), config keys (a.b.c), env vars, quoted values; Chinese punctuation
  // first becomes a space, so a key is not glued to the words after it ("a.b：is required").
  rest = rest
    .replace(/[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\S*[/\\]\S*/g, ' ')
    .replace(/\S+\.\S+/g, ' ')
    .replace(/[A-Z_]{3,}=\S*/g, ' ')
    .replace(/"[^"]*"|“[^”]*”/g, ' ');
  // Two words in a row, separated by spaces only (a list of ids "a, b, c" is not a sentence): "is required"
  // is as foreign to a Chinese reader as a whole sentence.
  return [...rest.matchAll(/\b[A-Za-z][a-z']+(?: +[A-Za-z][a-z']+)+\b/g)].map((m) => m[0]);
}

test('every page in zh-CN with every finding shows no English sentence', async ({ page }) => {
  lmstudio = await startFakeServer({ kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] });
  const config = await readFile(path.join(FIXTURES, 'every-finding.json5'), 'utf8');
  panel = await startPanel({ configText: config.replace('LMSTUDIO_URL', lmstudio.baseUrl) });
  await page.goto(panel.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const doctor = page.getByTestId('doctor');
  // The doctor has probed the servers (the down ones and the fake LM Studio).
  await expect(doctor.locator('[data-code="model-not-on-server"]').first()).toContainText('服务器没有列出');
  await expect(doctor.locator('[data-code="context-above-loaded"]')).toBeVisible();
  await expect(doctor.locator('[data-code="server-unreachable"]').first()).toContainText('拒绝连接');

  const found: Record<string, string[]> = {};
  for (const name of ['概览', '提供商', '模型', '设置']) {
    await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    if (name === '提供商') await expect(page.getByTestId('server-status-down')).toContainText('拒绝连接');
    const english = englishSentences(await visibleWording(page));
    if (english.length) found[name] = english;
  }
  // What the fields say of a typed value (their own zod check) and the draft's schema issues.
  await page.getByRole('navigation').getByRole('button', { name: '提供商', exact: true }).click();
  const timeout = page.getByLabel('超时（秒）').first();
  await timeout.fill('1.5');
  await timeout.blur();
  await expect(page.locator('.field-error').first()).toBeVisible();
  const typed = englishSentences(await visibleWording(page));
  if (typed.length) found['typed values'] = typed;
  await page.keyboard.press('Control+z');
  // An edit's notes (shared/config/layouts.ts) in the layout preview.
  await page.getByRole('navigation').getByRole('button', { name: '模型', exact: true }).click();
  await page.getByRole('button', { name: /仅本地/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('已从模型链中移除');
  const inDialog = englishSentences(await visibleWording(page));
  if (inDialog.length) found['layout preview'] = inDialog;
  await page.keyboard.press('Escape');
  // The config folder goes away (as with `rm -rf ~/.openclaw`): the watcher waits for it to come back,
  // and the Overview says there is no config yet, with what to do — in Chinese.
  await rm(path.dirname(panel.configPath), { recursive: true });
  await page.getByRole('navigation').getByRole('button', { name: '概览', exact: true }).click();
  await expect(page.getByTestId('config-state')).toContainText('尚无配置');
  const missing = englishSentences(await visibleWording(page));
  if (missing.length) found['config missing'] = missing;
  expect(found).toEqual({});
});

test('the checker itself sees English: a planted sentence is caught', () => {
  expect(englishSentences('第 2 个备用模型 Remove it from the fallbacks')).toEqual(['Remove it from the fallbacks']);
  expect(englishSentences('channels.whatsapp.dmPolicy：is required')).toEqual(['is required']);
  expect(
    englishSentences('LM Studio：运行中 lmstudio/qwen/qwen3-4b-2507 models.mode "replace" OPENCLAW_CONFIG_READONLY=1'),
  ).toEqual([]);
});
