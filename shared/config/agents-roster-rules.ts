/**
 * The agent rules OpenClaw's schema export cannot carry (zod superRefines on AgentsSchema and
 * OpenClawSchema: the roster, and references to agents),
 * judged on the config as OpenClaw reads it (migrated). OpenClaw 2026.9.6,
 * dist/zod-schema-B-u3AXjg.mjs (src/config/zod-schema.agents.ts); the wording is OpenClaw's own.
 */
import { isPlainObject } from '../json5/deep-equal';
import {
  ROSTER_EMPTY,
  ROSTER_EXPLICIT_WITH_MARKER,
  ROSTER_NEEDS_OWNER,
  rosterDuplicateId,
  rosterMarkers,
  unknownAgentId,
} from './openclaw-wording';
import type { ConfigIssue } from './config-issue';

/** OpenClaw's normalizeAgentId (packages/normalization-core/src/agent-id.ts): the id two keys collide on. */
export function normalizeAgentId(value: string): string {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  if (/^[a-z0-9][a-z0-9_-]{0,63}$/i.test(trimmed)) return lower;
  const id = lower
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '')
    .slice(0, 64);
  return id || 'main';
}

export function agentsRosterIssues(config: unknown): ConfigIssue[] {
  const agents = isPlainObject(config) ? config.agents : undefined;
  if (!isPlainObject(agents) || (agents.entries !== undefined && !isPlainObject(agents.entries))) return [];
  const entries = Object.entries(isPlainObject(agents.entries) ? agents.entries : {});
  const issues: ConfigIssue[] = [];
  if (entries.length === 0) issues.push({ path: 'agents.entries', message: ROSTER_EMPTY });
  const firstKey = new Map<string, string>();
  for (const [key] of entries) {
    const id = normalizeAgentId(key);
    const first = firstKey.get(id);
    if (first === undefined) firstKey.set(id, key);
    else
      issues.push({
        path: `agents.entries.${key}`,
        message: rosterDuplicateId(first, key, id),
      });
  }
  const marked = entries.filter(([, entry]) => isPlainObject(entry) && entry.default === true).length;
  if (marked > 1)
    issues.push({
      path: 'agents.entries',
      message: rosterMarkers(marked),
    });
  if (agents.ownership === 'explicit' && marked > 0)
    issues.push({
      path: 'agents.ownership',
      message: ROSTER_EXPLICIT_WITH_MARKER,
    });
  if (entries.length > 1 && marked === 0 && agents.ownership !== 'explicit')
    issues.push({
      path: 'agents.ownership',
      message: ROSTER_NEEDS_OWNER,
    });
  return issues;
}

const unknownAgent = (path: string, agentId: unknown): ConfigIssue => ({
  path,
  message: unknownAgentId(String(agentId)),
});

/**
 * References to agents that are not in the roster: heartbeat, system agent and talk owners,
 * bindings and broadcast targets. OpenClaw 2026.9.6, dist/zod-schema-B-u3AXjg.mjs
 * (src/config/zod-schema.ts, the OpenClawSchema superRefine).
 */
export function agentRefIssues(config: unknown): ConfigIssue[] {
  if (!isPlainObject(config)) return [];
  const agents = isPlainObject(config.agents) ? config.agents : {};
  const roster = isPlainObject(agents.entries) ? agents.entries : {};
  const ids = Object.keys(roster).filter((id) => isPlainObject(roster[id]));
  const known = new Set(ids);
  const effective = new Set(ids.map(normalizeAgentId));
  if (ids.length === 0) effective.add('main');
  const issues: ConfigIssue[] = [];
  const defaults = isPlainObject(agents.defaults) ? agents.defaults : {};
  const owner = (record: unknown) => (isPlainObject(record) ? record.agentId : undefined);
  const targets: [string, unknown][] = [
    ['agents.defaults.heartbeat.agentId', owner(defaults.heartbeat)],
    ['agents.defaults.systemAgent.agentId', owner(defaults.systemAgent)],
    ['talk.agentId', owner(config.talk)],
  ];
  for (const [path, id] of targets)
    if (typeof id === 'string' && !effective.has(normalizeAgentId(id))) issues.push(unknownAgent(path, id));
  if (ids.length > 0 && Array.isArray(config.bindings))
    config.bindings.forEach((binding, i) => {
      const id = isPlainObject(binding) ? binding.agentId : undefined;
      if (typeof id === 'string' && id !== 'main' && !effective.has(normalizeAgentId(id)))
        issues.push(unknownAgent(`bindings.${i}.agentId`, id));
    });
  if (!isPlainObject(config.broadcast)) return issues;
  for (const [peer, entry] of Object.entries(config.broadcast)) {
    if (peer === 'strategy' || typeof entry !== 'object' || entry === null) continue;
    if (ids.length === 0 && !/^[a-z][a-z0-9_-]*:.+$/i.test(peer)) continue;
    const list: unknown = Array.isArray(entry) ? entry : (entry as Record<string, unknown>).agents;
    if (!Array.isArray(list)) continue;
    list.forEach((id, i) => {
      if (typeof id !== 'string' || !known.has(id))
        issues.push(unknownAgent(`broadcast.${peer}.${Array.isArray(entry) ? '' : 'agents.'}${i}`, id));
    });
  }
  return issues;
}
