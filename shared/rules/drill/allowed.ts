/**
 * Drill rule 2, the allow-list: would OpenClaw's model policy admit the entry.
 * - `agents.defaults.modelPolicy.allow` (2026.8.1+) does not filter the configured chain, but an
 *   explicit switch to an entry it does not list is refused ("Model … is not allowed").
 * - Without a policy (and without meta.migrations.modelPolicyAllowlist), the keys of
 *   `agents.defaults.models` are a legacy allow-list: before 2026.8.1 a fallback missing from it was
 *   dropped from the candidates (openclaw#6993; made override-only by #110888, in 2026.8.1).
 * - With no policy and no list at all, a switch to a model missing from the prepared catalog was
 *   still refused (openclaw#132174, reported 2026-08-28; the release with the fix is not known here).
 * Source: src/config/model-policy-allowlist-migration.ts, src/agents/model-selection-shared.ts.
 */
import { agentDefaults, aliasMap, asObject, modelEntries } from '../../config/config-access';
import { normalizeRef } from '../../config/model-ref';
import { msg } from '../../i18n/message';
import type { DrillRule } from './rule';
import { releaseIn, step } from './rule';

/** The release where the legacy list stopped filtering automatic fallbacks (and modelPolicy arrived). */
export const POLICY_RELEASE = '2026.8.1';

/** Does a policy entry (exact ref, alias, `provider/*` or `provider/ns/*`) admit the ref. */
function admits(pattern: string, ref: string, aliases: Map<string, string>): boolean {
  const target = aliases.get(pattern) ?? [...aliases].find(([a]) => a.toLowerCase() === pattern.toLowerCase())?.[1];
  const p = normalizeRef(target ?? pattern);
  if (p.endsWith('/*')) return ref.toLowerCase().startsWith(p.slice(0, -1).toLowerCase());
  return p === ref;
}

export const allowedRule: DrillRule = {
  id: 'allowed',
  openclaw: {
    source: 'src/config/model-policy-allowlist-migration.ts, src/agents/model-selection-shared.ts',
    versions: '>=2026.1.29',
  },
  judge({ config, entries, openclawVersion }, index) {
    const { ref, entry } = entries[index]!;
    const defaults = agentDefaults(config);
    const policy = asObject(defaults.modelPolicy);
    const allow = Array.isArray(policy?.allow) ? policy.allow.filter((a): a is string => typeof a === 'string') : [];
    const aliases = aliasMap(config);
    const normalized = normalizeRef(ref);
    if (allow.length > 0) {
      if (allow.some((a) => admits(a, normalized, aliases)))
        return step('allowed', 'pass', msg('drill.allowed.listed', { key: 'modelPolicy.allow' }));
      return step(
        'allowed',
        'warn',
        msg('drill.allowed.switchRefused', { ref }),
        [msg('drill.allowed.chainNotFiltered')],
        {
          label: msg('drill.fix.allow', { ref }),
          operations: [{ op: 'setModelPolicy', allow: [...allow, normalized] }],
        },
      );
    }
    const listed = Object.keys(modelEntries(config));
    const migrated = asObject(asObject(config.meta)?.migrations)?.modelPolicyAllowlist !== undefined;
    if (listed.length > 0 && policy === undefined && !migrated) {
      if (listed.some((key) => admits(key, normalized, aliases)))
        return step('allowed', 'pass', msg('drill.allowed.listed', { key: 'agents.defaults.models' }));
      const before = releaseIn(openclawVersion, `<${POLICY_RELEASE}`);
      const evidence = [msg('drill.allowed.legacyList', { count: listed.length, release: POLICY_RELEASE })];
      if (before === true && index > 0)
        return step('allowed', 'fail', msg('drill.allowed.dropped', { ref, version: openclawVersion }), evidence);
      if (before === null && index > 0) evidence.push(msg('drill.allowed.versionUnknown', { release: POLICY_RELEASE }));
      return step('allowed', 'warn', msg('drill.allowed.switchRefused', { ref }), evidence);
    }
    // No restriction written: only a model OpenClaw has no catalog row for may still be refused (#132174).
    if (!entry.provider && !entry.row)
      return step('allowed', 'warn', msg('drill.allowed.offCatalog', { ref }), [msg('drill.allowed.offCatalogFix')]);
    return step('allowed', 'pass', msg('drill.allowed.unrestricted'));
  },
};
