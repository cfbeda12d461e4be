/** The app store against the fake services: the app's facts and the config summary, loading, and a failed load. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { msg } from '@shared/i18n/message';
import { createFakeApi, type FakeApi } from '@renderer/test-support/fake-api';
import { CONFIG_PATH } from '@renderer/test-support/fake-services';
import { createAppStore } from './app-store';

let fake: FakeApi;
let store: ReturnType<typeof createAppStore>;
beforeEach(() => {
  fake = createFakeApi();
  store = createAppStore(fake.api);
});
afterEach(() => fake.expectClean());

const unreadable = {
  code: 'IO_ERROR',
  text: msg('config.unreadable', { path: CONFIG_PATH, detail: 'EACCES' }),
} as const;

describe('app store', () => {
  it('loads the app’s facts and the summary of the config', async () => {
    await store.getState().refresh();
    const { appInfo, config, loading, loadError } = store.getState();
    expect(appInfo).toMatchObject({ name: 'Claw Control', host: 'headless' });
    expect(config?.summary).toEqual({
      providerIds: ['lmstudio'],
      modelCount: 1,
      primary: 'anthropic/claude-sonnet-4-5',
      fallbacks: ['lmstudio/minimax-m2.1-gs32', 'anthropic/claude-opus-4-5'],
      mode: 'merge',
    });
    expect(loading).toBe(false);
    expect(loadError).toBeNull();
  });

  it('is loading while the summary is on its way, and not after', async () => {
    const pending = fake.hold('getConfigSummary');
    const refresh = store.getState().refresh();
    await pending.arrived;
    expect(store.getState().loading).toBe(true);
    pending.release();
    await refresh;
    expect(store.getState().loading).toBe(false);
  });

  it('a refresh shows what changed in the file', async () => {
    await store.getState().refresh();
    fake.services.writeOutside({ ...fake.services.config, models: { mode: 'replace', providers: {} } });
    await store.getState().refresh();
    expect(store.getState().config?.summary).toMatchObject({ providerIds: [], modelCount: 0, mode: 'replace' });
  });

  it('a failed load shows the service’s words, does not throw and does not stay loading; the next load clears it', async () => {
    fake.fail('getConfigSummary', unreadable);
    await expect(store.getState().refresh()).resolves.toBeUndefined();
    expect(store.getState()).toMatchObject({ loading: false, loadError: unreadable.text });

    await store.getState().refresh();
    expect(store.getState().loadError).toBeNull();
    expect(store.getState().config?.state).toBe('ok');
  });

  it('switches pages', () => {
    store.getState().setPage('models');
    expect(store.getState().page).toBe('models');
  });
});
