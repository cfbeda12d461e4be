/**
 * Checks of an OpenClaw config beyond its schema: references that resolve to nothing,
 * and the known traps from reference/openclaw-config.md (reversed alias map, alias map
 * acting as an allow-list, ids with "/" that need the full ref, `models.mode: replace`,
 * local providers without `timeoutSeconds`, Responses API on a server without it).
 * Each finding says what is wrong and, where the panel can fix it, which operations do.
 */
import { z } from 'zod';
import {
  agentDefaults,
  aliasMap,
  asObject,
  configVars,
  listedRefs,
  modelChain,
  modelEntries,
  providerModels,
  providersOf,
  type ConfigObject,
} from './config-access';
import { normalizeRef, parseModelRef } from './model-ref';
import { BUNDLED_PROVIDER_IDS } from './openclaw-schema';
import { configOperationSchema } from './operations';
import { classifyBaseUrl, isLocalLocation, providerLocation } from './provider-kind';

export const findingSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  path: z.string(),
  message: z.string(),
  fix: z.object({ label: z.string(), operations: z.array(configOperationSchema) }).optional(),
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

  const checkRef = (raw: string, path: string, role: string) => {
    if (!raw.includes('/')) {
      const known = [...aliases.keys()].some((a) => a.toLowerCase() === raw.trim().toLowerCase());
      const unique = [...listed].filter((r) => parseModelRef(r)?.model === raw.trim()).length === 1;
      if (!known && !unique) {
        findings.push({
          severity: 'error',
          code: 'ref-unresolved',
          path,
          message: `The ${role} "${raw}" is neither an alias nor a configured model id; write it as provider/model.`,
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
        message: `The ${role} "${raw}" is not a provider/model reference.`,
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
          ? `The ${role} "${raw}" names no provider "${ref.provider}"; the model is listed as ${owner} — write the full ref.`
          : `The ${role} "${raw}" names provider "${ref.provider}", which is neither configured nor bundled with OpenClaw.`,
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
          message: `"${raw}" will go to the bundled ${ref.provider} provider, but ${owner} lists that model; write the full ref ${owner} (OpenClaw splits at the first "/").`,
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
        message: `"${ref.model}" is not listed under provider "${providerKey}"; custom endpoints may still serve it, but OpenClaw will not know its context window.`,
      });
    }
  };

  if (primary) checkRef(primary, 'agents.defaults.model.primary', 'primary model');
  const seen = new Map<string, number>();
  fallbacks.forEach((f, i) => {
    const path = `agents.defaults.model.fallbacks.${i}`;
    checkRef(f, path, `fallback ${i + 1}`);
    const norm = normalizeRef(f);
    if (primary && norm === normalizeRef(primary)) {
      findings.push({
        severity: 'warning',
        code: 'fallback-is-primary',
        path,
        message: `Fallback ${i + 1} repeats the primary model ${f}.`,
        fix: { label: 'Remove it from the fallbacks', operations: [{ op: 'removeFallback', ref: f }] },
      });
    } else if (seen.has(norm)) {
      findings.push({
        severity: 'warning',
        code: 'fallback-duplicate',
        path,
        message: `Fallback ${i + 1} repeats fallback ${seen.get(norm)! + 1} (${f}).`,
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
            ? `This alias entry is written backwards: the key must be the model ("${alias}") and alias the short name ("${key}").`
            : `The key "${key}" must be a provider/model reference (or provider/*).`,
        fix:
          typeof alias === 'string' && alias.includes('/') && parseModelRef(alias)
            ? { label: `Make "${key}" the alias of ${alias}`, operations: [{ op: 'setAlias', ref: alias, alias: key }] }
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
        message: `The alias "${alias}" is also used by ${byAlias.get(lower)} (aliases are case-insensitive).`,
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
      message: `Without agents.defaults.modelPolicy, OpenClaw treats the ${Object.keys(entries).length} keys of agents.defaults.models as an allow-list: /model and agents can only pick those models.`,
      fix: { label: 'Allow every model (modelPolicy: {})', operations: [{ op: 'setModelPolicy', allow: [] }] },
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
        message: `OpenClaw lower-cases provider ids: refs must say "${id.toLowerCase()}/…".`,
      });
    }
    const location = providerLocation(id, provider, configVars(config));
    if (isLocalLocation(location) && provider.timeoutSeconds === undefined) {
      findings.push({
        severity: 'warning',
        code: 'local-no-timeout',
        path: `${path}.timeoutSeconds`,
        message: `"${id}" is a ${location === 'lan' ? 'LAN' : 'local'} server without timeoutSeconds: a cold model load can outlast OpenClaw's default timeout and trigger a fallback.`,
        fix: {
          label: `Set timeoutSeconds to ${LOCAL_TIMEOUT_SECONDS}`,
          operations: [{ op: 'updateProvider', id, set: { timeoutSeconds: LOCAL_TIMEOUT_SECONDS } }],
        },
      });
    }
    const baseUrl = typeof provider.baseUrl === 'string' ? provider.baseUrl : '';
    if (provider.api === 'openai-responses' && (/^llama/.test(id) || /:8080(\/|$)/.test(baseUrl))) {
      findings.push({
        severity: 'warning',
        code: 'responses-unsupported',
        path: `${path}.api`,
        message: `llama.cpp's server has no /v1/responses; use api "openai-completions" for "${id}".`,
        fix: {
          label: 'Use openai-completions',
          operations: [{ op: 'updateProvider', id, set: { api: 'openai-completions' } }],
        },
      });
    }
    const urlLocation = baseUrl ? classifyBaseUrl(baseUrl, configVars(config)) : null;
    if (urlLocation && isLocalLocation(urlLocation) && !/\/v1\/?$/.test(baseUrl) && provider.api !== 'ollama') {
      findings.push({
        severity: 'info',
        code: 'base-url-no-v1',
        path: `${path}.baseUrl`,
        message: `OpenAI-compatible servers usually expect a baseUrl ending in /v1 (got ${baseUrl}).`,
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
      message:
        'models.mode "replace" drops OpenClaw\'s bundled catalogs; the guidance says keep "merge" so hosted fallbacks stay available.',
      fix: { label: 'Use merge', operations: [{ op: 'setMode', mode: 'merge' }] },
    });
  }
  if (asObject(config.providers)) {
    findings.push({
      severity: 'error',
      code: 'providers-misplaced',
      path: 'providers',
      message: 'A top-level "providers" block is not read by OpenClaw; providers belong under models.providers.',
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
      message: 'agents.list is the old agent roster; this OpenClaw reads agents.entries (keyed by agent id) instead.',
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
          message: `${id}/${String(row.id)}: contextTokens (${contextTokens}) is larger than contextWindow (${contextWindow}); the model cannot use more than its window.`,
          fix: {
            label: `Set contextTokens to ${contextWindow}`,
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

export function checkConfig(config: ConfigObject): Finding[] {
  return [
    ...chainFindings(config),
    ...aliasFindings(config),
    ...providerFindings(config),
    ...modeFindings(config),
    ...versionedFindings(config),
  ].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/** The findings `after` has that `before` did not (by code and path): what an edit introduced. */
export function newFindings(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const seen = new Set(before.map((f) => `${f.code}@${f.path}`));
  return after.filter((f) => !seen.has(`${f.code}@${f.path}`));
}
