/**
 * Keeps the tray in step with the services: rebuilds its state from server statuses, the
 * keep-warm report and the chain's local models every 30 s and after every keep-warm
 * action, and runs the tray's clicks through the same services as the panel.
 */
import type { TrayAction } from '@shared/tray/tray-model';
import { trayStateFrom } from '@shared/tray/tray-state';
import { msg, type Message } from '@shared/i18n/message';
import type { Services } from '@node/services/container';
import type { TrayController } from './tray';

const REFRESH_MS = 30_000;

export function syncTray(services: Services, tray: TrayController): () => void {
  let pending: Promise<void> | null = null;
  const refresh = () => {
    pending ??= (async () => {
      try {
        // The reader's state first: a malformed or unreadable file is shown in the tray, not hidden.
        const read = await services.config.read();
        const problem = read.problem;
        const statuses = problem ? [] : await services.servers.statuses();
        const refs = read.state === 'ok' ? await services.servers.chainLocalRefs() : [];
        tray.update(trayStateFrom(statuses, services.servers.keepWarm.report().kept, refs, problem));
      } catch (error) {
        // Never silent: the tray says what failed, and the log has it.
        console.error('[tray] refresh failed:', (error as Error).message);
        const text =
          (error as { text?: Message }).text ?? msg('common.unexpected', { detail: (error as Error).message });
        tray.update({ servers: [], configProblem: text });
      } finally {
        pending = null;
      }
    })();
  };
  refresh();
  const timer = setInterval(refresh, REFRESH_MS);
  const unsubscribe = services.events.subscribe((event) => {
    if (event.name === 'keepWarmLog' || event.name === 'configChanged') refresh();
  });
  return () => {
    clearInterval(timer);
    unsubscribe();
  };
}

export async function runTrayAction(services: Services, action: TrayAction): Promise<void> {
  const keepWarm = services.servers.keepWarm;
  if (action.kind === 'warm') await keepWarm.warmNow(action.ref);
  if (action.kind === 'reload') await keepWarm.reload(action.ref);
  if (action.kind === 'toggle-keep-warm')
    await services.servers.setKept(action.ref, !keepWarm.kept().includes(action.ref));
}
