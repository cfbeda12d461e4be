/** The stores, bound to the one API object. */
import { api } from '../api';
import { createAppStore } from './app-store';
import { createCheckupStore } from './checkup';
import { createConfigEditorStore } from './config-editor';
import { createFitsStore } from './fits';
import { createHardwareStore } from './hardware';
import { createMachinesStore } from './machines';
import { createOpenClawStore } from './openclaw';
import { createServersStore } from './servers';
import { routeOf } from '../navigation/hash-route';

export const useAppStore = createAppStore(api, routeOf(window.location.hash));
export const useEditor = createConfigEditorStore(api);
export const useHardware = createHardwareStore(api);
export const useFits = createFitsStore(api);
export const useMachines = createMachinesStore(api);
export const useServers = createServersStore(api);
export const useCheckup = createCheckupStore(api);
export const useOpenClaw = createOpenClawStore(api);

/** Fit answers are sized against the budget: another machine added or removed makes them stale. */
useHardware.subscribe((state, before) => {
  if (state.extraMachines !== before.extraMachines) useFits.getState().invalidate();
});

/** Keep both in step with the file: the summary reloads, the editor reloads or raises its banner; fits are sized again. */
api.on('configChanged', () => {
  useFits.getState().invalidate();
  void useAppStore.getState().refresh();
  void useEditor.getState().fileChangedOnDisk();
});
