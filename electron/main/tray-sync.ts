/**
 * Keeps the tray in step with the services: rebuilds its state from server statuses, the
 * keep-warm report and the chain's local models every 30 s and after every keep-warm
 * action, and runs the tray's clicks through the same services as the panel.
 */
import { modelChain } from '../../shared/config/config-access';
import { isLocalRef } from '../../shared/config/layouts';
import type { TrayAction } from '../../shared/tray/tray-model';
import { trayStateFrom } from '../../shared/tray/tray-state';
import type { Services } from '../services';
import type { TrayController } from './tray';

const REFRESH_MS = 30_000;

export function syncTray(services: Services, tray: TrayController): () => void {
  let pending: Promise<void> | null = null;
  const refresh = () => {
    pending ??= (async () => {
      try {
        const [statuses, loaded] = await Promise.all([
          services.servers.statuses(),
          services.configStore.load().catch(() => null),
        ]);
        const chain = loaded ? modelChain(loaded.config) : { primary: null, fallbacks: [] };
        const refs = [chain.primary, ...chain.fallbacks].filter(
          (r): r is string => !!r && !!loaded && isLocalRef(loaded.config, r),
        );
        tray.update(trayStateFrom(statuses, services.servers.keepWarm.report().kept, refs));
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
