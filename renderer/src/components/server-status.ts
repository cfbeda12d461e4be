/** Helpers that read a provider's server status from the servers store. */
import { findProbedModel, type ProbedModel, type ServerProbe } from '@shared/servers/probe-result';
import { useServers } from '../stores';

export function useProbe(providerId: string): ServerProbe | null {
  return useServers((s) => s.statuses.find((status) => status.providerId === providerId)?.probe ?? null);
}

export type ModelServerState = 'loaded' | 'not-loaded' | 'listed' | 'missing' | 'down' | 'unknown';

/** What the server says about one configured model. */
export function modelServerState(
  probe: ServerProbe | null,
  modelId: string,
): { state: ModelServerState; model: ProbedModel | null } {
  if (!probe) return { state: 'unknown', model: null };
  if (probe.problem) return { state: 'down', model: null };
  const model = findProbedModel(probe, modelId);
  if (!model) return { state: 'missing', model: null };
  return { state: model.loaded === null ? 'listed' : model.loaded ? 'loaded' : 'not-loaded', model };
}
