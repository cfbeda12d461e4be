/**
 * Keeps the tray in step with the app: rebuilds its state from server statuses, the keep-warm
 * report and the chain's local models every 30 s and after every keep-warm action, and runs the
 * tray's clicks — all through the dispatcher, as the panel and the CLI do. A failure is the
 * call's problem (`problemOf`), shown in the tray and logged in English from the catalog.
 */
import type { TrayAction } from '@shared/tray/tray-model';
import { trayStateFrom } from '@shared/tray/tray-state';
import type { CallInput, CallOutput } from '@shared/api/contract';
import type { CallName } from '@shared/api/names';
import { ApiCallError, problemOf } from '@shared/api/problem';
import { parseModelRef } from '@shared/config/model-ref';
import { englishOf } from '@locales/translate';
import type { Dispatcher } from '@node/api/dispatcher';
import type { EventBus } from '@node/services/event-bus';
import type { TrayController } from './tray';

const REFRESH_MS = 30_000;

type Call = Dispatcher['call'];

async function ask<K extends CallName>(call: Call, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const envelope = await call(name, input);
  if (!envelope.ok) throw new ApiCallError(envelope.error);
  return envelope.data as CallOutput<K>;
}

/** The chain's refs served by a local or LAN server (those the statuses list). */
function localChain(summary: CallOutput<'getConfigSummary'>['summary'], providerIds: readonly string[]): string[] {
  if (!summary) return [];
  const local = new Set(providerIds.map((id) => id.toLowerCase()));
  const chain = [...(summary.primary ? [summary.primary] : []), ...summary.fallbacks];
  return [...new Set(chain)].filter((ref) => local.has(parseModelRef(ref)?.provider ?? ''));
}

export function syncTray(call: Call, events: EventBus, tray: TrayController): () => void {
  let pending: Promise<void> | null = null;
  const refresh = () => {
    pending ??= (async () => {
      try {
        // A malformed or unreadable config fails the statuses with its reason: shown in the tray, not hidden.
        const { servers } = await ask(call, 'getServerStatuses', {});
        const [summary, keepWarm] = await Promise.all([
          ask(call, 'getConfigSummary', {}),
          ask(call, 'getKeepWarm', {}),
        ]);
        const refs = localChain(
          summary.summary,
          servers.map((s) => s.providerId),
        );
        tray.update(trayStateFrom(servers, keepWarm.kept, refs));
      } catch (error) {
        // Never silent: the tray says what failed, and the log has it.
        const problem = problemOf(error);
        console.error(`[tray] refresh failed: ${englishOf(problem.message)}`);
        tray.update({ servers: [], configProblem: problem.message });
      } finally {
        pending = null;
      }
    })();
  };
  refresh();
  const timer = setInterval(refresh, REFRESH_MS);
  const unsubscribe = events.subscribe((event) => {
    if (event.name === 'keepWarmLog' || event.name === 'configChanged') refresh();
  });
  return () => {
    clearInterval(timer);
    unsubscribe();
  };
}

/** Runs one click; a refusal is logged with its problem's English words (the tray's state shows the rest). */
export async function runTrayAction(call: Call, action: TrayAction): Promise<void> {
  try {
    if (action.kind === 'warm') await ask(call, 'warmModel', { ref: action.ref });
    if (action.kind === 'reload') await ask(call, 'reloadModel', { ref: action.ref });
    if (action.kind === 'toggle-keep-warm') {
      const { kept } = await ask(call, 'getKeepWarm', {});
      await ask(call, 'setKeepWarm', { ref: action.ref, keep: !kept.some((k) => k.ref === action.ref) });
    }
  } catch (error) {
    console.error(`[tray] ${action.kind} failed: ${englishOf(problemOf(error).message)}`);
  }
}
