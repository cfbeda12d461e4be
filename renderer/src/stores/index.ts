/** The stores, bound to the one API object. */
import { api } from '../api';
import { createAppStore } from './app-store';

export const useAppStore = createAppStore(api);

/** Keep the summary in step with the file: reload whenever it changes on disk. */
api.on('configChanged', () => void useAppStore.getState().refresh());
