/** The repair page's state (zustand): the config's state with the bad line and the backup ring, a restore's diff, and the restore itself. */
import { create } from 'zustand';
import type { CallOutput, ClawApi } from '@shared/api/contract';
import { failure, type Failure } from './failure';

export type RepairView = CallOutput<'getConfigRepair'>;
export type RestorePreview = CallOutput<'previewBackupRestore'> & { index: number };

export interface RepairState {
  view: RepairView | null;
  error: Failure | null;
  preview: RestorePreview | null;
  busy: boolean;
  /** Set after a restore (or quote repair) that made the file parse again. */
  fixed: boolean;
  load(): Promise<void>;
  compare(index: number): Promise<void>;
  closeCompare(): void;
  restore(): Promise<boolean>;
}

export function createRepairStore(api: ClawApi, afterWrite: () => Promise<void> = async () => {}) {
  return create<RepairState>((set, get) => {
    const run = async (task: () => Promise<void>): Promise<boolean> => {
      set({ busy: true });
      try {
        await task();
        set({ busy: false, error: null });
        return true;
      } catch (error) {
        set({ busy: false, error: failure(error) });
        return false;
      }
    };
    return {
      view: null,
      error: null,
      preview: null,
      busy: false,
      fixed: false,
      load: async () => {
        await run(async () => {
          const before = get().view?.state;
          const view = await api.getConfigRepair();
          set({ view, fixed: get().fixed || (before !== undefined && before !== 'ok' && view.state === 'ok') });
        });
      },
      compare: async (index) => {
        await run(async () => set({ preview: { ...(await api.previewBackupRestore({ index })), index } }));
      },
      closeCompare: () => set({ preview: null }),
      restore: async () => {
        const preview = get().preview;
        if (!preview) return false;
        return run(async () => {
          await api.restoreBackup({ index: preview.index, baseHash: preview.baseHash });
          set({ preview: null });
          await afterWrite();
          await get().load();
        });
      },
    };
  });
}
