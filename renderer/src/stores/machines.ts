/** Other machines (zustand): the machines report, adding/removing one, and a model's fit across the cluster. */
import { create } from 'zustand';
import { failure, type Failure } from './failure';
import type { CallInput, CallOutput, ClawApi } from '@shared/api/contract';

export interface MachinesState {
  report: CallOutput<'getMachines'> | null;
  fit: CallOutput<'fitOnCluster'> | null;
  busy: boolean;
  /** The last failure, as a message when the service gave one, else its text. */
  error: Failure | null;
  load(): Promise<void>;
  add(input: CallInput<'addMachine'>): Promise<boolean>;
  remove(id: string): Promise<void>;
  checkFit(input: CallInput<'fitOnCluster'>): Promise<void>;
}

export function createMachinesStore(api: ClawApi) {
  return create<MachinesState>((set) => {
    const run = async (work: () => Promise<Partial<MachinesState>>): Promise<boolean> => {
      set({ busy: true });
      try {
        set({ ...(await work()), busy: false, error: null });
        return true;
      } catch (error) {
        set({ busy: false, error: failure(error) });
        return false;
      }
    };
    return {
      report: null,
      fit: null,
      busy: false,
      error: null,
      load: async () => void (await run(async () => ({ report: await api.getMachines() }))),
      add: (input) => run(async () => ({ report: await api.addMachine(input), fit: null })),
      remove: async (id) => void (await run(async () => ({ report: await api.removeMachine({ id }), fit: null }))),
      checkFit: async (input) => void (await run(async () => ({ fit: await api.fitOnCluster(input) }))),
    };
  });
}
