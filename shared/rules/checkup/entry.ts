/** One chain entry resolved against the config (provider, row, location, API, base URL), and what every check-up rule judges it with. */
import { asObject, providerModels, providersOf, type ConfigObject } from '../../config/config-access';
import { parseModelRef } from '../../config/model-ref';
import { effectiveEnv, type Env } from '../../config/env-refs';
import { providerLocation, type ProviderLocation } from '../../config/provider-kind';
import { bundledDefaultBaseUrl } from '../../servers/defaults';
import type { FitResult } from '../../fit/advisor';
import type { GatheredFacts } from '../../checkup/facts';

export type Obj = Record<string, unknown>;

/** One chain entry resolved against the config. */
export interface ResolvedEntry {
  ref: string;
  providerId: string | null;
  /** The provider's key as written in the config (case kept). */
  providerKey: string | null;
  modelId: string | null;
  provider: Obj | null;
  row: Obj | null;
  location: ProviderLocation | null;
}

/** The ref's provider, row and location; `processEnv` resolves `${VAR}` base URLs where the caller has one. */
export function resolveEntry(config: ConfigObject, ref: string, processEnv: Env = {}): ResolvedEntry {
  const parsed = parseModelRef(ref);
  if (!parsed)
    return { ref, providerId: null, providerKey: null, modelId: null, provider: null, row: null, location: null };
  const providers = providersOf(config);
  const providerKey = Object.keys(providers).find((id) => id.toLowerCase() === parsed.provider) ?? null;
  const provider = providerKey ? (asObject(providers[providerKey]) ?? null) : null;
  const row = provider ? (providerModels(provider).find((m) => m.id === parsed.model) ?? null) : null;
  return {
    ref,
    providerId: parsed.provider,
    providerKey,
    modelId: parsed.model,
    provider,
    row,
    location: providerLocation(parsed.provider, provider ?? undefined, effectiveEnv(config, processEnv)),
  };
}

/** The API an entry is called with: its row's, its provider's, else OpenClaw's default (Ollama's native API). */
export function entryApi(entry: ResolvedEntry): string {
  const api = entry.row?.api ?? entry.provider?.api;
  return typeof api === 'string' ? api : entry.providerId === 'ollama' ? 'ollama' : 'openai-completions';
}

/** The base URL an entry is configured with (row, then provider, `${VAR}`s unresolved), else its bundled default. */
export function entryBaseUrl(entry: ResolvedEntry): string | null {
  const configured = entry.row?.baseUrl ?? entry.provider?.baseUrl;
  return typeof configured === 'string' ? configured : bundledDefaultBaseUrl(entry.providerId ?? '');
}

/** What a check-up rule judges: the config, one entry, what its server said, and this machine. */
export interface JudgeInput {
  config: ConfigObject;
  entry: ResolvedEntry;
  facts: GatheredFacts;
  env: Env;
  fit: FitResult | null;
  keptWarm: boolean;
  /** The installed OpenClaw's version, null when unknown. */
  openclawVersion?: string | null;
}
