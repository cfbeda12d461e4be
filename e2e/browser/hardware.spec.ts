/**
 * Hardware and fit in the panel: the Mac Studio M2 Ultra 192 GB sample (a recorded
 * systeminformation snapshot) against the guidance's recommended config, this machine as
 * it is (no GPU), the recorded H100 cloud VM replayed with fake nvidia-smi/clinfo (and a
 * hung nvidia-smi), and a model only its GGUF file can size. Waits allow for a loaded
 * 2-core machine, where systeminformation alone takes seconds: they are bounded by the
 * probe's deadline (PROBE_DEADLINE_MS), not by how fast this machine happens to be.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { REPO_ROOT, startPanel, type RunningPanel } from '../harness/panel';
import { writeTinyGguf } from '@test/helpers/tiny-gguf';
import { writeFakeTools, type Scenario } from '@test/helpers/fake-gpu-tools';

let panel: RunningPanel;
const temps: string[] = [];
test.afterEach(async () => {
  await panel?.stop();
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The probe's deadline (node/services/hardware PROBE_DEADLINE_MS) plus room for a loaded machine. */
const PROBE_WAIT = { timeout: 30_000 };

async function fakeToolsPath(scenario: Scenario): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claw-e2e-gpu-'));
  temps.push(dir);
  return `${await writeFakeTools(path.join(dir, 'bin'), scenario)}:${process.env.PATH ?? ''}`;
}

const M2_ULTRA = path.join(REPO_ROOT, 'test/fixtures/systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json');

test('on a Mac Studio M2 Ultra 192 GB: the budget, the MiniMax verdict with numbers, the advice, and the context fix', async ({
  page,
}) => {
  panel = await startPanel({ fixture: 'seed-recommended.json5', env: { CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA } });
  await page.goto(panel.url);
  await expect(page.getByTestId('hw-machine')).toHaveText('Mac Studio (M2 Ultra, 2023)');
  await expect(page.getByTestId('hw-wired')).toContainText('154.6 GB (estimated macOS default)');
  await expect(page.getByTestId('hw-wired')).toContainText('sudo sysctl iogpu.wired_limit_mb=180224');
  const advice = page.getByRole('list', { name: 'Advice for this setup' });
  await expect(advice.locator('[data-code="minimax-two-studios"]')).toContainText(
    'about two fully-specced Mac Studios',
  );
  await expect(advice.locator('[data-code="local-primary-compaction"]')).toContainText('Keep agents narrow');

  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  const fit = page.getByTestId('fit-lmstudio/minimax-m2.1-gs32');
  await expect(fit).toContainText('smaller context');
  const badge = fit.locator('.badge');
  await expect(badge).toHaveAttribute(
    'title',
    /weights 142\.9 GB \(MLX-4bit-gs32, catalog size\) \+ KV 49\.9 GB at 196608 tokens/,
  );
  await expect(badge).toHaveAttribute('title', /largest context that fits: \d{5} tokens/);
  const useContext = fit.getByRole('button', { name: /^Use \d+ tokens$/ });
  const tokens = Number((await useContext.textContent())!.match(/\d+/)![0]);
  await useContext.click();
  await expect(fit.locator('.badge')).toHaveText('fits');

  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await page
    .getByRole('list', { name: 'Advice for this setup' })
    .getByRole('button', { name: 'Turn compaction on' })
    .click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes');
  const saved = await readFile(panel.configPath, 'utf8');
  expect(saved).toContain(`contextTokens: ${tokens}`);
  expect(saved).toContain('compaction: {\n        enabled: true\n      }');
});

test('on this machine (no GPU): "no GPU detected — CPU only", once, without error', async ({ page }) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5' });
  await page.goto(panel.url);
  await expect(page.getByTestId('hw-explanation')).toHaveText(
    /^Models run from system RAM \(\d+\.\d GB\) on the CPU, much more slowly\.$/,
    PROBE_WAIT,
  );
  await expect(page.getByTestId('hw-note')).toHaveText('No GPU detected — CPU only.');
  await expect(page.getByText('No GPU detected', { exact: false })).toHaveCount(1);
});

test('on the recorded H100 VM (nvidia-smi alone, no lspci): the H100 with 85.5 GB, from nvidia-smi', async ({
  page,
}) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5', env: { PATH: await fakeToolsPath('vm-smi-only') } });
  await page.goto(panel.url);
  await expect(page.getByTestId('hw-gpu-0')).toContainText(
    'NVIDIA H100 80GB HBM3 · 85.5 GB (85.0 GB free)',
    PROBE_WAIT,
  );
  await expect(page.getByTestId('hw-gpu-0')).toContainText('from nvidia-smi');
  await expect(page.getByTestId('hw-budget')).toHaveText('85.5 GB');
  await expect(page.getByTestId('hw-explanation')).toContainText('One NVIDIA GPU with 85.5 GB VRAM');
  await expect(page.getByText('No GPU detected', { exact: false })).toHaveCount(0);
});

test('a hung nvidia-smi: the card shows the rest and names the tool that timed out', async ({ page }) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5', env: { PATH: await fakeToolsPath('vm-hung-smi') } });
  await page.goto(panel.url);
  await expect(page.getByTestId('hw-note').first()).toHaveText(
    'nvidia-smi did not answer within 5 s; showing what the other tools found.',
    PROBE_WAIT,
  );
  // clinfo's figure, labelled as clinfo's.
  await expect(page.getByTestId('hw-gpu-0')).toContainText('NVIDIA H100 80GB HBM3');
  await expect(page.getByTestId('hw-gpu-0')).toContainText('from clinfo');
  await expect(page.getByTestId('hw-machine')).not.toBeEmpty();
});

test('another machine’s memory adds to the budget', async ({ page }) => {
  panel = await startPanel({ fixture: 'seed-recommended.json5', env: { CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA } });
  await page.goto(panel.url);
  await expect(page.getByTestId('hw-budget')).toHaveText('154.6 GB');
  await page.getByLabel('Name').first().fill('studio-2');
  await page.getByLabel('Memory (GB) or JSON').fill('154.6');
  await page.getByRole('button', { name: 'Add machine' }).click();
  await expect(page.getByTestId('hw-budget')).toHaveText('309.2 GB across 2 machines');
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  await expect(page.getByTestId('fit-lmstudio/minimax-m2.1-gs32').locator('.badge')).toHaveText('fits');
});

test('a model the catalog does not know: "can’t tell", then sized from the GGUF file the user points at', async ({
  page,
}) => {
  const configText = `{
  models: {
    providers: {
      // my fine-tune, served by llama.cpp
      llamacpp: { baseUrl: "http://127.0.0.1:9/v1", apiKey: "none", api: "openai-completions", timeoutSeconds: 600,
        models: [{ id: "my-finetune", name: "My fine-tune", contextWindow: 32768 }] },
    },
  },
}
`;
  panel = await startPanel({ configText, env: { CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA } });
  const gguf = path.join(path.dirname(panel.configPath), 'my-finetune-Q4_K_M.gguf');
  await writeTinyGguf(gguf, {
    'general.architecture': { str: 'llama' },
    'llama.block_count': { u32: 32 },
    'llama.attention.head_count': { u32: 32 },
    'llama.attention.head_count_kv': { u32: 8 },
    'llama.attention.key_length': { u32: 128 },
    'llama.context_length': { u32: 131072 },
  });
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  const fit = page.getByTestId('fit-llamacpp/my-finetune');
  await expect(fit.locator('.badge')).toHaveText('can’t tell');
  await fit.getByRole('button', { name: 'GGUF file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'GGUF file for llamacpp/my-finetune' });
  await dialog.getByLabel('Path').fill(panel.configPath);
  await dialog.getByRole('button', { name: 'Read header' }).click();
  await expect(dialog).toContainText('is not a readable GGUF file');
  await dialog.getByLabel('Path').fill(gguf);
  await dialog.getByRole('button', { name: 'Read header' }).click();
  await expect(dialog).toBeHidden();
  await expect(fit.locator('.badge')).toHaveText('fits');
  // KV: 2 × 32 layers × 8 KV heads × 128 × 2 bytes = 128 KiB per token, at the configured 32768 tokens.
  await expect(fit.locator('.badge')).toHaveAttribute('title', /from the GGUF file\) \+ KV 4\.3 GB at 32768 tokens/);
  expect(await readFile(panel.configPath, 'utf8')).toBe(configText);
});
