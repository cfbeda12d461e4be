/**
 * The config editor store against the fake services (the seed's hybrid config, saved with the
 * base-hash guard): load, edits, review, save and undo, refusals, and an outside change of the file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConfigOperation } from '@shared/config/operations';
import { msg } from '@shared/i18n/message';
import { createFakeApi, type FakeApi } from '@renderer/test-support/fake-api';
import { CONFIG_PATH } from '@renderer/test-support/fake-services';
import { canSave, createConfigEditorStore } from './config-editor';

let fake: FakeApi;
let store: ReturnType<typeof createConfigEditorStore>;
beforeEach(async () => {
  fake = createFakeApi();
  store = createConfigEditorStore(fake.api);
});
afterEach(() => fake.expectClean());

const replaceMode: ConfigOperation = { op: 'setMode', mode: 'replace' };
const LOCAL = 'lmstudio/minimax-m2.1-gs32';
const localFirst: ConfigOperation = { op: 'setChain', refs: [LOCAL, 'anthropic/claude-sonnet-4-5'] };
const changedOnDisk = msg('config.changedOnDisk', { path: CONFIG_PATH });
const mode = () => (store.getState().draft?.models as { mode?: string } | undefined)?.mode;
/** What the notice says, as the panel shows it: its Message when it has one. */
const noticeSays = () => store.getState().notice?.message ?? store.getState().notice?.text;

describe('config editor store: loading', () => {
  it('loads the document; the draft is the saved config (its key masked) and nothing is pending', async () => {
    await store.getState().load();
    const { document, draft, pending, issues, introducedErrors } = store.getState();
    expect(document?.hash).toBe(fake.services.hash);
    expect(draft).toEqual(fake.services.masked);
    expect(draft).toMatchObject({ models: { providers: { lmstudio: { apiKey: '••••' } } } });
    expect({ pending, issues, introducedErrors }).toEqual({ pending: [], issues: [], introducedErrors: [] });
  });

  it('pages that load together share one request', async () => {
    await Promise.all([store.getState().load(), store.getState().load(), store.getState().load()]);
    expect(fake.inputsOf('getConfigDocument')).toHaveLength(1);
  });

  it('a failed load shows the service’s words and no stale document', async () => {
    await store.getState().load();
    const malformed = msg('config.malformed', {
      path: CONFIG_PATH,
      detail: 'unexpected “',
      remedy: msg('config.remedyByHand'),
    });
    fake.fail('getConfigDocument', { code: 'CONFIG_MALFORMED', text: malformed });
    await expect(store.getState().load()).resolves.toBeUndefined();
    expect(store.getState()).toMatchObject({ loadError: malformed, document: null, draft: null, busy: false });
  });
});

describe('config editor store: edits', () => {
  beforeEach(() => store.getState().load());

  it('an edit changes the draft, not the file, and can be saved; undo and discard take it back', () => {
    expect(store.getState().apply(replaceMode)).toBe(true);
    expect(mode()).toBe('replace');
    expect(canSave(store.getState())).toBe(true);
    expect(store.getState().findings.map((f) => f.code)).toContain('mode-replace');
    store.getState().undoEdit();
    expect(mode()).toBe('merge');
    store.getState().apply(replaceMode, localFirst);
    store.getState().discard();
    expect(store.getState().pending).toEqual([]);
    expect(store.getState().draft).toEqual(fake.services.masked);
  });

  it('an edit the operations refuse is a notice in words and leaves the pending edits as they were', () => {
    store.getState().apply(replaceMode);
    expect(store.getState().apply({ op: 'setPrimary', ref: 'nowhere/model' })).toBe(false);
    expect(store.getState().pending).toEqual([replaceMode]);
    expect(store.getState().notice?.kind).toBe('error');
    expect(noticeSays()).toMatchObject({ code: 'operations.unknownProvider' });
  });

  it('an invalid value blocks saving until it is fixed', () => {
    store
      .getState()
      .apply({ op: 'updateModel', provider: 'lmstudio', id: 'minimax-m2.1-gs32', set: { contextWindow: -5 } });
    expect(store.getState().issues.map((i) => i.path)).toEqual(['models.providers.lmstudio.models.0.contextWindow']);
    expect(canSave(store.getState())).toBe(false);
  });
});

describe('config editor store: review and save', () => {
  beforeEach(() => store.getState().load());

  it('review asks the services for the diff against the loaded file, and is not left busy', async () => {
    const { hash } = store.getState().document!;
    store.getState().apply(replaceMode);
    await store.getState().review();
    expect(fake.inputsOf('previewConfigEdit')).toEqual([{ operations: [replaceMode], baseHash: hash }]);
    expect(store.getState().preview?.diff).toContain('+    "mode": "replace",');
    expect(store.getState().busy).toBe(false);
  });

  it('a failed review is a notice, not a throw, and the editor is not left busy', async () => {
    store.getState().apply(replaceMode);
    fake.fail('previewConfigEdit', { code: 'CONFIG_INVALID', text: msg('common.unexpected', { detail: 'x' }) });
    await expect(store.getState().review()).resolves.toBeUndefined();
    expect(store.getState()).toMatchObject({ busy: false, preview: null, notice: { kind: 'error' } });
  });

  it('save sends the edits with the base hash, is busy meanwhile, then reloads the saved document', async () => {
    const { hash } = store.getState().document!;
    store.getState().apply(replaceMode);
    const pending = fake.hold('saveConfigEdit');
    const save = store.getState().save();
    await pending.arrived;
    expect(store.getState().busy).toBe(true);
    expect(canSave(store.getState())).toBe(false);
    pending.release();
    expect(await save).toBe(true);
    expect(fake.inputsOf('saveConfigEdit')).toEqual([{ operations: [replaceMode], baseHash: hash }]);
    expect(store.getState()).toMatchObject({
      busy: false,
      pending: [],
      canUndoSave: true,
      notice: { kind: 'ok', text: CONFIG_PATH },
    });
    expect(store.getState().document?.hash).toBe(fake.services.hash);
    expect(mode()).toBe('replace');

    await store.getState().undoLastSave();
    expect(fake.services.config.models).toMatchObject({ mode: 'merge' });
    expect(mode()).toBe('merge');
    expect(store.getState().canUndoSave).toBe(false);
  });

  it('a save refused because the file changed on disk keeps the edits, raises the banner and is not left busy', async () => {
    store.getState().apply(replaceMode);
    fake.services.writeOutside({ ...fake.services.config, gateway: { mode: 'local' } });
    expect(await store.getState().save()).toBe(false);
    expect(store.getState()).toMatchObject({ busy: false, diskChanged: true, pending: [replaceMode] });
    expect(noticeSays()).toEqual(changedOnDisk);
  });

  it('a save that needs confirming opens the review instead of failing', async () => {
    store.getState().apply(replaceMode);
    fake.fail('saveConfigEdit', { code: 'CONFIRM_REQUIRED', text: msg('config.confirmRequired', { first: 'x' }) });
    expect(await store.getState().save()).toBe(false);
    expect(fake.inputsOf('previewConfigEdit')).toHaveLength(1);
    expect(store.getState()).toMatchObject({ busy: false, notice: null });
    expect(store.getState().preview).not.toBeNull();
  });

  it('a failed undo is a notice and the editor is not left busy', async () => {
    await store.getState().undoLastSave(); // the fake services have nothing to undo yet
    expect(store.getState().busy).toBe(false);
    expect(noticeSays()).toEqual(msg('config.undoNothing'));
  });
});

describe('config editor store: the file changed on disk (the configChanged event)', () => {
  beforeEach(() => store.getState().load());
  const outside = () => fake.services.writeOutside({ ...fake.services.config, gateway: { mode: 'local' } });

  it('with nothing pending, the new file is taken as it is', async () => {
    outside();
    await store.getState().fileChangedOnDisk();
    expect(store.getState().document?.hash).toBe(fake.services.hash);
    expect(store.getState().draft?.gateway).toEqual({ mode: 'local' });
    expect(store.getState().diskChanged).toBe(false);
  });

  it('with edits pending, they are kept and the banner asks; "keep mine" puts them on the new file', async () => {
    store.getState().apply(replaceMode);
    const loaded = store.getState().document!.hash;
    outside();
    await store.getState().fileChangedOnDisk();
    expect(store.getState()).toMatchObject({ diskChanged: true, pending: [replaceMode] });
    expect(store.getState().document?.hash).toBe(loaded);

    await store.getState().keepMyEdits();
    expect(store.getState()).toMatchObject({ diskChanged: false, pending: [replaceMode] });
    expect(store.getState().document?.hash).toBe(fake.services.hash);
    expect(store.getState().draft).toMatchObject({ gateway: { mode: 'local' }, models: { mode: 'replace' } });
  });

  it('"reload" drops the pending edits for the file on disk', async () => {
    store.getState().apply(replaceMode);
    outside();
    await store.getState().fileChangedOnDisk();
    await store.getState().reloadFromDisk();
    expect(store.getState()).toMatchObject({ diskChanged: false, pending: [] });
    expect(store.getState().draft?.gateway).toEqual({ mode: 'local' });
  });

  it('its own save is not an outside change', async () => {
    store.getState().apply(replaceMode);
    const pending = fake.hold('saveConfigEdit');
    const save = store.getState().save();
    await pending.arrived;
    await store.getState().fileChangedOnDisk(); // the watcher fires while the save is in flight
    pending.release();
    await save;
    expect(store.getState().diskChanged).toBe(false);
    expect(fake.inputsOf('getConfigDocument')).toHaveLength(2); // the load and the save's reload
  });

  it('a file that can no longer be read is shown as the load error', async () => {
    const unreadable = msg('config.unreadable', { path: CONFIG_PATH, detail: 'EACCES' });
    fake.fail('getConfigDocument', { code: 'IO_ERROR', text: unreadable });
    await store.getState().fileChangedOnDisk();
    expect(store.getState().loadError).toEqual(unreadable);
  });
});
