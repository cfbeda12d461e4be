/**
 * No word is broken (issue #24: "Endpoin t", "Che ck", "lmstud io" in the check-up table at 800 and
 * even 1280 px) and the save bar keeps one line, at 800×600 and 1280×800 in English and Chinese.
 * A word is what the browser's own segmenter (Intl.Segmenter, by word, in the page's language) calls
 * one; it is broken when its glyphs sit on more than one line.
 */
import { expect, test, type Page } from '@playwright/test';
import { openSharedPanel, startPanel, type RunningPanel } from '../harness/panel';
import { PANEL_LANGUAGES, panelText, type PanelLanguage } from '../harness/panel-text';

const SIZES = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
] as const;

let panel: RunningPanel;
test.beforeAll(async () => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5' });
});
test.afterAll(async () => {
  await panel.stop();
});

/** Each word under `selector` whose glyphs sit on more than one line, as "word (in: cell text)". */
async function brokenWords(page: Page, selector: string, lang: string): Promise<string[]> {
  return page.evaluate(
    ({ selector, lang }) => {
      const broken: string[] = [];
      const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
      for (const root of Array.from(document.querySelectorAll(selector))) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          // A model ref breaks only at its "/" (and "-"), where the panel offers it: check the parts.
          for (const { segment, index, isWordLike } of segmenter.segment(text)) {
            if (!isWordLike || segment.length < 2) continue;
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + segment.length);
            const tops = new Set(
              Array.from(range.getClientRects())
                .filter((r) => r.width > 0)
                .map((r) => Math.round(r.top)),
            );
            if (tops.size > 1) broken.push(`${segment} (in: ${text.trim().slice(0, 40)})`);
          }
        }
      }
      return broken;
    },
    { selector, lang },
  );
}

/** The save bar's controls on more than one line: their distinct rows. */
async function saveBarRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const bar = document.querySelector('.save-bar');
    if (!bar) return 0;
    const tops = Array.from(bar.querySelectorAll(':scope > button, :scope > .save-status')).map((el) =>
      Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2),
    );
    return new Set(tops.map((t) => Math.round(t / 8))).size;
  });
}

for (const size of SIZES) {
  for (const lang of PANEL_LANGUAGES) {
    test(`no word broken in the check-up table, one-line save bar at ${size.width}×${size.height} (${lang})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: size, locale: lang });
      const page = await context.newPage();
      const text = panelText(lang as PanelLanguage);
      try {
        await openSharedPanel(page, panel);
        await page.getByTestId('config-state').waitFor();
        await page.getByRole('button', { name: text.nav.models, exact: true }).click();
        const checkup = page.getByTestId('checkup');
        await checkup.waitFor();
        // The check-up's verdicts (the servers are not running: fails and skips) fill every column.
        await checkup.getByRole('button').first().click();
        await expect(checkup.locator('tr[data-status="none"]')).toHaveCount(0, { timeout: 30_000 });
        expect(await brokenWords(page, '.checkup-table', lang), 'check-up table').toEqual([]);
        await page
          .getByRole('button', { name: text.models.moveUp.replace('{{ref}}', 'lmstudio/minimax-m2.1-gs32') })
          .click();
        expect(await brokenWords(page, '.save-bar', lang), 'save bar').toEqual([]);
        expect(await saveBarRows(page), 'save bar rows').toBe(1);
      } finally {
        await context.close();
      }
    });
  }
}
