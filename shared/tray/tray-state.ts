/**
 * Builds the tray's state from what the services know: one status line per local server,
 * and a Models entry for each model kept warm or local in the chain. The desktop tray and
 * the headless panel's Servers card both render `trayModel(trayStateFrom(…))`.
 */
import type { WarmState } from '../servers/keep-warm-types';
import { msg, type Message } from '../i18n/message';
import { SERVER_LABELS, type ServerProbe } from '../servers/probe-result';
import type { ServerHealth, TrayState } from './tray-model';

export interface ServerStatusLike {
  providerId: string;
  probe: ServerProbe;
}

function health(probe: ServerProbe): ServerHealth {
  if (!probe.problem) return 'up';
  return probe.problem.code === 'auth' || probe.problem.code === 'not-openai' ? 'degraded' : 'down';
}

function detail(probe: ServerProbe): Message {
  if (probe.problem) return msg(`tray.problem.${probe.problem.code}`);
  const loaded = probe.models.filter((m) => m.loaded).length;
  return probe.models.some((m) => m.loaded !== null)
    ? msg('tray.loaded', { count: loaded })
    : msg('tray.modelCount', { count: probe.models.length });
}

export function trayStateFrom(
  statuses: readonly ServerStatusLike[],
  kept: readonly WarmState[],
  chainLocalRefs: readonly string[],
  configProblem: Message | null = null,
): TrayState {
  const keptRefs = new Set(kept.map((k) => k.ref));
  const refs = [...new Set([...kept.map((k) => k.ref), ...chainLocalRefs])];
  return {
    configProblem,
    servers: statuses.map((s) => ({
      id: s.providerId,
      label: `${s.providerId}${s.probe.kind ? ` (${SERVER_LABELS[s.probe.kind]})` : ''}`,
      health: health(s.probe),
      detail: detail(s.probe),
    })),
    models: refs.map((ref) => {
      const last = kept.find((k) => k.ref === ref)?.lastResult;
      const status = last
        ? msg('tray.warmResult', { result: msg(`tray.result.${last.result}`), detail: last.text })
        : undefined;
      return { ref, kept: keptRefs.has(ref), status };
    }),
  };
}
