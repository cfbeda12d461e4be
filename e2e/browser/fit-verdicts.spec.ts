/**
 * The Providers page against a fake LM Studio 0.4 on 127.0.0.1 (test/fixtures/server-responses.json,
 * LM Studio's documented /api/v1/models) on the recorded M2 Ultra (192 GB): a fit verdict beside a
 * model only the server lists, sized by the server's own file size, and one beside the configured model.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startFakeServer, type FakeServer } from '@test/fakes/fake-servers';
import { startPanel, type RunningPanel } from '../harness/panel';

const M2_ULTRA = path.resolve(
  __dirname,
  '../../test/fixtures/systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json',
);

let panel: RunningPanel;
let lmstudio: FakeServer | null;

test.afterEach(async () => {
  await panel?.stop();
  await lmstudio?.close();
  lmstudio = null;
});

const config = (baseUrl: string) => `{
  models: {
    providers: {
      lmstudio: {
        baseUrl: "${baseUrl}",
        apiKey: "lmstudio",
        api: "openai-responses",
        models: [{ id: "qwen/qwen3-4b-2507", name: "Qwen3 4B", contextWindow: 32768 }],
      },
    },
  },
}
`;

test('a model only the server lists gets a fit verdict beside the configured one', async ({ page }) => {
  lmstudio = await startFakeServer({ kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] });
  panel = await startPanel({ configText: config(lmstudio.baseUrl), env: { CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA } });
  await page.goto(panel.url);
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  const fits = page.getByRole('region', { name: 'Fit on this machine' });
  // gpt-oss 20B is not in the config: LM Studio lists it with its size (12.1 GB, MXFP4).
  const gptOss = fits.getByTestId('fit-verdict-lmstudio/openai/gpt-oss-20b');
  await expect(gptOss).toContainText('not in your config');
  await expect(gptOss.locator('.badge.fit-fits')).toHaveText(/^fits with \d+\.\d GB to spare$/);
  await expect(gptOss).toContainText('the share of unified memory macOS lets the GPU use');
  await expect(gptOss).toContainText('(weights)');
  await expect(fits.getByTestId('fit-verdict-lmstudio/qwen/qwen3-4b-2507').locator('.badge')).toHaveText(
    /^(fits with \d+\.\d GB to spare|can’t tell: .+)$/,
  );
  // Gemma 3 1B: LM Studio gives its size but no layers, and its file is not in LM Studio's models folder here.
  await expect(fits.getByTestId('fit-verdict-lmstudio/google/gemma-3-1b').locator('.badge.fit-unknown')).toHaveText(
    /^can’t tell: LM Studio gives no layer count/,
  );
  // The embedding model gets none.
  await expect(fits.getByTestId('fit-verdict-lmstudio/text-embedding-nomic-embed-text-v1.5')).toHaveCount(0);
});
