/** Operations on `agents.defaults` beyond the chain: model aliases, the allow-list policy and compaction. */
import { msg, type Message } from '../i18n/message';
import { agentDefaults, asObject, modelEntries, type ConfigObject } from './config-access';
import { normalizeRef } from './model-ref';
import { OperationError } from './operation-error';
import type { OperationOf } from './operation-schema';
import { agentsDefaults, objectAt } from './operation-targets';
import { resolveRefLoosely, resolveUserRef } from './user-ref';

export type AgentDefaultsOperation = OperationOf<'setAlias' | 'removeAlias' | 'setModelPolicy' | 'enableCompaction'>;

/** Whether `agents.defaults.models` still acts as the allow-list (no modelPolicy, not migrated). */
const isLegacyAllowList = (config: ConfigObject): boolean =>
  asObject(agentDefaults(config).modelPolicy) === undefined &&
  asObject(asObject(config.meta)?.migrations)?.modelPolicyAllowlist !== true;

export function applyAgentDefaultsOperation(config: ConfigObject, op: AgentDefaultsOperation, notes: Message[]): void {
  switch (op.op) {
    case 'setAlias': {
      const target = resolveUserRef(config, op.ref);
      if (op.alias.includes('/')) {
        throw new OperationError(msg('operations.aliasWithSlash', { ref: target, alias: op.alias }));
      }
      const entries = modelEntries(config);
      for (const [key, entry] of Object.entries(entries)) {
        const alias = asObject(entry)?.alias;
        if (
          normalizeRef(key) !== target &&
          typeof alias === 'string' &&
          alias.toLowerCase() === op.alias.toLowerCase()
        ) {
          throw new OperationError(msg('operations.aliasTaken', { alias: op.alias, other: key }));
        }
      }
      const legacy = isLegacyAllowList(config) && Object.keys(entries).length === 0;
      const models = objectAt(agentsDefaults(config), 'models', 'agents.defaults.models');
      const key = Object.keys(models).find((k) => normalizeRef(k) === target) ?? target;
      objectAt(models, key, `agents.defaults.models["${key}"]`).alias = op.alias;
      if (legacy) {
        notes.push(msg('editNotes.legacyAllowList'));
      }
      return;
    }
    case 'removeAlias': {
      const target = normalizeRef(resolveRefLoosely(config, op.ref));
      const models = asObject(agentDefaults(config).models);
      const key = models && Object.keys(models).find((k) => normalizeRef(k) === target);
      const entry = key ? asObject(models![key]) : undefined;
      if (!key || !entry || entry.alias === undefined)
        throw new OperationError(msg('operations.noAlias', { ref: op.ref }));
      delete entry.alias;
      if (Object.keys(entry).length === 0 && !isLegacyAllowList(config)) delete models![key];
      return;
    }
    case 'setModelPolicy':
      agentsDefaults(config).modelPolicy = op.allow.length ? { allow: op.allow } : {};
      return;
    case 'enableCompaction': {
      objectAt(agentsDefaults(config), 'compaction', 'agents.defaults.compaction').enabled = true;
      return;
    }
  }
}
