/**
 * Checks of an OpenClaw config beyond its schema: references that resolve to nothing,
 * and the known traps from reference/openclaw-config.md (reversed alias map, alias map
 * acting as an allow-list, ids with "/" that need the full ref, `models.mode: replace`,
 * local providers without `timeoutSeconds`, Responses API on a server without it).
 * Each finding says what is wrong and, where the panel can fix it, which operations do.
 */
import { z } from 'zod';
import { messageSchema, msg, type Message } from '../i18n/message';
import {
  agentDefaults,
  aliasMap,
  asObject,
  listedRefs,
  modelChain,
  modelEntries,
  providerModels,
  providersOf,
  type ConfigObject,
} from './config-access';
import { normalizeRef, parseModelRef } from './model-ref';
import { BUNDLED_PROVIDER_IDS } from './openclaw-schema';
import { PINNED_OPENCLAW_VERSION } from './openclaw-release';
import { configOperationSchema } from './operations';
import { DEFAULT_PORTS } from '../servers/defaults';
import { effectiveEnv } from './env-refs';
import { classifyBaseUrl, isLocalLocation, providerLocation } from './provider-kind';
import { contextMinimumVerdict } from '../checkup/context-minimum';
import { judgeFindings } from '../doctor/judge-findings';

export const findingSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  path: z.string(),
  message: messageSchema,
  fix: z.object({ label: messageSchema, operations: z.array(configOperationSchema) }).optional(),
  /** The OpenClaw releases and source the rule holds for, for the release the findings were judged for. */
  ruleLine: messageSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;

/** Suggested timeout for cold local loads (reference: 300–900 s). */
export const LOCAL_TIMEOUT_SECONDS = 600;

function chainFindings(config: ConfigObject): Finding[] {
  const findings: Finding[] = [];
  const providers = providersOf(config);
  const configuredIds = Object.keys(providers).map((id) => id.toLowerCase());
  const listed = new Set(listedRefs(config));
  const aliases = aliasMap(config);
  const { primary, fallbacks } = modelChain(config);

  const checkRef = (raw: string, path: string, role: Message) => {
    if (!raw.includes('/')) {
      const known = [...aliases.keys()].some((a) => a.toLowerCase() === raw.trim().toLowerCase());
      const unique = [...listed].filter((r) => parseModelRef(r)?.model === raw.trim()).length === 1;
      if (!known && !unique) {
        findings.push({
          severity: 'error',
          code: 'ref-unresolved',
          path,
          message: msg('checks.refUnresolved', { role, ref: raw }),
        });
      }
      return;
    }
    const ref = parseModelRef(raw);
    if (!ref) {
      findings.push({
        severity: 'error',
        code: 'ref-malformed',
        path,
        message: msg('checks.refMalformed', { role, ref: raw }),
      });
      return;
    }
    if (!configuredIds.includes(ref.provider) && !BUNDLED_PROVIDER_IDS.includes(ref.provider)) {
      // An id with a slash under a configured provider (e.g. LM Studio's google/gemma-…) needs the full ref.
      const owner = [...listed].find((r) => r.endsWith(`/${ref.provider}/${ref.model}`));
      findings.push({
        severity: 'error',
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
      if (owner) {
        findings.push({
          severity: 'warning',
          code: 'ref-slash-id',
          path,
          message: msg('checks.refSlashId', { ref: raw, provider: ref.provider, owner }),
        });
      }
      return;
    }
    const providerKey = Object.keys(providers).find((id) => id.toLowerCase() === ref.provider)!;
    const models = providerModels(providers[providerKey]);
    if (models.length > 0 && !listed.has(`${ref.provider}/${ref.model}`)) {
      findings.push({
        severity: 'warning',
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
      findings.push({
        severity: 'warning',
        code: 'fallback-is-primary',
        path,
        message: msg('checks.fallbackIsPrimary', { n: i + 1, ref: f }),
        fix: { label: msg('checks.fix.removeFallback'), operations: [{ op: 'removeFallback', ref: f }] },
      });
    } else if (seen.has(norm)) {
      findings.push({
        severity: 'warning',
        code: 'fallback-duplicate',
        path,
        message: msg('checks.fallbackDuplicate', { n: i + 1, other: seen.get(norm)! + 1, ref: f }),
      });
    } else {
      seen.set(norm, i);
    }
  });
  return findings;
}

function aliasFindings(config: ConfigObject): Finding[] {
  const findings: Finding[] = [];
  const entries = modelEntries(config);
  const byAlias = new Map<string, string>();
  for (const [key, entry] of Object.entries(entries)) {
    const path = `agents.defaults.models["${key}"]`;
    const alias = asObject(entry)?.alias;
    if (!key.includes('/')) {
      findings.push({
        severity: 'error',
        code: typeof alias === 'string' && alias.includes('/') ? 'alias-map-reversed' : 'alias-key-not-ref',
        path,
        message:
          typeof alias === 'string' && alias.includes('/')
            ? msg('checks.aliasMapReversed', { model: alias, alias: key })
            : msg('checks.aliasKeyNotRef', { key }),
        fix:
          typeof alias === 'string' && alias.includes('/') && parseModelRef(alias)
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
      findings.push({
        severity: 'error',
        code: 'alias-duplicate',
        path: `${path}.alias`,
        message: msg('checks.aliasDuplicate', { alias, other: byAlias.get(lower)! }),
      });
    } else {
      byAlias.set(lower, key);
    }
  }
  const defaults = agentDefaults(config);
  // The legacy allow-list holds only while the migration marker is absent (shared/doctor/rule-sources.ts).
  const migrated = asObject(asObject(config.meta)?.migrations)?.modelPolicyAllowlist !== undefined;
  if (Object.keys(entries).length > 0 && defaults.modelPolicy === undefined && !migrated) {
    findings.push({
      severity: 'warning',
      code: 'alias-allowlist',
      path: 'agents.defaults.models',
      message: msg('checks.aliasAllowlist', { count: Object.keys(entries).length }),
      fix: { label: msg('checks.fix.allowEveryModel'), operations: [{ op: 'setModelPolicy', allow: [] }] },
    });
  }
  return findings;
}

function providerFindings(config: ConfigObject): Finding[] {
  const findings: Finding[] = [];
  for (const [id, value] of Object.entries(providersOf(config))) {
    const provider = asObject(value);
    if (!provider) continue;
    const path = `models.providers.${id}`;
    if (id !== id.toLowerCase()) {
      findings.push({
        severity: 'warning',
        code: 'provider-id-case',
        path,
        message: msg('checks.providerIdCase', { id: id.toLowerCase() }),
      });
    }
    const location = providerLocation(id, provider, effectiveEnv(config));
    if (isLocalLocation(location) && provider.timeoutSeconds === undefined) {
      findings.push({
        severity: 'warning',
        code: 'local-no-timeout',
        path: `${path}.timeoutSeconds`,
        message: msg(location === 'lan' ? 'checks.lanNoTimeout' : 'checks.localNoTimeout', { id }),
        fix: {
          label: msg('checks.fix.setTimeout', { seconds: LOCAL_TIMEOUT_SECONDS }),
          operations: [{ op: 'updateProvider', id, set: { timeoutSeconds: LOCAL_TIMEOUT_SECONDS } }],
        },
      });
    }
    const baseUrl = typeof provider.baseUrl === 'string' ? provider.baseUrl : '';
    if (
      provider.api === 'openai-responses' &&
      (/^llama/.test(id) || new RegExp(`:${DEFAULT_PORTS.llamacpp}(/|$)`).test(baseUrl))
    ) {
      findings.push({
        severity: 'warning',
        code: 'responses-unsupported',
        path: `${path}.api`,
        message: msg('checks.responsesUnsupported', { id }),
        fix: {
          label: msg('checks.fix.useApi', { api: 'openai-completions' }),
          operations: [{ op: 'updateProvider', id, set: { api: 'openai-completions' } }],
        },
      });
    }
    const urlLocation = baseUrl ? classifyBaseUrl(baseUrl, effectiveEnv(config)) : null;
    if (urlLocation && isLocalLocation(urlLocation) && !/\/v1\/?$/.test(baseUrl) && provider.api !== 'ollama') {
      findings.push({
        severity: 'info',
        code: 'base-url-no-v1',
        path: `${path}.baseUrl`,
        message: msg('checks.baseUrlNoV1', { baseUrl }),
      });
    }
  }
  return findings;
}

function modeFindings(config: ConfigObject): Finding[] {
  const mode = asObject(config.models)?.mode;
  const findings: Finding[] = [];
  if (mode === 'replace') {
    findings.push({
      severity: 'warning',
      code: 'mode-replace',
      path: 'models.mode',
      message: msg('checks.modeReplace'),
      fix: { label: msg('checks.fix.useMerge'), operations: [{ op: 'setMode', mode: 'merge' }] },
    });
  }
  if (asObject(config.providers)) {
    findings.push({
      severity: 'error',
      code: 'providers-misplaced',
      path: 'providers',
      message: msg('checks.providersMisplaced'),
    });
  }
  return findings;
}

/**
 * A model row whose context (the smaller of contextTokens and contextWindow) is under the floor of
 * the OpenClaw release judged for (rule-ranges.json `context-window-minimum`, applied as the
 * check-up does: shared/checkup/context-minimum.ts; the pinned release's when no OpenClaw was
 * found). A warning, not an error: OpenClaw's own
 * validation accepts the file, it refuses the model when it runs.
 */
function contextFloorFindings(config: ConfigObject, openclawVersion: string | null): Finding[] {
  const findings: Finding[] = [];
  // One verdict per context size (a 50 × 200 config has a handful): judging each of 10,000 rows
  // against the version ranges again cost the Providers page a fifth of a second.
  const verdicts = new Map<number, ReturnType<typeof contextMinimumVerdict>>();
  const verdictFor = (tokens: number) => {
    let verdict = verdicts.get(tokens);
    // No OpenClaw found: the pinned release's floor, as the editor says it judges for (judgedForLine).
    if (!verdict)
      verdicts.set(tokens, (verdict = contextMinimumVerdict(tokens, openclawVersion ?? PINNED_OPENCLAW_VERSION)));
    return verdict;
  };
  for (const [id, value] of Object.entries(providersOf(config))) {
    providerModels(value).forEach((row, i) => {
      const sizes = [row.contextTokens, row.contextWindow].filter(
        (n): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0,
      );
      if (sizes.length === 0) return;
      const tokens = Math.min(...sizes);
      const floor = verdictFor(tokens);
      if (floor.status === 'pass') return;
      const [unverified, verdict] = floor.evidence.length > 1 ? floor.evidence : [undefined, floor.evidence[0]];
      const finding: Finding = {
        severity: floor.status === 'fail' ? 'warning' : 'info',
        code: 'context-window-minimum',
        path: `models.providers.${id}.models.${i}.${row.contextTokens === tokens ? 'contextTokens' : 'contextWindow'}`,
        message: msg('judged.contextFloor', { ref: `${id}/${String(row.id)}`, verdict: verdict! }),
      };
      findings.push(unverified ? { ...finding, ruleLine: unverified } : finding);
    });
  }
  return findings;
}

/** Rules tied to how the OpenClaw release reads a key (versions and sources: shared/doctor/rule-sources.ts). */
function versionedFindings(config: ConfigObject): Finding[] {
  const findings: Finding[] = [];
  if (asObject(config.agents)?.list !== undefined) {
    findings.push({
      severity: 'warning',
      code: 'agents-list-legacy',
      path: 'agents.list',
      message: msg('checks.agentsListLegacy'),
    });
  }
  for (const [id, value] of Object.entries(providersOf(config))) {
    providerModels(value).forEach((row, i) => {
      const { contextTokens, contextWindow } = row;
      if (typeof contextTokens === 'number' && typeof contextWindow === 'number' && contextTokens > contextWindow) {
        findings.push({
          severity: 'warning',
          code: 'context-tokens-above-window',
          path: `models.providers.${id}.models.${i}.contextTokens`,
          message: msg('checks.contextTokensAboveWindow', {
            ref: `${id}/${String(row.id)}`,
            tokens: contextTokens,
            window: contextWindow,
          }),
          fix: {
            label: msg('checks.fix.setContextTokens', { tokens: contextWindow }),
            operations: [
              {
                op: 'updateModel',
                provider: id,
                id: String(row.id),
                set: { contextTokens: Math.floor(contextWindow) },
              },
            ],
          },
        });
      }
    });
  }
  return findings;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The config's findings judged for the installed OpenClaw release (null: none found, the pinned
 * release's rules): rules that do not hold there are left out, as the doctor leaves them out.
 */
export function checkConfig(config: ConfigObject, openclawVersion: string | null): Finding[] {
  return judgeFindings(
    [
      ...chainFindings(config),
      ...aliasFindings(config),
      ...providerFindings(config),
      ...modeFindings(config),
      ...versionedFindings(config),
      ...contextFloorFindings(config, openclawVersion),
    ],
    openclawVersion,
  ).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/** The findings `after` has that `before` did not (by code and path): what an edit introduced. */
export function newFindings(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  // A finding that only moved (a broken fallback now one place lower) is not new: positions are left out.
  const identity = (f: Finding) =>
    `${f.code}@${f.path.replace(/\.\d+/g, '.#')}@${JSON.stringify(f.message).replace(/\d+/g, '#')}`;
  const seen = new Set(before.map(identity));
  return after.filter((f) => !seen.has(identity(f)));
}
