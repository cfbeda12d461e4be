/**
 * The new user's setup path in the panel from an empty home (issue 24), in English and in
 * Simplified Chinese, against a fake LM Studio 0.4 replaying recorded responses
 * (test/fakes/fake-servers.ts, test/fixtures/server-responses.json): LM Studio provider (a base
 * URL typed without its colon is refused and the fix offered) → import (the context the server
 * loaded) → primary → hosted fallback → aliases with the allow-list choice → review → save. The
 * panel's own doctor must then report no error and no warning.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { forms } from '@locales/messages/forms';
import { startFakeServer, type FakeServer } from '@test/fakes/fake-servers';
import { startPanel, type RunningPanel } from '../harness/panel';
import { PANEL_LANGUAGES, panelText } from '../harness/panel-text';

let panel: RunningPanel | undefined;
let lmstudio: FakeServer | undefined;

test.afterEach(async () => {
  await panel?.stop();
  await lmstudio?.close();
  panel = undefined;
  lmstudio = undefined;
});

const LOCAL = 'lmstudio/qwen/qwen3-4b-2507';
const HOSTED = 'anthropic/claude-opus-4-5';
/** An i18next string with its `{{params}}` filled. */
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]));

for (const language of PANEL_LANGUAGES) {
  test.describe(language, () => {
    test.use({ locale: language });

    test('from an empty home to a setup the doctor finds clean', async ({ page }) => {
      test.setTimeout(360_000);
      const t = panelText(language);
      const words = forms[language];
      const button = (name: string) => page.getByRole('button', { name, exact: true });
      lmstudio = await startFakeServer({ kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] });
      panel = await startPanel();
      await page.goto(panel.url);
      await button(t.nav.providers).click();

      // The provider, with the URL first typed as users mistype it: refused before it can be saved.
      await button(t.providers.add.open).click();
      const dialog = page.getByRole('dialog', { name: t.providers.add.title });
      const url = lmstudio.baseUrl;
      const typo = url.replace('http://', 'http//');
      await dialog.getByLabel(t.providers.fields.baseUrl).fill(typo);
      await expect(dialog.getByRole('alert')).toHaveText(fill(words.url.schemeColon, { url: typo, fixed: url }));
      await expect(dialog.getByRole('button', { name: t.providers.add.submit, exact: true })).toBeDisabled();
      await dialog.getByRole('button', { name: fill(words.use, { value: url }) }).click();
      await dialog.getByRole('button', { name: t.providers.add.submit, exact: true }).click();
      await button(t.editor.save).click();
      await expect(page.getByTestId('save-status')).toHaveText(t.editor.clean);

      // Import: the row gets the context LM Studio loaded the model at (8192), not its maximum (262144).
      await button(t.servers.import).click({ timeout: 15_000 });
      const importing = page.getByRole('dialog');
      await importing.getByRole('listitem').filter({ hasText: 'qwen/qwen3-4b-2507' }).getByRole('checkbox').check();
      await importing.getByRole('button', { name: fill(t.servers.importChosen_one, { count: 1 }) }).click();
      const row = page.getByTestId(`model-row-${LOCAL}`);
      await expect(row.getByLabel(t.models.fields.contextWindow)).toHaveValue('8192');

      // The chain: the local model first, a hosted fallback; aliases, then the allow-list choice.
      await button(t.nav.models).click();
      await page.getByLabel(t.models.addLabel).fill(LOCAL);
      await button(t.models.setPrimary).click();
      await page.getByLabel(t.models.addLabel).fill(HOSTED);
      await button(t.models.addFallback).click();
      for (const [ref, alias] of [
        [LOCAL, 'Qwen'],
        [HOSTED, 'Opus'],
      ] as const) {
        await page.getByLabel(t.seed.aliasModel).fill(ref);
        await page.getByTestId('alias-form-alias').fill(alias);
        await button(t.seed.aliasAdd).click();
        await expect(page.getByTestId(`alias-${ref}`)).toBeVisible();
      }
      await expect(page.getByTestId('alias-policy')).toContainText(words.aliases.policyUnset);
      await page.getByRole('radio', { name: words.aliases.policy_every }).check();

      await button(t.editor.review).click();
      await page.getByRole('dialog').getByRole('button', { name: t.editor.save, exact: true }).click();
      await expect(page.getByTestId('save-status')).toHaveText(t.editor.clean);

      const written = await readFile(panel.configPath, 'utf8');
      expect(written).toContain('contextWindow: 8192');
      expect(written).toContain('modelPolicy: {}');

      // The panel's own doctor on what the panel wrote: nothing it could have avoided.
      await button(t.nav.overview).click();
      const doctor = page.getByTestId('doctor');
      // The card shows the report only once the doctor has run on the saved file.
      await expect(doctor).toBeVisible({ timeout: 20_000 });
      const findings = await doctor
        .locator('.finding')
        .evaluateAll((nodes) => nodes.map((n) => ({ code: n.getAttribute('data-code'), severity: n.className })));
      expect(findings.filter((f) => /\b(error|warning)\b/.test(f.severity))).toEqual([]);
    });
  });
}
