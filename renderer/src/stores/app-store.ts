/**
 * The panel's app-wide state (zustand): which page is shown, the app's facts, and the
 * config summary, reloaded on demand and whenever the file changes on disk.
 */
import { create } from 'zustand';
import { failure, type Failure } from './failure';
import type { AppInfo, ClawApi } from '@shared/api/contract';
import type { ConfigSummary } from '@shared/api/schemas/config-summary';

export const PAGES = ['overview', 'providers', 'models', 'settings', 'repair'] as const;
export type Page = (typeof PAGES)[number];
/** The pages the navigation rail lists (the repair page opens from a config that does not parse). */
export const RAIL_PAGES = ['overview', 'providers', 'models', 'settings'] as const satisfies readonly Page[];

export interface AppState {
  page: Page;
  /** What on the page its address names (a provider id, a model ref), see navigation/hash-route.ts. */
  detail: string | null;
  appInfo: AppInfo | null;
  config: ConfigSummary | null;
  loading: boolean;
  loadError: Failure | null;
  setPage(page: Page, detail?: string | null): void;
  refresh(): Promise<void>;
}

export function createAppStore(
  api: ClawApi,
  initial: { page: Page; detail: string | null } = { page: 'overview', detail: null },
) {
  return create<AppState>((set) => ({
    page: initial.page,
    detail: initial.detail,
    appInfo: null,
    config: null,
    loading: false,
    loadError: null,
    setPage: (page, detail = null) => set({ page, detail }),
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
