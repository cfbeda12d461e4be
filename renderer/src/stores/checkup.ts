/**
 * The model check-up in the panel (zustand): the latest result per ref with its time (the
 * services keep them, so they survive a page reload), which refs are being checked, and
 * the last error. Running one ref or the whole chain replaces those refs' results. The fallback
 * drill's latest report is kept beside them (`drill`), with whether it is running.
 */
import { create } from 'zustand';
import { failure, type Failure } from './failure';
import type { ClawApi } from '@shared/api/contract';
import type { CheckupEntry } from '@shared/checkup/types';
import type { DrillReport } from '@shared/rules/drill/report';
import type { EmbeddingServer } from '@shared/rules/checkup/embeddings';

export interface CheckupState {
  entries: Record<string, CheckupEntry>;
  /** Refs being checked now ('*' = the whole chain). */
  running: string[];
  error: Failure | null;
  /** The latest fallback drill (null until one ran in this panel). */
  drill: DrillReport | null;
  drilling: boolean;
  /** The memory search's embedding servers, as the last whole-chain check found them (null: not checked). */
  embeddings: EmbeddingServer[] | null;
  load(): Promise<void>;
  run(refs?: string[]): Promise<void>;
  runDrill(): Promise<void>;
  checkEmbeddings(): Promise<void>;
}

export function createCheckupStore(api: ClawApi) {
  return create<CheckupState>((set, get) => ({
    entries: {},
    running: [],
    error: null,
    drill: null,
    drilling: false,
    embeddings: null,
    async load() {
      try {
        const report = await api.getCheckup();
        set({ entries: Object.fromEntries(report.entries.map((e) => [e.ref, e])), error: null });
      } catch (error) {
        set({ error: failure(error) });
      }
    },
    async run(refs) {
      const key = refs?.length ? refs : ['*'];
      set({ running: [...get().running, ...key] });
      try {
        const report = await api.runCheckup(refs?.length ? { refs } : {});
        set({
          entries: { ...get().entries, ...Object.fromEntries(report.entries.map((e) => [e.ref, e])) },
          error: null,
        });
      } catch (error) {
        set({ error: failure(error) });
      } finally {
        set({ running: get().running.filter((r) => !key.includes(r)) });
      }
    },
    async checkEmbeddings() {
      try {
        set({ embeddings: await api.checkEmbeddings({}) });
      } catch (error) {
        set({ error: failure(error) });
      }
    },
    async runDrill() {
      set({ drilling: true });
      try {
        set({ drill: await api.runDrill({}), error: null });
      } catch (error) {
        set({ error: failure(error) });
      } finally {
        set({ drilling: false });
      }
    },
  }));
}
