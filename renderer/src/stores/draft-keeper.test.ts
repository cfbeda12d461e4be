/**
 * Unsaved edits across a reload, against the fake services: kept with the hash of the version
 * they were made on, put back onto that same version with a notice, dropped (and said) when the
 * file changed on disk meanwhile — never applied over someone else's edit — and the guard on leaving.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConfigOperation } from '@shared/config/operations';
import { createFakeApi, nextTurn, type FakeApi } from '@renderer/test-support/fake-api';
import { CONFIG_PATH } from '@renderer/test-support/fake-services';
import { createConfigEditorStore } from './config-editor';
import { DRAFT_KEY, guardUnload, keepDrafts, readDraft } from './draft-keeper';

const replaceMode: ConfigOperation = { op: 'setMode', mode: 'replace' };
const mode = (store: ReturnType<typeof createConfigEditorStore>) =>
  (store.getState().draft?.models as { mode?: string } | undefined)?.mode;

/** The page's storage (sessionStorage in the browser panel): it outlives the reload, the stores do not. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

let fake: FakeApi;
let storage: ReturnType<typeof memoryStorage>;
const stops: (() => void)[] = [];
/** A page load: a fresh editor store keeping its drafts in the same storage. */
function pageLoad() {
  const store = createConfigEditorStore(fake.api);
  stops.push(keepDrafts(store, storage));
  return store;
}
const settle = async () => {
  for (let i = 0; i < 5; i++) await nextTurn();
};

beforeEach(() => {
  fake = createFakeApi();
  storage = memoryStorage();
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  fake.expectClean();
});

describe('the draft across a reload', () => {
  it('keeps an unsaved edit with the version it was made on, and puts it back after the reload with a notice', async () => {
    const before = pageLoad();
    await before.getState().load();
    before.getState().apply(replaceMode);
    expect(readDraft(storage)).toEqual({
      version: 1,
      path: CONFIG_PATH,
      baseHash: fake.services.hash,
      operations: [replaceMode],
    });

    // The reload: a new page whose first load puts the edit back (it loads the document itself).
    const after = pageLoad();
    await settle();
    expect(after.getState().pending).toEqual([replaceMode]);
    expect(mode(after)).toBe('replace');
    expect(after.getState().notice?.message).toEqual({ code: 'drafts.restored', params: { count: 1 } });
    expect(fake.inputsOf('saveConfigEdit')).toEqual([]);
  });

  it('drops the kept edit, and says so, when the file changed on disk meanwhile', async () => {
    const before = pageLoad();
    await before.getState().load();
    before.getState().apply(replaceMode);
    const theirs = { ...fake.services.config, models: { ...(fake.services.config.models as object), mode: 'merge' } };
    fake.services.writeOutside(theirs);

    const after = pageLoad();
    await settle();
    expect(after.getState().pending).toEqual([]);
    expect(mode(after)).toBe('merge');
    expect(after.getState().notice).toMatchObject({
      kind: 'error',
      message: { code: 'drafts.dropped', params: { count: 1, path: CONFIG_PATH } },
    });
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('a save or a discard forgets the kept draft', async () => {
    const store = pageLoad();
    await store.getState().load();
    store.getState().apply(replaceMode);
    expect(storage.getItem(DRAFT_KEY)).not.toBeNull();
    await store.getState().save();
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
    store.getState().apply({ op: 'setMode', mode: 'merge' });
    store.getState().discard();
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('ignores a kept value it did not write', async () => {
    storage.setItem(DRAFT_KEY, '{"version":1,"path":"/x","operations":[{"op":"rm -rf"}]}');
    expect(readDraft(storage)).toBeNull();
    storage.setItem(DRAFT_KEY, 'not json');
    expect(readDraft(storage)).toBeNull();
  });
});

/** The browser's BeforeUnloadEvent, whose returnValue is writable (Node's plain Event has only a getter). */
class Leaving extends Event {
  override returnValue = true;
}

describe('the guard on leaving', () => {
  it('asks before a reload or close only while edits are unsaved', async () => {
    const store = pageLoad();
    await store.getState().load();
    const target = new EventTarget();
    stops.push(guardUnload(store, target as unknown as Window));
    const leave = () => {
      const event = new Leaving('beforeunload', { cancelable: true }) as unknown as BeforeUnloadEvent;
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    store.getState().apply(replaceMode);
    expect(leave()).toBe(true);
  });
});
