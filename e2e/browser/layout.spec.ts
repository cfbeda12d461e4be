/**
 * The panel fits its window (issue #13): at 800×600, 1280×800 and 1920×1080, in English and
 * Chinese, no page scrolls sideways, nothing in the main area is wider than the window,
 * badges, model refs and the Save button never wrap one character per line. The config is
 * the seed's hybrid layout plus a vLLM provider with many long Hugging Face ids.
 */
import { expect, test, type Page } from '@playwright/test';
import { openSharedPanel, startPanel, type RunningPanel } from '../harness/panel';
import { PANEL_LANGUAGES, PANEL_SIZES, panelText, type PanelLanguage } from '../harness/panel-text';

const LONG_IDS = [
  'Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8',
  'meta-llama/Llama-3.3-70B-Instruct',
  'deepseek-ai/DeepSeek-R1-Distill-Qwen-32B',
  'mistralai/Mistral-Small-3.2-24B-Instruct-2506',
];

const CONFIG = JSON.stringify(
  {
    agents: {
      defaults: {
        model: {
          primary: 'anthropic/claude-sonnet-4-5',
          fallbacks: ['lmstudio/minimax-m2.1-gs32', `vllm/${LONG_IDS[0]!}`, 'anthropic/claude-opus-4-5'],
        },
        models: {
          'anthropic/claude-sonnet-4-5': { alias: 'Sonnet' },
          'lmstudio/minimax-m2.1-gs32': { alias: 'MiniMax Local' },
          'anthropic/claude-opus-4-5': { alias: 'Opus' },
        },
      },
    },
    models: {
      mode: 'merge',
      providers: {
        lmstudio: {
          baseUrl: 'http://127.0.0.1:1234/v1',
          apiKey: 'lmstudio',
          api: 'openai-responses',
          timeoutSeconds: 600,
          models: [
            {
              id: 'minimax-m2.1-gs32',
              name: 'MiniMax M2.1 GS32',
              reasoning: false,
              input: ['text'],
              cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
              contextWindow: 196608,
              maxTokens: 8192,
            },
          ],
        },
        vllm: {
          baseUrl: 'http://127.0.0.1:8000/v1',
          apiKey: 'sk-local',
          api: 'openai-completions',
          timeoutSeconds: 600,
          models: LONG_IDS.map((id) => ({ id, name: id.split('/')[1], input: ['text'], contextWindow: 131072 })),
        },
      },
    },
  },
  null,
  2,
);

let panel: RunningPanel;
test.beforeAll(async () => {
  panel = await startPanel({ configText: CONFIG });
});
test.afterAll(async () => {
  await panel.stop();
});

/** What does not fit: the page's own sideways scroll, elements past the window, text wrapped per character. */
async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const width = window.innerWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of Array.from(document.querySelectorAll('main *, dialog[open] *, .save-bar *'))) {
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue; // visually hidden labels
      if (el.closest('.diff')) continue; // the diff scrolls inside its own box
      if (box.right > width + 0.5) problems.push(`${describe(el)} ends at ${Math.round(box.right)} > ${width}`);
    }
    // One line each: badges, the Save button, rail items; refs at least a few characters wide.
    for (const el of Array.from(document.querySelectorAll('.badge, .save-bar button, .rail-item, .chain-role'))) {
      const box = el.getBoundingClientRect();
      if (box.height === 0) continue;
      const lineHeight = parseFloat(getComputedStyle(el).fontSize) * 1.6;
      if (box.height > lineHeight * 1.5 + 12)
        problems.push(`${describe(el)} wraps (${Math.round(box.height)} px tall)`);
    }
    for (const el of Array.from(document.querySelectorAll('.model-id code, .chain-ref, .provider-id'))) {
      const box = el.getBoundingClientRect();
      const ch = parseFloat(getComputedStyle(el).fontSize) * 0.6;
      if (box.width > 0 && box.width < ch * 8 && (el.textContent ?? '').length > 8)
        problems.push(`${describe(el)} is squeezed to ${Math.round(box.width)} px`);
    }
    return problems;
  });
}

for (const size of PANEL_SIZES) {
  for (const lang of PANEL_LANGUAGES) {
    test(`every page fits ${size.width}×${size.height} in ${lang}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: size, locale: lang });
      const page = await context.newPage();
      const text = panelText(lang as PanelLanguage);
      try {
        await openSharedPanel(page, panel);
        await page.getByTestId('config-state').waitFor();
        for (const name of ['overview', 'providers', 'models', 'settings'] as const) {
          await page.getByRole('button', { name: text.nav[name], exact: true }).click();
          await page.getByRole('heading', { name: text.nav[name], exact: true, level: 1 }).waitFor();
          if (name === 'providers') {
            await page.getByTestId('provider-vllm').waitFor();
            // An open row editor must fit too.
            await page.getByRole('button', { name: text.layout.editRow.replace('{{id}}', LONG_IDS[0]!) }).click();
            await page.getByTestId(`model-editor-vllm/${LONG_IDS[0]!}`).waitFor();
          }
          if (name === 'models') await page.getByTestId('chain-item').first().waitFor();
          expect(await misfits(page), `${name} at ${size.width}×${size.height} (${lang})`).toEqual([]);
        }
        await page.getByRole('button', { name: text.nav.models, exact: true }).click();
        await page
          .getByRole('button', { name: text.models.moveUp.replace('{{ref}}', 'lmstudio/minimax-m2.1-gs32') })
          .click();
        await page.getByRole('button', { name: text.editor.review }).click();
        await page.getByTestId('diff').waitFor();
        expect(await misfits(page), `review at ${size.width}×${size.height} (${lang})`).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
}
