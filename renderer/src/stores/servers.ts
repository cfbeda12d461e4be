/**
 * Local servers in the panel (zustand): their probed status and the keep-warm state,
 * polled adaptively — every 5 s while the window is visible, every 60 s in the
 * background, not at all while no local provider is configured; `wake()` (called when
 * the saved config changes, e.g. a first local provider was added) starts it again.
 */
import { create } from 'zustand';
import { failure, type Failure } from './failure';
import type { CallOutput, ClawApi } from '@shared/api/contract';
import type { KeepWarmReport } from '@shared/servers/keep-warm-types';

type Status = CallOutput<'getServerStatuses'>['servers'][number];

export const VISIBLE_POLL_MS = 5000;
export const HIDDEN_POLL_MS = 60_000;

export interface ServersState {
  statuses: Status[];
  keepWarm: KeepWarmReport;
  error: Failure | null;
  refresh(force?: boolean): Promise<void>;
  setKeepWarm(ref: string, keep: boolean): Promise<void>;
  act(action: 'warm' | 'reload' | 'unload', ref: string): Promise<void>;
  startPolling(): () => void;
  /** Polls now and resumes the loop (the saved config changed); a no-op before startPolling. */
  wake(): void;
}

export function createServersStore(api: ClawApi) {
  return create<ServersState>((set, get) => {
    let restartPolling: (() => void) | undefined;
    // Each keep-warm change counts up; a report asked for before the latest change is stale (a poll
    // that started before the click would otherwise untick the box the user just ticked).
    let keepWarmEdits = 0;
    const loadKeepWarm = async () => {
      const asked = keepWarmEdits;
      const report = await api.getKeepWarm();
      if (asked === keepWarmEdits) set({ keepWarm: report });
    };
    return {
      statuses: [],
      keepWarm: { kept: [], log: [] },
      error: null,
      async refresh(force = false) {
        try {
          const [{ servers }] = await Promise.all([api.getServerStatuses({ refresh: force }), loadKeepWarm()]);
          set({ statuses: servers, error: null });
        } catch (error) {
          set({ error: failure(error) });
        }
      },
      async setKeepWarm(ref, keep) {
        // Show the choice at once; the services' report replaces it when it arrives.
        const { kept, log } = get().keepWarm;
        const optimistic = keep
          ? [...kept.filter((k) => k.ref !== ref), { ref, method: null, lastResult: null, nextAt: null, failures: 0 }]
          : kept.filter((k) => k.ref !== ref);
        set({ keepWarm: { kept: optimistic, log } });
        const edit = ++keepWarmEdits;
        try {
          const report = await api.setKeepWarm({ ref, keep });
          if (edit === keepWarmEdits) set({ keepWarm: report, error: null });
        } catch (error) {
          set({ error: failure(error) });
          // Not changed: show what the services keep again instead of the optimistic tick.
          await loadKeepWarm().catch(() => undefined /* the error above is already shown */);
        }
      },
      async act(action, ref) {
        try {
          if (action === 'warm') await api.warmModel({ ref });
          if (action === 'reload') await api.reloadModel({ ref });
          if (action === 'unload') await api.unloadModel({ ref });
          await get().refresh(true);
        } catch (error) {
          set({ error: failure(error) });
        }
      },
      wake() {
        restartPolling?.();
      },
      startPolling() {
        let timer: ReturnType<typeof setTimeout> | undefined;
        let stopped = false;
        const loop = async () => {
          await get().refresh(true);
          if (stopped) return;
          // Nothing local configured: wait for a config change instead of polling.
          if (get().statuses.length === 0) return;
          timer = setTimeout(
            () => void loop(),
            document.visibilityState === 'visible' ? VISIBLE_POLL_MS : HIDDEN_POLL_MS,
          );
        };
        const restart = () => {
          clearTimeout(timer);
          if (!stopped) void loop();
        };
        restartPolling = restart;
        document.addEventListener('visibilitychange', restart);
        const offConfig = api.on('configChanged', restart);
        const offLog = api.on(
          'keepWarmLog',
          () => void loadKeepWarm().catch((error: unknown) => set({ error: failure(error) })),
        );
        void loop();
        return () => {
          stopped = true;
          restartPolling = undefined;
          clearTimeout(timer);
          document.removeEventListener('visibilitychange', restart);
          offConfig();
          offLog();
        };
      },
    };
  });
}
