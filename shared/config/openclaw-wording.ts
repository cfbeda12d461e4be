/**
 * OpenClaw's own words for the issues and migration notes Claw Control reproduces, quoted exactly
 * as OpenClaw 2026.9.6 reports them (the `message` of a ConfigIssue, the `note` of a migration;
 * logs and `--json` show them, the panel translates the issue's `detail` or quotes these).
 */

/** dist/legacy.roster-zIYbDm7V.mjs (src/config/legacy.roster.ts). */
export const ROSTER_LIST_MOVED = 'Moved agents.list to keyed agents.entries.';
export const ROSTER_MARKERS_REMOVED = 'Removed retired agents.entries.*.default markers.';

/** dist/zod-schema-B-u3AXjg.mjs (src/config/zod-schema.agents.ts, AgentsSchema superRefine). */
export const ROSTER_EMPTY = 'agents.entries must contain at least one configured agent';
export const rosterDuplicateId = (first: string, key: string, id: string) =>
  `agents.entries keys "${first}" and "${key}" resolve to the same agent id "${id}"; rename one key so each agent has a unique id`;
export const rosterMarkers = (count: number) =>
  `agents.entries must contain at most one default=true entry (found ${count})`;
export const ROSTER_EXPLICIT_WITH_MARKER =
  'agents.ownership=explicit cannot be combined with a legacy default=true marker';
export const ROSTER_NEEDS_OWNER =
  'multi-agent rosters require agents.ownership="explicit" or one legacy default=true marker; add agents.ownership="explicit" or run openclaw doctor';

/** dist/zod-schema-B-u3AXjg.mjs (src/config/zod-schema.ts, OpenClawSchema superRefine). */
export const unknownAgentId = (id: string) => `Unknown agent id "${id}" (not in agents.entries).`;

/** dist/io.snapshot-preparation-B6fMdY05.mjs (src/config/validation-plugin-rules.ts, validateWebSearchProvider). */
export const WEB_SEARCH_EMPTY = 'web_search provider must not be empty';
export const webSearchNotAvailable = (provider: string, plugin: string) =>
  `web_search provider is not available: ${provider} (install or enable plugin "${plugin}", then run openclaw doctor --fix)`;
export const webSearchUnknown = (provider: string) => `unknown web_search provider: ${provider}`;
