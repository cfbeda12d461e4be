// @vitest-environment happy-dom
/** The stores bound to the panel's one API (the preload bridge): a pushed configChanged reloads the summary and the editor. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeApi, nextTurn } from '@renderer/test-support/fake-api';
import type * as Stores from './index';
import { CONFIG_PATH } from '@renderer/test-support/fake-services';

const fake = createFakeApi();
let stores: typeof Stores;
beforeAll(async () => {
  // The stores bind to window.clawControl when they load: install the fake before importing them.
  window.clawControl = fake.bridge;
  stores = await import('./index');
});

describe('the panel’s stores', () => {
  it('talk to the preload bridge and follow the file: configChanged reloads the summary and the editor', async () => {
    const { useAppStore, useEditor } = stores;
    await Promise.all([useAppStore.getState().refresh(), useEditor.getState().load()]);
    expect(useAppStore.getState().config?.summary?.mode).toBe('merge');

    const models = { ...(fake.services.config.models as object), mode: 'replace' };
    fake.services.writeOutside({ ...fake.services.config, models });
    fake.push('configChanged', { path: CONFIG_PATH, change: 'changed' });
    await nextTurn();
    await nextTurn();

    expect(useAppStore.getState().config?.summary?.mode).toBe('replace');
    expect(useEditor.getState().document?.hash).toBe(fake.services.hash);
    expect((useEditor.getState().draft?.models as { mode?: string }).mode).toBe('replace');
    fake.expectClean();
  });
});
