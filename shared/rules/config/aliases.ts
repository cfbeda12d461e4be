/** Rules on the alias map (agents.defaults.models): keys are refs, aliases are unique, and the legacy allow-list trap. */
import { agentDefaults, asObject, modelEntries } from '../../config/config-access';
import { parseModelRef } from '../../config/model-ref';
import { msg } from '../../i18n/message';
import type { RuleFacts } from '../facts';
import { family, type CodedHit } from '../rule';

function walk({ config }: RuleFacts): CodedHit[] {
  const hits: CodedHit[] = [];
  const entries = modelEntries(config);
  const byAlias = new Map<string, string>();
  for (const [key, entry] of Object.entries(entries)) {
    const path = `agents.defaults.models["${key}"]`;
    const alias = asObject(entry)?.alias;
    if (!key.includes('/')) {
      const reversed = typeof alias === 'string' && alias.includes('/');
      hits.push({
        code: reversed ? 'alias-map-reversed' : 'alias-key-not-ref',
        path,
        message: reversed
          ? msg('checks.aliasMapReversed', { model: alias, alias: key })
          : msg('checks.aliasKeyNotRef', { key }),
        fix:
          reversed && parseModelRef(alias)
            ? {
                label: msg('checks.fix.setAlias', { alias: key, ref: alias }),
                operations: [{ op: 'setAlias', ref: alias, alias: key }],
              }
            : undefined,
      });
      continue;
    }
    if (typeof alias !== 'string') continue;
    const lower = alias.toLowerCase();
    if (byAlias.has(lower)) {
      hits.push({
        code: 'alias-duplicate',
        path: `${path}.alias`,
        message: msg('checks.aliasDuplicate', { alias, other: byAlias.get(lower)! }),
      });
    } else {
      byAlias.set(lower, key);
    }
  }
  const defaults = agentDefaults(config);
  // The legacy allow-list holds only while the migration marker is absent (the rule's whileAbsent).
  const migrated = asObject(asObject(config.meta)?.migrations)?.modelPolicyAllowlist !== undefined;
  if (Object.keys(entries).length > 0 && defaults.modelPolicy === undefined && !migrated) {
    hits.push({
      code: 'alias-allowlist',
      path: 'agents.defaults.models',
      message: msg('checks.aliasAllowlist', { count: Object.keys(entries).length }),
      fix: { label: msg('checks.fix.allowEveryModel'), operations: [{ op: 'setModelPolicy', allow: [] }] },
    });
  }
  return hits;
}

export const aliasRules = family(walk, [
  { id: 'alias-map-reversed', severity: 'error' },
  { id: 'alias-key-not-ref', severity: 'error' },
  { id: 'alias-duplicate', severity: 'error' },
  {
    id: 'alias-allowlist',
    severity: 'warning',
    openclaw: {
      source: 'src/config/model-policy-allowlist-migration.ts',
      whileAbsent: 'meta.migrations.modelPolicyAllowlist',
    },
  },
]);
