/**
 * The panel's app-wide state (zustand): which page is shown, the app's facts, and the
 * config summary, reloaded on demand and whenever the file changes on disk.
 */
import { create } from 'zustand';
import { failure, type Failure } from './failure';
import type { AppInfo, ClawApi } from '@shared/api/contract';
import type { ConfigSummary } from '@shared/api/schemas/config-summary';

export const PAGES = ['overview', 'providers', 'models', 'settings'] as const;
export type Page = (typeof PAGES)[number];

export interface AppState {
  page: Page;
  appInfo: AppInfo | null;
  config: ConfigSummary | null;
  loading: boolean;
  loadError: Failure | null;
  setPage(page: Page): void;
  refresh(): Promise<void>;
}

export function createAppStore(api: ClawApi) {
  return create<AppState>((set) => ({
    page: 'overview',
    appInfo: null,
    config: null,
    loading: false,
    loadError: null,
    setPage: (page) => set({ page }),
    async refresh() {
      set({ loading: true });
      try {
        const [appInfo, config] = await Promise.all([api.getAppInfo(), api.getConfigSummary()]);
        set({ appInfo, config, loading: false, loadError: null });
      } catch (error) {
        set({ loading: false, loadError: failure(error) });
      }
    },
  }));
}
