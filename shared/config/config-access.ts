/**
 * Typed, defensive reads of the parts of an OpenClaw config the app edits, and helpers
 * that create those parts on a cloned config. Everything else in the object is left
 * exactly as it was.
 */
import { isPlainObject } from '../json5/deep-equal';
import { normalizeRef, type RefContext } from './model-ref';

export type ConfigObject = Record<string, unknown>;
type Obj = Record<string, unknown>;

export function asObject(value: unknown): Obj | undefined {
  return isPlainObject(value) ? value : undefined;
}

export function providersOf(config: ConfigObject): Obj {
  return asObject(asObject(config.models)?.providers) ?? {};
}

export function providerModels(provider: unknown): Obj[] {
  const models = asObject(provider)?.models;
  return Array.isArray(models) ? models.filter(isPlainObject) : [];
}

export function agentDefaults(config: ConfigObject): Obj {
  return asObject(asObject(config.agents)?.defaults) ?? {};
}

/** The primary and fallbacks, whether `model` is written as a string or an object. */
export function modelChain(config: ConfigObject): { primary: string | null; fallbacks: string[] } {
  const model = agentDefaults(config).model;
  if (typeof model === 'string') return { primary: model, fallbacks: [] };
  const object = asObject(model);
  return {
    primary: typeof object?.primary === 'string' ? object.primary : null,
    fallbacks: Array.isArray(object?.fallbacks)
      ? object.fallbacks.filter((f): f is string => typeof f === 'string')
      : [],
  };
}

/** agents.defaults.models: ref → entry. */
export function modelEntries(config: ConfigObject): Obj {
  return asObject(agentDefaults(config).models) ?? {};
}

export function aliasMap(config: ConfigObject): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [ref, entry] of Object.entries(modelEntries(config))) {
    const alias = asObject(entry)?.alias;
    if (typeof alias === 'string' && alias.trim()) aliases.set(alias, ref);
  }
  return aliases;
}

/** Every `provider/model` the config lists under models.providers. */
export function listedRefs(config: ConfigObject): string[] {
  return Object.entries(providersOf(config)).flatMap(([id, provider]) =>
    providerModels(provider)
      .map((model) => model.id)
      .filter((modelId): modelId is string => typeof modelId === 'string')
      .map((modelId) => `${id.toLowerCase()}/${modelId}`),
  );
}

export function refContext(config: ConfigObject): RefContext {
  let configured: string[] | undefined;
  return {
    aliases: aliasMap(config),
    // Only a bare model id reads every configured ref (10,000 at scale): listed when first asked.
    get configuredRefs() {
      return (configured ??= [
        ...new Set([...listedRefs(config), ...Object.keys(modelEntries(config)).map(normalizeRef)]),
      ]);
    },
  };
}

/** Returns `parent[key]` as an object, creating it (on the clone being edited) when absent. */
export function ensureObject(parent: Obj, key: string): Obj {
  const existing = parent[key];
  if (isPlainObject(existing)) return existing;
  const created: Obj = {};
  parent[key] = created;
  return created;
}
