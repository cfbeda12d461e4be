/**
 * One search across the config's providers, models, ids, names and aliases (issue #24: built for
 * 10,000 models). The index is built once per providers object and aliases map (a chain or alias
 * edit shares the providers with the config before it, so typing never rebuilds it) and a query is
 * one pass over precomputed lower-case text.
 */
import { asObject, modelEntries, providerModels, providersOf, type ConfigObject } from '../config/config-access';
import { normalizeRef } from '../config/model-ref';

export interface SearchEntry {
  /** `provider/model`, as a ref is written (the provider lower-cased, as OpenClaw reads it). */
  ref: string;
  /** The provider's key as written in the config. */
  provider: string;
  model: string;
  name?: string;
  alias?: string;
}

export interface SearchIndex {
  entries: readonly SearchEntry[];
  /** Each entry's searchable text, lower-cased (same order as `entries`). */
  text: readonly string[];
  providers: readonly string[];
}

export interface SearchResult {
  /** The best matches, at most `limit`, best first. */
  hits: SearchEntry[];
  /** How many entries matched in all. */
  total: number;
}

const byProviders = new WeakMap<object, WeakMap<object, SearchIndex>>();
const NO_ALIASES = {};

function buildIndex(providers: Record<string, unknown>, aliases: Record<string, unknown>): SearchIndex {
  const aliasOf = new Map<string, string>();
  for (const [key, entry] of Object.entries(aliases)) {
    const alias = asObject(entry)?.alias;
    if (typeof alias === 'string' && alias.trim()) aliasOf.set(normalizeRef(key), alias);
  }
  const entries: SearchEntry[] = [];
  for (const [provider, value] of Object.entries(providers)) {
    for (const row of providerModels(value)) {
      if (typeof row.id !== 'string') continue;
      const ref = `${provider.toLowerCase()}/${row.id}`;
      const alias = aliasOf.get(normalizeRef(ref));
      entries.push({
        ref,
        provider,
        model: row.id,
        ...(typeof row.name === 'string' ? { name: row.name } : {}),
        ...(alias ? { alias } : {}),
      });
    }
  }
  const text = entries.map((e) => [e.ref, e.name ?? '', e.alias ?? ''].join('\n').toLowerCase());
  return { entries, text, providers: Object.keys(providers) };
}

/** The config's search index, built once per providers object and aliases map. */
export function searchIndex(config: ConfigObject): SearchIndex {
  const providers = providersOf(config);
  const aliases = modelEntries(config);
  let perAliases = byProviders.get(providers);
  if (!perAliases) byProviders.set(providers, (perAliases = new WeakMap()));
  const key = Object.keys(aliases).length ? aliases : NO_ALIASES;
  let index = perAliases.get(key);
  if (!index) perAliases.set(key, (index = buildIndex(providers, aliases)));
  return index;
}

/**
 * The entries whose ref, name or alias contain every word of `query` (case ignored), best first:
 * an exact ref or alias, then a ref or alias that starts with the query, then text holding the whole
 * query, then the rest; config order within each.
 */
export function searchModels(index: SearchIndex, query: string, limit: number): SearchResult {
  const q = query.trim().toLowerCase();
  if (!q) return { hits: [], total: 0 };
  const words = q.split(/\s+/);
  const ranked: [number, number][] = [];
  for (let i = 0; i < index.text.length; i++) {
    const text = index.text[i]!;
    if (!words.every((w) => text.includes(w))) continue;
    const { ref, alias } = index.entries[i]!;
    const a = alias?.toLowerCase();
    const rank = ref === q || a === q ? 0 : ref.startsWith(q) || a?.startsWith(q) ? 1 : text.includes(q) ? 2 : 3;
    ranked.push([rank, i]);
  }
  ranked.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { hits: ranked.slice(0, limit).map(([, i]) => index.entries[i]!), total: ranked.length };
}
