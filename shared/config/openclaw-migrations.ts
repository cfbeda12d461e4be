/**
 * OpenClaw's own reading of a config: the legacy migrations the pinned release applies to the
 * parsed file before it validates it (io.snapshot-preparation: prepareConfigObjectWithPlugins),
 * ported one by one with the release range they hold for and the dist file they were read from.
 * Pure: `migrateLikeOpenClaw` returns a migrated copy and what moved; the input is never changed.
 */
import { isPlainObject } from '../json5/deep-equal';
import { RULE_RANGES } from '../rules/ranges';
import { releaseAtLeast } from './openclaw-release';

export { releaseAtLeast };
import { ROSTER_LIST_MOVED, ROSTER_MARKERS_REMOVED } from './openclaw-wording';

type Json = Record<string, unknown>;

/** One change OpenClaw makes while reading, at a dot path of the file as written. */
export interface MigrationChange {
  /** The migration's id (below). */
  id: OpenClawMigrationId;
  /** Where in the file as written. */
  path: string;
  /** What moved, as OpenClaw's own diagnostic words it (for logs and `--json`). */
  note: string;
  /**
   * Whether writing the migrated copy gives OpenClaw the config it builds itself: false where its
   * result depends on more than the file (a multi-agent roster's default marker becomes per-surface
   * ownership, materialized from the machine's channels), so only `openclaw doctor --fix` migrates it.
   */
  exact: boolean;
}

/**
 * `read`: the config exactly as OpenClaw validates it (with what it adds in memory only: the
 * implicit `main` agent, the synthetic explicit ownership of a marked multi-agent roster);
 * `write`: only what the user's file should say after a one-click migration.
 */
export type MigrationMode = 'read' | 'write';

export type OpenClawMigrationId = 'roster-list' | 'roster-default-markers' | 'context-budget' | 'copilot-discovery';

export interface OpenClawMigration {
  id: OpenClawMigrationId;
  /** The first release that applies it when it loads a config (the installed release must be at or above it). */
  since: string;
  /** Where it was read: the dist chunk of OpenClaw 2026.9.6 and the source file it names. */
  source: string;
  /** Changes `config` in place as OpenClaw does, and says what moved. */
  apply(config: Json, changes: MigrationChange[], mode: MigrationMode): void;
}

/** OpenClaw's agent id form (packages/normalization-core/src/agent-id.ts, VALID_ID_RE). */
const VALID_AGENT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const canonicalAgentId = (id: string): boolean => VALID_AGENT_ID.test(id) && id.toLowerCase() === id;

/**
 * agents.list → agents.entries, then the retired `default` markers removed. OpenClaw 2026.9.6,
 * dist/legacy.roster-zIYbDm7V.mjs (src/config/legacy.roster.ts, migratePersistedImplicitMainRoster
 * and parseLegacyAgentRoster): the list moves only when every entry is an object with a canonical,
 * unique id; `agents.entries`, when present, wins and the list stays (and the schema refuses it).
 */
function migrateRoster(config: Json, changes: MigrationChange[], mode: MigrationMode): void {
  // No `agents` at all: OpenClaw reads the implicit `main` agent (in memory only).
  if (!Object.hasOwn(config, 'agents') && mode === 'read') config.agents = { entries: { main: {} } };
  const agents = config.agents;
  if (!isPlainObject(agents)) return;
  let entries: Json | undefined;
  let order: string[] | undefined;
  const hasEntries = Object.hasOwn(agents, 'entries') && agents.entries !== undefined;
  if (!hasEntries && Object.hasOwn(agents, 'list') && agents.list !== undefined) {
    const list = agents.list;
    if (!Array.isArray(list)) return;
    const parsed: [string, Json][] = [];
    for (const entry of list) {
      if (!isPlainObject(entry)) return;
      const { id, ...rest } = entry;
      if (typeof id !== 'string' || !canonicalAgentId(id) || parsed.some(([seen]) => seen === id)) return;
      parsed.push([id, rest]);
    }
    delete agents.list;
    entries = Object.fromEntries(parsed);
    order = parsed.map(([id]) => id);
    agents.entries = entries;
    changes.push({
      id: 'roster-list',
      path: 'agents.list',
      note: ROSTER_LIST_MOVED,
      exact: true,
    });
  } else if (hasEntries && isPlainObject(agents.entries)) {
    entries = agents.entries;
  }
  if (agents.entries === undefined || (isPlainObject(agents.entries) && Object.keys(agents.entries).length === 0)) {
    // No roster at all: OpenClaw reads the implicit `main` agent (said nothing, written nothing).
    if (agents.ownership !== 'explicit' && mode === 'read') agents.entries = { main: {} };
    return;
  }
  if (!entries) return;
  const ids = order ?? Object.keys(entries).filter((id) => isPlainObject(entries[id]));
  if (ids.length === 0) return;
  const roster = entries;
  if (
    ids.some((id) => Object.hasOwn(roster[id] as Json, 'default') && typeof (roster[id] as Json).default !== 'boolean')
  )
    return;
  const marked = ids.filter((id) => (roster[id] as Json).default === true);
  if (agents.ownership === 'explicit' || marked.length !== 1) return;
  for (const entry of Object.values(roster)) if (isPlainObject(entry)) delete entry.default;
  // Several agents, one marked: OpenClaw keeps the marked one as the legacy default owner and
  // validates the roster as explicitly owned (validation-core.ts, validateConfigObjectRaw).
  const several = ids.length > 1;
  if (several && agents.ownership === undefined && mode === 'read') agents.ownership = 'explicit';
  changes.push({
    id: 'roster-default-markers',
    path: order ? 'agents.list' : 'agents.entries',
    note: ROSTER_MARKERS_REMOVED,
    exact: !several,
  });
}

/**
 * Provider-level contextTokens/contextWindow baked into the provider's model rows, and
 * agent-level contextTokens removed. OpenClaw 2026.9.6, dist/io.snapshot-preparation-B6fMdY05.mjs
 * (src/config/legacy.context-budget.ts, migrateLegacyContextBudgetConfig).
 */
function migrateContextBudget(config: Json, changes: MigrationChange[]): void {
  const models = config.models;
  const providers = isPlainObject(models) ? models.providers : undefined;
  if (isPlainObject(providers))
    for (const [providerId, provider] of Object.entries(providers)) {
      if (!isPlainObject(provider)) continue;
      for (const key of ['contextTokens', 'contextWindow']) {
        if (!Object.hasOwn(provider, key)) continue;
        const path = `models.providers.${providerId}.${key}`;
        if (Array.isArray(provider.models) && provider.models.length > 0)
          for (const row of provider.models) if (isPlainObject(row) && row[key] === undefined) row[key] = provider[key];
        delete provider[key];
        changes.push({ id: 'context-budget', path, note: `Removed ${path}.`, exact: true });
      }
    }
  const agents = config.agents;
  if (!isPlainObject(agents)) return;
  const drop = (record: unknown, path: string) => {
    if (!isPlainObject(record) || !Object.hasOwn(record, 'contextTokens')) return;
    delete record.contextTokens;
    changes.push({ id: 'context-budget', path, note: `Removed ${path}.`, exact: true });
  };
  drop(agents.defaults, 'agents.defaults.contextTokens');
  if (isPlainObject(agents.entries))
    for (const [id, entry] of Object.entries(agents.entries)) drop(entry, `agents.entries.${id}.contextTokens`);
  if (Array.isArray(agents.list)) agents.list.forEach((entry, i) => drop(entry, `agents.list.${i}.contextTokens`));
}

/**
 * plugins.entries.github-copilot.config.discovery.enabled removed (and `discovery` when that
 * empties it). OpenClaw 2026.9.6, dist/io.snapshot-preparation-B6fMdY05.mjs
 * (src/config/legacy.github-copilot.ts, removeLegacyCopilotDiscovery).
 */
function migrateCopilotDiscovery(config: Json, changes: MigrationChange[]): void {
  const plugins = config.plugins;
  const entries = isPlainObject(plugins) ? plugins.entries : undefined;
  const entry = isPlainObject(entries) ? entries['github-copilot'] : undefined;
  const pluginConfig = isPlainObject(entry) ? entry.config : undefined;
  const discovery = isPlainObject(pluginConfig) ? pluginConfig.discovery : undefined;
  if (!isPlainObject(pluginConfig) || !isPlainObject(discovery)) return;
  if (!Object.hasOwn(discovery, 'enabled') && Object.keys(discovery).length > 0) return;
  const had = Object.hasOwn(discovery, 'enabled');
  delete discovery.enabled;
  if (Object.keys(discovery).length === 0) delete pluginConfig.discovery;
  const path = 'plugins.entries.github-copilot.config.discovery';
  changes.push({
    id: 'copilot-discovery',
    path: had ? `${path}.enabled` : path,
    note: `Removed ${path}.enabled.`,
    exact: true,
  });
}

/** The first release whose AgentsSchema has agents.entries and no agents.list (the probe's one open range). */
const ROSTER_SINCE = ((range: string) => {
  const since = /^>=(\S+)$/.exec(range)?.[1];
  // A programmer's error (the generated file changed shape), never shown to a user.
  if (!since) throw new Error(range);
  return since;
})(RULE_RANGES.rules['agents-list-legacy']?.ranges?.[0] ?? '');

/** In the order OpenClaw applies them (prepareConfigObjectWithPlugins: copilot, context budget, roster). */
export const OPENCLAW_MIGRATIONS: readonly OpenClawMigration[] = [
  {
    id: 'copilot-discovery',
    since: '2026.9.6',
    source: 'dist/io.snapshot-preparation-B6fMdY05.mjs (src/config/legacy.github-copilot.ts)',
    apply: migrateCopilotDiscovery,
  },
  {
    id: 'context-budget',
    since: '2026.9.6',
    source: 'dist/io.snapshot-preparation-B6fMdY05.mjs (src/config/legacy.context-budget.ts)',
    apply: migrateContextBudget,
  },
  {
    id: 'roster-list',
    // agents.entries replaced agents.list (2026.8.1): probed over the published releases
    // (scripts/openclaw-rule-ranges.mjs, `agents-list-legacy` in shared/rules/rule-ranges.json).
    since: ROSTER_SINCE,
    source: 'dist/legacy.roster-zIYbDm7V.mjs (src/config/legacy.roster.ts)',
    apply: migrateRoster,
  },
];

/** The migration that reports a change (the roster's markers are removed by the roster's own migration). */
export const migrationOf = (id: OpenClawMigrationId): OpenClawMigration =>
  OPENCLAW_MIGRATIONS.find((m) => m.id === (id === 'roster-default-markers' ? 'roster-list' : id))!;

export interface MigrationResult {
  /** The config as OpenClaw validates it (a copy; the input is untouched). */
  config: unknown;
  changes: MigrationChange[];
}

/** Applies the migrations release `version` applies when it loads a config (null: the pinned release's). */
export function migrateLikeOpenClaw(
  config: unknown,
  version: string | null = null,
  mode: MigrationMode = 'read',
): MigrationResult {
  if (!isPlainObject(config)) return { config, changes: [] };
  // Only the subtrees a migration may touch are copied: `models` (10,000 rows is a real config) only when it must be.
  const copy: Json = { ...config };
  for (const key of ['agents', 'plugins']) if (key in copy) copy[key] = structuredClone(copy[key]);
  const providers = isPlainObject(config.models) ? config.models.providers : undefined;
  const budget = (p: unknown) => isPlainObject(p) && ('contextTokens' in p || 'contextWindow' in p);
  if (isPlainObject(providers) && Object.values(providers).some(budget)) copy.models = structuredClone(config.models);
  const changes: MigrationChange[] = [];
  for (const migration of OPENCLAW_MIGRATIONS)
    if (version === null || releaseAtLeast(version, migration.since)) migration.apply(copy, changes, mode);
  return { config: copy, changes };
}
