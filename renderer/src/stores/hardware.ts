/**
 * Hardware state (zustand): the report from the services and the other machines the user added
 * to the budget (GGUF files the user points models at are the fits store's).
 */
import { create } from 'zustand';
import { failure, type Failure } from './failure';
import type { CallOutput, ClawApi } from '@shared/api/contract';

type Hardware = CallOutput<'getHardware'>;

export interface HardwareState {
  report: Hardware['report'] | null;
  extraMachines: Hardware['extraMachines'];
  loading: boolean;
  error: Failure | null;
  load(refresh?: boolean): Promise<void>;
  setExtraMachines(machines: Hardware['extraMachines']): Promise<void>;
}

export function createHardwareStore(api: ClawApi) {
  return create<HardwareState>((set) => ({
    report: null,
    extraMachines: [],
    loading: false,
    error: null,
    async load(refresh = false) {
      set({ loading: true });
      try {
        const { report, extraMachines } = await api.getHardware({ refresh });
        set({ report, extraMachines, loading: false, error: null });
      } catch (error) {
        set({ loading: false, error: failure(error) });
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
