/**
 * Hardware state (zustand): the report from the services, the other machines the user added
 * to the budget, and the GGUF files the user pointed models at (for this session).
 */
import { create } from 'zustand';
import { failure, type Failure } from './failure';
import type { CallOutput, ClawApi } from '@shared/api/contract';

type Hardware = CallOutput<'getHardware'>;
type GgufFacts = CallOutput<'readGguf'>;

export interface HardwareState {
  report: Hardware['report'] | null;
  extraMachines: Hardware['extraMachines'];
  loading: boolean;
  error: Failure | null;
  /** GGUF facts by `provider/model`. */
  gguf: Record<string, GgufFacts>;
  load(refresh?: boolean): Promise<void>;
  /** Reads a GGUF file's header for a model; resolves to the error message, or null when it worked. */
  readGgufFile(modelKey: string, path: string): Promise<Failure | null>;
  setExtraMachines(machines: Hardware['extraMachines']): Promise<void>;
}

export function createHardwareStore(api: ClawApi) {
  return create<HardwareState>((set) => ({
    report: null,
    extraMachines: [],
    loading: false,
    error: null,
    gguf: {},
    async load(refresh = false) {
      set({ loading: true });
      try {
        const { report, extraMachines } = await api.getHardware({ refresh });
        set({ report, extraMachines, loading: false, error: null });
      } catch (error) {
        set({ loading: false, error: failure(error) });
      }
    },
    async readGgufFile(modelKey, path) {
      try {
        const facts = await api.readGguf({ path });
        set((state) => ({ gguf: { ...state.gguf, [modelKey]: facts } }));
        return null;
      } catch (error) {
        return failure(error);
      }
    },
    async setExtraMachines(machines) {
      try {
        const { extraMachines } = await api.setExtraMachines({ machines });
        set({ extraMachines, error: null });
      } catch (error) {
        set({ error: failure(error) });
      }
    },
  }));
}
