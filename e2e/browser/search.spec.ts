/**
 * Built for 10,000 models (issue #24) with the benchmark's 50 providers × 200 models: the one
 * search finds a model of the 46th provider and opens its card, and the Add-a-model picker suggests
 * from every model (`p45/` suggested nothing when the list held the first 500 ids).
 */
import { expect, test } from '@playwright/test';
import { largeConfigText } from '../../bench/config-save.bench';
import { startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel;

// A panel per test: its URL token works for one page load.
test.beforeEach(async () => {
  panel = await startPanel({ configText: largeConfigText(50, 200) });
});

test.afterEach(async () => {
  await panel?.stop();
});

test.use({ viewport: { width: 1280, height: 800 } });

test('search finds a model of the 46th provider by ref and by name, and opens its provider card', async ({ page }) => {
  await page.goto(panel.url);
  await page.getByTestId('summary-primary').waitFor();
  await page.getByRole('button', { name: 'Providers', exact: true }).click();
  const search = page.getByRole('searchbox', { name: 'Search', exact: true });
  await search.fill('p45/model-17');
  await expect(page.getByTestId('search-count')).toHaveText('11 models found');
  const results = page.getByTestId('model-search').getByRole('listitem');
  await expect(results.first()).toHaveAttribute('data-ref', 'p45/model-17');
  // By its name (every word matches elsewhere too, e.g. "Model 45 of provider 17"; the whole name comes first).
  await search.fill('model 17 of provider 45');
  await expect(results.first()).toHaveAttribute('data-ref', 'p45/model-17');
  await page.getByRole('button', { name: 'Open p45/model-17 on the Providers page' }).click();
  const card = page.getByTestId('provider-p45');
  await expect(card).toBeInViewport();
  await expect(card).toBeFocused();
  await search.fill('no such model');
  await expect(page.getByTestId('search-count')).toHaveText('No provider, model or alias matches “no such model”.');
});

test('the Add-a-model picker suggests from every model: p45/ offers the 46th provider’s models', async ({ page }) => {
  await page.goto(panel.url);
  await page.getByTestId('summary-primary').waitFor();
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  const picker = page.getByRole('combobox', { name: 'Add a model' });
  await picker.fill('p45/');
  const suggestions = page.getByRole('listbox', { name: 'Suggested models' }).getByRole('option');
  await expect(suggestions.first()).toHaveAttribute('data-ref', 'p45/model-0');
  await picker.fill('p45/model-19');
  await picker.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'p45/model-19', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await picker.press('Enter');
  await expect(picker).toHaveValue('p45/model-19');
  await page.getByRole('button', { name: 'Add as fallback' }).click();
  await expect(page.getByTestId('chain-item').last()).toHaveAttribute('data-ref', 'p45/model-19');
});
