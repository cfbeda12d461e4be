/**
 * The config editor's state (zustand): the saved document from the services, the
 * user's pending edits as operations, and the draft they produce (computed here with the
 * same pure operations and checks the services use, so the UI reacts instantly). The
 * renderer never edits JSON text: the diff, the validation against OpenClaw and the
 * write all happen in the services.
 */
import type { Message } from '@shared/i18n/message';
import { create } from 'zustand';
import { failure, type Failure } from './failure';
import type { ClawApi, CallOutput } from '@shared/api/contract';
import { ApiCallError, problemOf } from '@shared/api/problem';
import { checkConfig, newFindings } from '@shared/config/checks';
import type { Finding } from '@shared/rules/finding';
import type { ConfigObject } from '@shared/config/config-access';
import { applyOperations, OperationError, type ConfigOperation } from '@shared/config/operations';
import { validateConfig, type ConfigIssue } from '@shared/config/validate';

export type ConfigDocument = CallOutput<'getConfigDocument'>;
export type EditPreview = CallOutput<'previewConfigEdit'>;

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
  /** The same, to translate (errors from the services and refused edits carry one). */
  message?: Message;
}

export interface EditorState {
  document: ConfigDocument | null;
  loadError: Failure | null;
  pending: ConfigOperation[];
  draft: ConfigObject | null;
  notes: Message[];
  issues: ConfigIssue[];
  findings: Finding[];
  /** Error findings the pending edits introduced (they block saving, like schema issues). */
  introducedErrors: Finding[];
  preview: EditPreview | null;
  busy: boolean;
  canUndoSave: boolean;
  /** The file changed on disk while there were unsaved edits. */
  diskChanged: boolean;
  notice: Notice | null;
  load(): Promise<void>;
  apply(...operations: ConfigOperation[]): boolean;
  undoEdit(): void;
  discard(): void;
  review(): Promise<void>;
  closeReview(): void;
  save(): Promise<boolean>;
  undoLastSave(): Promise<void>;
  fileChangedOnDisk(): Promise<void>;
  keepMyEdits(): Promise<void>;
  reloadFromDisk(): Promise<void>;
  dismissNotice(): void;
}

/** The draft and its checks: `pending` applied to the document (or only `fresh` applied to an existing draft). */
function derive(
  document: ConfigDocument,
  pending: ConfigOperation[],
  from?: { draft: ConfigObject; fresh: ConfigOperation[] },
) {
  // No edits: the draft is the document itself (applyOperations copies before it changes
  // anything, so sharing it is safe), not a copy of a config that may be megabytes.
  const { config: draft, notes } = from
    ? applyOperations(from.draft, from.fresh)
    : pending.length === 0
      ? { config: document.config, notes: [] }
      : applyOperations(document.config, pending);
  // Judged for the release the services judged the document for (the installed OpenClaw's).
  const findings = checkConfig(draft, document.openclawVersion);
  return {
    draft,
    notes,
    issues: validateConfig(draft),
    findings,
    introducedErrors: newFindings(document.findings, findings).filter((f) => f.severity === 'error'),
  };
}

/** An error as a notice: its problem's Message (the one decoder), with the message code as its text. */
const errorNotice = (error: unknown): Notice => {
  const said = problemOf(error).message;
  return { kind: 'error', text: said.code, message: said };
};

export function canSave(
  state: Pick<EditorState, 'pending' | 'issues' | 'introducedErrors' | 'document' | 'busy'>,
): boolean {
  return (
    state.pending.length > 0 &&
    state.issues.length === 0 &&
    state.introducedErrors.length === 0 &&
    !state.busy &&
    !!state.document &&
    !state.document.readOnly
  );
}

export function createConfigEditorStore(api: ClawApi) {
  return create<EditorState>((set, get) => {
    const fetchDocument = async () => {
      const document = await api.getConfigDocument();
      return document;
    };
    let loading: Promise<void> | null = null;
    /** Whether "Undo last save" can run is the server's to say (its undo record outlives a reload). */
    const askUndo = async () => {
      try {
        set({ canUndoSave: (await api.getUndoStatus()).available });
      } catch (error) {
        console.warn('[panel] could not ask whether the last save can be undone:', error);
      }
    };
    const rebase = (document: ConfigDocument, pending: ConfigOperation[]) => {
      try {
        set({ document, pending, ...derive(document, pending), loadError: null });
        return true;
      } catch (error) {
        set({
          document,
          pending: [],
          ...derive(document, []),
          loadError: null,
          notice: errorNotice(error),
        });
        return false;
      }
    };

    return {
      document: null,
      loadError: null,
      pending: [],
      draft: null,
      notes: [],
      issues: [],
      findings: [],
      introducedErrors: [],
      preview: null,
      busy: false,
      canUndoSave: false,
      diskChanged: false,
      notice: null,

      load() {
        // Pages that ask together share one request: the document of a large config is megabytes.
        loading ??= (async () => {
          try {
            const fresh = await fetchDocument();
            void askUndo();
            const { document: before, pending } = get();
            // Edits made before a failed load (a file that stopped parsing, then was fixed) are kept:
            // onto the same version they are put back, else the outside change is said and the user picks.
            if (before && pending.length > 0 && fresh.hash !== before.hash) {
              set({ loadError: null, diskChanged: true, preview: null });
              return;
            }
            rebase(fresh, before && fresh.hash === before.hash ? pending : []);
            set({ diskChanged: false, preview: null });
          } catch (error) {
            // Unsaved edits keep the document they were made on, so a Retry after the file is fixed keeps them.
            if (get().pending.length > 0) set({ loadError: failure(error) });
            else set({ loadError: failure(error), document: null, draft: null });
          } finally {
            loading = null;
          }
        })();
        return loading;
      },

      apply(...operations) {
        const { document, pending, draft } = get();
        if (!document) return false;
        const next = [...pending, ...operations];
        try {
          // Only the new operations run: the draft already holds the earlier ones.
          const derived = derive(document, next, draft ? { draft, fresh: operations } : undefined);
          set({ pending: next, ...derived, notes: [...get().notes, ...derived.notes], preview: null, notice: null });
          return true;
        } catch (error) {
          if (!(error instanceof OperationError)) throw error;
          set({ notice: errorNotice(error) });
          return false;
        }
      },

      undoEdit() {
        const { document, pending } = get();
        if (!document || pending.length === 0) return;
        const next = pending.slice(0, -1);
        set({ pending: next, ...derive(document, next), preview: null });
      },

      discard() {
        const { document } = get();
        if (document) set({ pending: [], ...derive(document, []), preview: null, notice: null });
      },

      async review() {
        const { pending, document } = get();
        if (!document || pending.length === 0) return;
        set({ busy: true });
        try {
          const preview = await api.previewConfigEdit({ operations: pending, baseHash: document.hash });
          set({ preview, busy: false });
        } catch (error) {
          set({ busy: false, notice: errorNotice(error) });
        }
      },

      closeReview() {
        set({ preview: null });
      },

      async save() {
        const state = get();
        if (!canSave(state) || !state.document) return false;
        set({ busy: true });
        try {
          // The Review dialog showed `preview.confirmations`; saving from it is the user's explicit yes.
          const confirm = (state.preview?.confirmations.length ?? 0) > 0;
          const result = await api.saveConfigEdit({
            operations: state.pending,
            baseHash: state.document.hash,
            ...(confirm ? { confirm } : {}),
          });
          rebase(await fetchDocument(), []);
          set({
            busy: false,
            preview: null,
            canUndoSave: true,
            diskChanged: false,
            notice: { kind: 'ok', text: result.path },
          });
          void askUndo();
          return true;
        } catch (error) {
          if (error instanceof ApiCallError && error.code === 'CONFIRM_REQUIRED' && !get().preview) {
            // A destructive save (drops gateway.mode, halves the file): show the Review dialog, which says why; its Save confirms.
            set({ busy: false });
            await get().review();
            return false;
          }
          const changed = error instanceof ApiCallError && error.code === 'CONFIG_CHANGED_ON_DISK';
          set({
            busy: false,
            diskChanged: changed || get().diskChanged,
            notice: errorNotice(error),
          });
          return false;
        }
      },

      async undoLastSave() {
        set({ busy: true });
        try {
          await api.undoLastSave();
          rebase(await fetchDocument(), []);
          set({ busy: false, canUndoSave: false, preview: null, notice: { kind: 'ok', text: 'undo' } });
          void askUndo();
        } catch (error) {
          set({ busy: false, notice: errorNotice(error) });
        }
      },

      async fileChangedOnDisk() {
        // A save in flight reloads the document itself; its own write is not an outside change.
        if (get().busy) return;
        let fresh: ConfigDocument;
        try {
          fresh = await fetchDocument();
        } catch (error) {
          set({ loadError: failure(error) });
          return;
        }
        const { document, pending, busy } = get();
        if (busy) return;
        // The file reads again (it was fixed on disk): the failure it showed is over.
        if (get().loadError) set({ loadError: null });
        if (document && fresh.hash === document.hash) return;
        void askUndo();
        if (pending.length === 0) rebase(fresh, []);
        else set({ diskChanged: true });
      },

      async keepMyEdits() {
        const { pending } = get();
        try {
          if (rebase(await fetchDocument(), pending)) set({ diskChanged: false, preview: null });
        } catch (error) {
          set({ notice: errorNotice(error) });
        }
      },

      async reloadFromDisk() {
        // The user's choice: the file on disk, without the unsaved edits.
        get().discard();
        await get().load();
      },

      dismissNotice() {
        set({ notice: null });
      },
    };
  });
}
