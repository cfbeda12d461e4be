/** The installed OpenClaw (path, version, schema in use) and the field help from its schema. */
import { create } from 'zustand';
import { failure, type Failure } from './failure';
import type { ClawApi } from '@shared/api/contract';
import type { OpenClawInfo, SchemaHelp } from '@shared/api/schemas/openclaw';

export interface OpenClawState {
  info: OpenClawInfo | null;
  help: SchemaHelp | null;
  error: Failure | null;
  busy: boolean;
  load(): Promise<void>;
  loadHelp(): Promise<void>;
  setPath(path: string | null): Promise<void>;
}

export function createOpenClawStore(api: ClawApi) {
  let helpLoading: Promise<void> | null = null;
  return create<OpenClawState>((set, get) => ({
    info: null,
    help: null,
    error: null,
    busy: false,
    async load() {
      try {
        set({ info: await api.getOpenClawInfo(), error: null });
      } catch (error) {
        set({ error: failure(error) });
      }
    },
    loadHelp() {
      if (get().help) return Promise.resolve();
      // Every field asks for the help when it mounts: one request serves them all.
      helpLoading ??= (async () => {
        try {
          set({ help: await api.getSchemaHelp() });
        } catch (error) {
          set({ error: failure(error) });
        } finally {
          helpLoading = null;
        }
      })();
      return helpLoading;
    },
    async setPath(path) {
      set({ busy: true });
      try {
        set({ info: await api.setOpenClawPath({ path }), help: null, error: null });
      } catch (error) {
        set({ error: failure(error) });
      } finally {
        set({ busy: false });
      }
    },
  }));
}
