/**
 * The editor across a reload and a failed load, against the fake services: whether "Undo last save"
 * can run is asked of the server (its undo record outlives the page), and a Retry after the file
 * stopped parsing keeps the unsaved edits.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConfigOperation } from '@shared/config/operations';
import { msg } from '@shared/i18n/message';
import { createFakeApi, type FakeApi } from '@renderer/test-support/fake-api';
import { CONFIG_PATH } from '@renderer/test-support/fake-services';
import { createConfigEditorStore } from './config-editor';

const replaceMode: ConfigOperation = { op: 'setMode', mode: 'replace' };
const malformed = {
  code: 'CONFIG_MALFORMED',
  text: msg('config.malformed', { path: CONFIG_PATH, detail: 'unexpected “', remedy: msg('config.remedyByHand') }),
} as const;

let fake: FakeApi;
beforeEach(() => {
  fake = createFakeApi();
});
afterEach(() => fake.expectClean());

describe('undo after a reload', () => {
  it('a new page (a reload) offers Undo last save when the server says the last save can be undone', async () => {
    const before = createConfigEditorStore(fake.api);
    await before.getState().load();
    expect(before.getState().canUndoSave).toBe(false);
    before.getState().apply(replaceMode);
    await before.getState().save();

    const after = createConfigEditorStore(fake.api);
    await after.getState().load();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(after.getState().canUndoSave).toBe(true);
    await after.getState().undoLastSave();
    expect((fake.services.config.models as { mode?: string }).mode).not.toBe('replace');
  });
});

describe('a Retry after the file stopped parsing', () => {
  it('keeps the unsaved edits when the file is back as it was', async () => {
    const store = createConfigEditorStore(fake.api);
    await store.getState().load();
    store.getState().apply(replaceMode);
    fake.fail('getConfigDocument', malformed);
    await store.getState().load();
    expect(store.getState().loadError).toEqual(malformed.text);
    await store.getState().load();
    expect(store.getState()).toMatchObject({ loadError: null, pending: [replaceMode], diskChanged: false });
  });

  it('keeps them and asks (the changed-on-disk banner) when the file came back different', async () => {
    const store = createConfigEditorStore(fake.api);
    await store.getState().load();
    store.getState().apply(replaceMode);
    fake.fail('getConfigDocument', malformed);
    await store.getState().load();
    fake.services.writeOutside({ ...fake.services.config, gateway: { mode: 'local' } });
    await store.getState().load();
    expect(store.getState()).toMatchObject({ loadError: null, pending: [replaceMode], diskChanged: true });
    await store.getState().keepMyEdits();
    expect(store.getState()).toMatchObject({ pending: [replaceMode], diskChanged: false });
    expect(store.getState().document?.hash).toBe(fake.services.hash);
  });
});

describe('the file fixed on disk while edits are unsaved', () => {
  it('puts the edits back on their own once the file reads as it was (no Retry needed)', async () => {
    const store = createConfigEditorStore(fake.api);
    await store.getState().load();
    store.getState().apply(replaceMode);
    fake.fail('getConfigDocument', malformed);
    await store.getState().fileChangedOnDisk();
    expect(store.getState().loadError).toEqual(malformed.text);
    await store.getState().fileChangedOnDisk();
    expect(store.getState()).toMatchObject({ loadError: null, pending: [replaceMode], diskChanged: false });
  });
});
