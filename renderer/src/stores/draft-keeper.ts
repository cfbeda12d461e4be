/**
 * Unsaved edits survive a reload (and, in the desktop app, a restart): the pending operations are
 * kept in the page's storage with the hash of the file they were made against, and put back when
 * the document loads again — only onto that same version. If the file changed on disk meanwhile
 * they are dropped and the save bar says so: applying them could undo someone else's edit.
 */
import type { StoreApi } from 'zustand';
import { msg } from '@shared/i18n/message';
import type { ConfigOperation } from '@shared/config/operations';
import { configOperationSchema } from '@shared/config/operations';
import type { EditorState } from './config-editor';

/** Where the draft is kept (one per origin: the panel's port, or the desktop app). */
export const DRAFT_KEY = 'claw-control.draft';

export interface KeptDraft {
  version: 1;
  /** The config file the edits are for. */
  path: string;
  /** The hash of the version they were made against. */
  baseHash: string | null;
  operations: ConfigOperation[];
}

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The kept draft, or null when there is none or it is not one (an older format, a hand edit). */
export function readDraft(storage: DraftStorage): KeptDraft | null {
  let value: unknown;
  try {
    value = JSON.parse(storage.getItem(DRAFT_KEY) ?? 'null');
  } catch {
    return null; // Not JSON: nothing this version wrote.
  }
  const kept = value as Partial<KeptDraft> | null;
  if (!kept || kept.version !== 1 || typeof kept.path !== 'string' || !Array.isArray(kept.operations)) return null;
  const operations = kept.operations.map((o) => configOperationSchema.safeParse(o));
  if (!operations.every((o) => o.success) || operations.length === 0) return null;
  return {
    version: 1,
    path: kept.path,
    baseHash: typeof kept.baseHash === 'string' ? kept.baseHash : null,
    operations: operations.map((o) => o.data!),
  };
}

/**
 * Keeps `store`'s pending edits in `storage` and puts them back once the document loads. Returns
 * the unsubscribe. A kept draft loads the document at once, so it comes back on any page.
 */
export function keepDrafts(store: StoreApi<EditorState>, storage: DraftStorage): () => void {
  const kept = readDraft(storage);
  let settled = kept === null;
  const write = (state: EditorState) => {
    if (!state.document) return;
    try {
      if (state.pending.length === 0) storage.removeItem(DRAFT_KEY);
      else {
        const draft: KeptDraft = {
          version: 1,
          path: state.document.path,
          baseHash: state.document.hash,
          operations: state.pending,
        };
        storage.setItem(DRAFT_KEY, JSON.stringify(draft));
      }
    } catch (error) {
      // A full or refused storage: the edits stay in the page, only a reload would lose them.
      console.warn('[panel] could not keep the unsaved edits for a reload:', error);
    }
  };
  const restore = (state: EditorState) => {
    settled = true;
    const document = state.document!;
    if (!kept || state.pending.length > 0) return write(state);
    const count = kept.operations.length;
    if (kept.path !== document.path || kept.baseHash !== document.hash) {
      storage.removeItem(DRAFT_KEY);
      store.setState({
        notice: { kind: 'error', text: 'drafts.dropped', message: msg('drafts.dropped', { count, path: kept.path }) },
      });
      return;
    }
    if (state.apply(...kept.operations))
      store.setState({ notice: { kind: 'ok', text: 'drafts.restored', message: msg('drafts.restored', { count }) } });
    else storage.removeItem(DRAFT_KEY);
  };
  const unsubscribe = store.subscribe((next, prev) => {
    if (!settled) {
      if (next.document) restore(next);
      return;
    }
    if (next.pending !== prev.pending || next.document !== prev.document) write(next);
  });
  if (kept) {
    const state = store.getState();
    if (state.document) restore(state);
    else void state.load();
  }
  return unsubscribe;
}

/** Asks before the page is reloaded or closed while edits are unsaved (the browser's own question; Electron's main asks its own). */
export function guardUnload(
  store: StoreApi<EditorState>,
  win: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
) {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (store.getState().pending.length === 0) return;
    event.preventDefault();
    // Older engines ask only when returnValue is set.
    event.returnValue = '';
  };
  win.addEventListener('beforeunload', onBeforeUnload);
  return () => win.removeEventListener('beforeunload', onBeforeUnload);
}
