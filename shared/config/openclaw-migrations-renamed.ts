/**
 * Keys OpenClaw renamed or retired: the old spelling is refused when OpenClaw loads the file
 * ("Unrecognized key", "Invalid option") and only `openclaw doctor --fix` moves it. Ported one by
 * one with the release range and the source they were read from, so Claw Control can explain
 * each and migrate them all in one reviewed edit (`migrateRenamedKeys`, migration-operation.ts).
 *
 * Releases: issue #26 dates these renames "after 2026.9.6"; the installed OpenClaw 2026.9.6 already
 * refuses every old spelling (checked against it in test/integration/openclaw-renames.test.ts) and
 * its doctor migrates them, so they hold from 2026.9.6 at the latest. Earlier releases were not
 * read (only 2026.9.6 is installed): for a release before 2026.9.6 the rename is not claimed, and a
 * migration is refused rather than risked.
 * Pure: `renamedKeys` reports, `migrateRenamedKeys` returns a migrated copy.
 */
import { msg, type Message } from '../i18n/message';
import { isPlainObject } from '../json5/deep-equal';
import { releaseAtLeast } from './openclaw-release';

type Json = Record<string, unknown>;

export type RenameId = 'memory-search' | 'provider-api-openai' | 'agents-llm' | 'media' | 'audit';

export interface RenamedKey {
  id: RenameId;
  /** Where in the file, as written. */
  path: string;
  /** Where it goes (empty where the key is retired). */
  to: string;
}

export interface OpenClawRename {
  id: RenameId;
  /** The release the old spelling is refused from (read: 2026.9.6; see above). */
  since: string;
  /** Where it was read: OpenClaw 2026.9.6's dist file and the source it names. */
  source: string;
  /** Finds the old spellings in `config` and, with `apply`, moves them as OpenClaw's doctor does. */
  run(config: Json, found: RenamedKey[], apply: boolean): void;
}

const LEGACY = 'dist/legacy-Dc3ci2cN.mjs (src/config/legacy.migrations.*)';

const record = (value: unknown): Json | null => (isPlainObject(value) ? value : null);
const ensure = (parent: Json, key: string): Json => {
  const found = record(parent[key]);
  if (found) return found;
  const made: Json = {};
  parent[key] = made;
  return made;
};
/** OpenClaw's mergeMissing (src/config/merge-missing.ts): fills keys `target` lacks, objects deep, explicit values win. */
function mergeMissing(target: Json, source: Json): void {
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined || key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const existing = target[key];
    if (existing === undefined) target[key] = structuredClone(value);
    else if (isPlainObject(existing) && isPlainObject(value)) mergeMissing(existing, value);
  }
}

/** agents.defaults.memorySearch, top-level memorySearch → memory.search; agents.entries.*.memorySearch → …memory.search. */
function memorySearch(config: Json, found: RenamedKey[], apply: boolean): void {
  const agents = record(config.agents);
  const defaults = record(agents?.defaults);
  const fromDefaults = record(defaults?.memorySearch);
  const fromTop = record(config.memorySearch);
  if (fromDefaults) found.push({ id: 'memory-search', path: 'agents.defaults.memorySearch', to: 'memory.search' });
  if (fromTop) found.push({ id: 'memory-search', path: 'memorySearch', to: 'memory.search' });
  if (apply && (fromDefaults || fromTop)) {
    const target = structuredClone(record(record(config.memory)?.search) ?? {});
    if (fromDefaults) mergeMissing(target, fromDefaults);
    if (fromTop) mergeMissing(target, fromTop);
    if (fromDefaults) delete defaults!.memorySearch;
    if (fromTop) delete config.memorySearch;
    ensure(config, 'memory').search = target;
  }
  const entries = record(agents?.entries);
  for (const [id, entry] of Object.entries(entries ?? {})) {
    const legacy = record(record(entry)?.memorySearch);
    if (!legacy) continue;
    found.push({
      id: 'memory-search',
      path: `agents.entries.${id}.memorySearch`,
      to: `agents.entries.${id}.memory.search`,
    });
    if (!apply) continue;
    const agent = entry as Json;
    const memory = ensure(agent, 'memory');
    const target = structuredClone(record(memory.search) ?? {});
    mergeMissing(target, legacy);
    memory.search = target;
    delete agent.memorySearch;
  }
}

/** models.providers.*.api and its model rows' api: "openai" → "openai-completions". */
function providerApi(config: Json, found: RenamedKey[], apply: boolean): void {
  const providers = record(record(config.models)?.providers);
  for (const [id, provider] of Object.entries(providers ?? {})) {
    if (!isPlainObject(provider)) continue;
    if (provider.api === 'openai') {
      found.push({ id: 'provider-api-openai', path: `models.providers.${id}.api`, to: `models.providers.${id}.api` });
      if (apply) provider.api = 'openai-completions';
    }
    if (!Array.isArray(provider.models)) continue;
    provider.models.forEach((row, i) => {
      if (!isPlainObject(row) || row.api !== 'openai') return;
      const path = `models.providers.${id}.models.${i}.api`;
      found.push({ id: 'provider-api-openai', path, to: path });
      if (apply) row.api = 'openai-completions';
    });
  }
}

/** agents.defaults.llm removed: a slow server's timeout is its provider's timeoutSeconds. */
function agentsLlm(config: Json, found: RenamedKey[], apply: boolean): void {
  const defaults = record(record(config.agents)?.defaults);
  if (!defaults || !record(defaults.llm)) return;
  found.push({ id: 'agents-llm', path: 'agents.defaults.llm', to: '' });
  if (apply) delete defaults.llm;
}

/** Root `from` → `to` (a dot path), merged under what `to` already says. */
const moveRoot =
  (id: RenameId, from: string, to: string[]) =>
  (config: Json, found: RenamedKey[], apply: boolean): void => {
    const legacy = record(config[from]);
    if (!legacy) return;
    found.push({ id, path: from, to: to.join('.') });
    if (!apply) return;
    const parent = to.slice(0, -1).reduce(ensure, config);
    const leaf = to.at(-1)!;
    const target = record(parent[leaf]) ?? {};
    mergeMissing(target, legacy);
    parent[leaf] = target;
    delete config[from];
  };

/** In the order OpenClaw 2026.9.6's doctor applies them. */
export const OPENCLAW_RENAMES: readonly OpenClawRename[] = [
  { id: 'memory-search', since: '2026.9.6', source: `${LEGACY}, "memorySearch->memory.search"`, run: memorySearch },
  {
    id: 'agents-llm',
    since: '2026.9.6',
    source: `${LEGACY}, "agents.defaults.llm->models.providers.timeoutSeconds"`,
    run: agentsLlm,
  },
  {
    id: 'media',
    since: '2026.9.6',
    source: `${LEGACY}, "Moved media → attachments."`,
    run: moveRoot('media', 'media', ['attachments']),
  },
  {
    id: 'audit',
    since: '2026.9.6',
    source: `${LEGACY}, "Moved audit → logging.audit."`,
    run: moveRoot('audit', 'audit', ['logging', 'audit']),
  },
  {
    id: 'provider-api-openai',
    since: '2026.9.6',
    source: 'dist/doctor-config-flow-B6DPk2Av.mjs (normalizeLegacyOpenAIModelProviderApi)',
    run: providerApi,
  },
];

export const renameOf = (id: RenameId): OpenClawRename => OPENCLAW_RENAMES.find((r) => r.id === id)!;

/** Whether `release` (null: the pinned release) refuses the old spellings of `rename`. */
export const refusesOldSpelling = (rename: OpenClawRename, release: string | null): boolean =>
  release === null || releaseAtLeast(release, rename.since);

/** Every old spelling in `config`, whichever release reads it. */
export function oldSpellings(config: unknown): RenamedKey[] {
  if (!isPlainObject(config)) return [];
  const found: RenamedKey[] = [];
  for (const rename of OPENCLAW_RENAMES) rename.run(config, found, false);
  return found;
}

/** The old spellings in `config` that `release` (null: the pinned one) refuses. */
export const renamedKeys = (config: unknown, release: string | null): RenamedKey[] =>
  oldSpellings(config).filter((key) => refusesOldSpelling(renameOf(key.id), release));

/** A copy of `config` with every old spelling moved (any release); the input is untouched. */
export function migrateRenamedKeys(config: Json): { config: Json; moved: RenamedKey[] } {
  const copy = structuredClone(config);
  const moved: RenamedKey[] = [];
  for (const rename of OPENCLAW_RENAMES) rename.run(copy, moved, true);
  return { config: copy, moved };
}

/** The message key of each rename (locales/messages/upgrade.ts). */
const RENAME_MESSAGE: Record<RenameId, string> = {
  'memory-search': 'memorySearch',
  'provider-api-openai': 'providerApiOpenai',
  'agents-llm': 'agentsLlm',
  media: 'media',
  audit: 'audit',
};

/** What moved and why the release refuses the old key, for one old spelling. */
export const renamedKeyMessage = (key: RenamedKey): Message =>
  msg(`upgrade.${RENAME_MESSAGE[key.id]}`, { path: key.path, to: key.to });
