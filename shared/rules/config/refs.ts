/** Rules on the chain's refs: each resolves to a configured (or bundled) provider and model, and no fallback repeats. */
import { listedRefs, aliasMap, modelChain, providerModels, providersOf } from '../../config/config-access';
import { normalizeRef, parseModelRef } from '../../config/model-ref';
import { BUNDLED_PROVIDER_IDS } from '../../config/openclaw-schema';
import { msg, type Message } from '../../i18n/message';
import type { RuleFacts } from '../facts';
import { family, type CodedHit } from '../rule';

const MODEL_REFS = 'src/agents/model-selection-resolve.ts';

function walk({ config }: RuleFacts): CodedHit[] {
  const hits: CodedHit[] = [];
  const providers = providersOf(config);
  const configuredIds = Object.keys(providers).map((id) => id.toLowerCase());
  const listed = new Set(listedRefs(config));
  const aliases = aliasMap(config);
  const { primary, fallbacks } = modelChain(config);

  const checkRef = (raw: string, path: string, role: Message) => {
    if (!raw.includes('/')) {
      const known = [...aliases.keys()].some((a) => a.toLowerCase() === raw.trim().toLowerCase());
      const unique = [...listed].filter((r) => parseModelRef(r)?.model === raw.trim()).length === 1;
      if (!known && !unique)
        hits.push({ code: 'ref-unresolved', path, message: msg('checks.refUnresolved', { role, ref: raw }) });
      return;
    }
    const ref = parseModelRef(raw);
    if (!ref) {
      hits.push({ code: 'ref-malformed', path, message: msg('checks.refMalformed', { role, ref: raw }) });
      return;
    }
    if (!configuredIds.includes(ref.provider) && !BUNDLED_PROVIDER_IDS.includes(ref.provider)) {
      // An id with a slash under a configured provider (e.g. LM Studio's google/gemma-…) needs the full ref.
      const owner = [...listed].find((r) => r.endsWith(`/${ref.provider}/${ref.model}`));
      hits.push({
        code: 'ref-unknown-provider',
        path,
        message: owner
          ? msg('checks.refSlashIdUnknown', { role, ref: raw, provider: ref.provider, owner })
          : msg('checks.refUnknownProvider', { role, ref: raw, provider: ref.provider }),
      });
      return;
    }
    if (BUNDLED_PROVIDER_IDS.includes(ref.provider) && !configuredIds.includes(ref.provider)) {
      const owner = [...listed].find((r) => r.endsWith(`/${ref.provider}/${ref.model}`));
      if (owner)
        hits.push({
          code: 'ref-slash-id',
          path,
          message: msg('checks.refSlashId', { ref: raw, provider: ref.provider, owner }),
        });
      return;
    }
    const providerKey = Object.keys(providers).find((id) => id.toLowerCase() === ref.provider)!;
    const models = providerModels(providers[providerKey]);
    if (models.length > 0 && !listed.has(`${ref.provider}/${ref.model}`)) {
      hits.push({
        code: 'model-not-listed',
        path,
        message: msg('checks.modelNotListed', { model: ref.model, provider: providerKey }),
      });
    }
  };

  if (primary) checkRef(primary, 'agents.defaults.model.primary', msg('checks.role.primary'));
  const seen = new Map<string, number>();
  fallbacks.forEach((f, i) => {
    const path = `agents.defaults.model.fallbacks.${i}`;
    checkRef(f, path, msg('checks.role.fallback', { n: i + 1 }));
    const norm = normalizeRef(f);
    if (primary && norm === normalizeRef(primary)) {
      hits.push({
        code: 'fallback-is-primary',
        path,
        message: msg('checks.fallbackIsPrimary', { n: i + 1, ref: f }),
        fix: { label: msg('checks.fix.removeFallback'), operations: [{ op: 'removeFallback', ref: f }] },
      });
    } else if (seen.has(norm)) {
      hits.push({
        code: 'fallback-duplicate',
        path,
        message: msg('checks.fallbackDuplicate', { n: i + 1, other: seen.get(norm)! + 1, ref: f }),
      });
    } else {
      seen.set(norm, i);
    }
  });
  return hits;
}

export const refRules = family(walk, [
  { id: 'ref-unknown-provider', severity: 'error', openclaw: { source: 'src/config/model-provider-overlay-ids.ts' } },
  { id: 'ref-malformed', severity: 'error', openclaw: { source: MODEL_REFS } },
  { id: 'ref-unresolved', severity: 'error', openclaw: { source: MODEL_REFS }, judges: ['model-ref'] },
  { id: 'ref-slash-id', severity: 'warning', openclaw: { source: MODEL_REFS } },
  {
    id: 'model-not-listed',
    severity: 'warning',
    openclaw: { source: 'packages/model-catalog-core/src/configured-model-refs.ts' },
  },
  { id: 'fallback-is-primary', severity: 'warning' },
  { id: 'fallback-duplicate', severity: 'warning' },
]);
