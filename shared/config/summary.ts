/**
 * A short, defensive summary of a parsed OpenClaw config (providers, primary, fallbacks,
 * mode) for the Overview. It reads whatever shape it is given and never throws.
 */

export interface ConfigShapeSummary {
  providerIds: string[];
  modelCount: number;
  primary: string | null;
  fallbacks: string[];
  mode: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function summarizeConfig(config: unknown): ConfigShapeSummary {
  const root = isRecord(config) ? config : {};
  const models = isRecord(root.models) ? root.models : {};
  const providers = isRecord(models.providers) ? models.providers : {};
  const providerIds = Object.keys(providers);
  const modelCount = providerIds.reduce((count, id) => {
    const provider = providers[id];
    return count + (isRecord(provider) && Array.isArray(provider.models) ? provider.models.length : 0);
  }, 0);

  const agents = isRecord(root.agents) ? root.agents : {};
  const defaults = isRecord(agents.defaults) ? agents.defaults : {};
  const model = defaults.model;
  let primary: string | null = null;
  let fallbacks: string[] = [];
  if (typeof model === 'string') {
    primary = model;
  } else if (isRecord(model)) {
    primary = typeof model.primary === 'string' ? model.primary : null;
    fallbacks = Array.isArray(model.fallbacks) ? model.fallbacks.filter((f): f is string => typeof f === 'string') : [];
  }
  return {
    providerIds,
    modelCount,
    primary,
    fallbacks,
    mode: typeof models.mode === 'string' ? models.mode : null,
  };
}
