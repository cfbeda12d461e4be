/**
 * OpenClaw's rule on `tools.web.search.provider` (a rule of its plugin-validation phase, which
 * `openclaw config validate` applies after the schema): the provider must be one an installed
 * plugin serves. Read from OpenClaw 2026.9.6, dist/io.snapshot-preparation-B6fMdY05.mjs
 * (src/config/validation-plugin-rules.ts, validateWebSearchProvider), the bundled plugin manifests
 * (dist/extensions/<id>/openclaw.plugin.json, contracts.webSearchProviders) and the official
 * external plugin catalog (dist/web-search-install-catalog-*.mjs, resolveWebSearchInstallCatalogEntries);
 * test/integration/web-search-providers.test.ts checks both tables against the installed release.
 * Earlier releases were not read: the rule is said for >=2026.9.6 only.
 * It judges the plugins the release bundles; plugins a user installed are OpenClaw's to know
 * (its verdict decides when it is installed, node/services/openclaw/verdict.ts).
 */
import { msg } from '../i18n/message';
import { isPlainObject } from '../json5/deep-equal';
import type { ConfigIssue } from './config-issue';
import { WEB_SEARCH_EMPTY, webSearchNotAvailable, webSearchUnknown } from './openclaw-wording';

/** The releases the rule and the tables below were read for. */
export const WEB_SEARCH_RULE = {
  since: '2026.9.6',
  source:
    'src/config/validation-plugin-rules.ts (validateWebSearchProvider), dist/io.snapshot-preparation-B6fMdY05.mjs',
} as const;

/** Web-search providers the bundled plugins serve (provider id → plugin id), OpenClaw 2026.9.6. */
export const BUNDLED_WEB_SEARCH_PROVIDERS: Readonly<Record<string, string>> = {
  gemini: 'google',
  grok: 'xai',
  minimax: 'minimax',
  ollama: 'ollama',
};

/** Web-search providers of the official external plugins, installed on demand (provider id → plugin id), OpenClaw 2026.9.6. */
export const EXTERNAL_WEB_SEARCH_PROVIDERS: Readonly<Record<string, string>> = {
  brave: 'brave',
  duckduckgo: 'duckduckgo',
  exa: 'exa',
  firecrawl: 'firecrawl',
  'firecrawl-free': 'firecrawl',
  kimi: 'moonshot',
  parallel: 'parallel',
  'parallel-free': 'parallel',
  perplexity: 'perplexity',
  searxng: 'searxng',
  tavily: 'tavily',
};

/** OpenClaw's normalizePluginId (src/plugins/config-state.ts): trimmed, lower case, built-in aliases folded. */
const PLUGIN_ALIASES: Readonly<Record<string, string>> = {
  'google-gemini-cli': 'google',
  'minimax-portal': 'minimax',
  'minimax-portal-auth': 'minimax',
};
const normalizePluginId = (id: string): string => {
  const lower = id.trim().toLowerCase();
  return PLUGIN_ALIASES[lower] ?? lower;
};

const PATH = 'tools.web.search.provider';

/**
 * The issue OpenClaw's validator raises on the web-search provider (none when it only warns).
 * `bundledPluginIds`: the ids of the plugins the release bundles (the schema's plugins.entries keys).
 */
export function webSearchProviderIssues(
  config: Record<string, unknown>,
  bundledPluginIds: ReadonlySet<string>,
): ConfigIssue[] {
  const tools = config.tools;
  const web = isPlainObject(tools) ? tools.web : undefined;
  const search = isPlainObject(web) ? web.search : undefined;
  const provider = isPlainObject(search) ? search.provider : undefined;
  if (typeof provider !== 'string') return [];
  const id = provider.trim();
  if (!id) return [{ path: PATH, message: WEB_SEARCH_EMPTY, detail: msg('schemaIssue.notEmpty') }];
  if (Object.hasOwn(BUNDLED_WEB_SEARCH_PROVIDERS, id)) return [];
  // Plugin evidence: the config names the plugin (or the provider) in plugins.allow or plugins.entries.
  const plugins = isPlainObject(config.plugins) ? config.plugins : {};
  const named = [
    ...(Array.isArray(plugins.allow) ? plugins.allow.filter((p): p is string => typeof p === 'string') : []),
    ...(isPlainObject(plugins.entries) ? Object.keys(plugins.entries) : []),
  ].map(normalizePluginId);
  const evidence = (...ids: string[]) => ids.map(normalizePluginId).some((c) => c && named.includes(c));
  const pluginId = Object.hasOwn(EXTERNAL_WEB_SEARCH_PROVIDERS, id) ? EXTERNAL_WEB_SEARCH_PROVIDERS[id] : undefined;
  if (pluginId !== undefined) {
    // Named in the plugins config: OpenClaw only warns (the gateway ignores the provider until the plugin is installed).
    if (evidence(id, pluginId)) return [];
    return [
      {
        path: PATH,
        message: webSearchNotAvailable(id, pluginId),
        detail: msg('openclawReading.webSearchNotInstalled', { provider: id, plugin: pluginId }),
      },
    ];
  }
  // Unknown: a stale plugin entry for it (one the release does not bundle) is only warned about.
  const normalized = normalizePluginId(id);
  if (normalized && !bundledPluginIds.has(normalized) && evidence(id)) return [];
  return [
    {
      path: PATH,
      message: webSearchUnknown(id),
      detail: msg('openclawReading.webSearchUnknown', {
        provider: id,
        values: [...Object.keys(BUNDLED_WEB_SEARCH_PROVIDERS), ...Object.keys(EXTERNAL_WEB_SEARCH_PROVIDERS)]
          .sort()
          .join(', '),
      }),
    },
  ];
}
