/**
 * Where each doctor/check rule about OpenClaw's behaviour comes from: the OpenClaw releases it
 * holds for (rule-ranges.json, probed from the published packages) and the source file (or schema
 * path) it was read from, keyed by finding code; and the rule line the CLI and the panel show.
 * Rules about servers (LM Studio, llama.cpp, Ollama) or this machine are not listed here.
 */
import { msg, type Message } from '../i18n/message';
import { ruleVerdict, ruleVersions } from './rule-ranges';

export interface RuleSource {
  /** The OpenClaw releases the rule holds for (ranges over OpenClaw's calendar versions, `||` between them). */
  versions: string;
  /** OpenClaw source file (in the openclaw/openclaw repository) or schema path the rule is read from. */
  source: string;
  /** The rule holds only while this config key is absent. */
  whileAbsent?: string;
}

const MODEL_REFS = 'src/agents/model-selection-resolve.ts';

/** Source of each rule; its versions come from rule-ranges.json under the same code. */
const SOURCES: Readonly<Record<string, Omit<RuleSource, 'versions'>>> = {
  'ref-unresolved': { source: MODEL_REFS },
  'ref-malformed': { source: MODEL_REFS },
  'ref-unknown-provider': { source: 'src/config/model-provider-overlay-ids.ts' },
  'ref-slash-id': { source: MODEL_REFS },
  'model-not-listed': { source: 'packages/model-catalog-core/src/configured-model-refs.ts' },
  'alias-allowlist': {
    source: 'src/config/model-policy-allowlist-migration.ts',
    whileAbsent: 'meta.migrations.modelPolicyAllowlist',
  },
  'provider-id-case': { source: 'packages/model-catalog-core/src/provider-id.ts' },
  'local-no-timeout': { source: 'src/config/zod-schema.core.ts (ModelProviderSchema.timeoutSeconds)' },
  'mode-replace': { source: 'src/config/zod-schema.core.ts (models.mode)' },
  'providers-misplaced': { source: 'src/config/zod-schema.ts (OpenClawSchema: models.providers)' },
  'agents-list-legacy': { source: 'src/config/agent-list-projection.ts (agents.entries)' },
  'context-tokens-above-window': {
    source: 'src/agents/context-window-guard.ts; src/config/zod-schema.core.ts (ModelDefinitionSchema)',
  },
};

export const RULE_SOURCES: Readonly<Record<string, RuleSource>> = Object.fromEntries(
  Object.entries(SOURCES).map(([code, rule]) => {
    const versions = ruleVersions(code);
    if (versions === null) throw new Error(`rule-ranges.json lacks ${code}`);
    return [code, { versions, ...rule }];
  }),
);

export const ruleSource = (code: string): RuleSource | null => RULE_SOURCES[code] ?? null;

/**
 * The rule line for the CLI and the panel (`OpenClaw >=2026.4.20 · src/… (while … is absent)`),
 * naming the installed version when known: "yours" where the rule holds for it, "not verified"
 * where that release was never probed. Null for findings that are not OpenClaw rules.
 */
export function ruleLine(code: string, installedVersion: string | null = null): Message | null {
  const rule = ruleSource(code);
  if (!rule) return null;
  const verdict = ruleVerdict(code, installedVersion);
  const versions =
    installedVersion === null || verdict === 'unknown'
      ? msg('rules.versions', { range: rule.versions })
      : verdict === 'unverified'
        ? msg('rules.versionsUnverified', { range: rule.versions, version: installedVersion })
        : msg('rules.versionsInstalled', { range: rule.versions, version: installedVersion });
  return rule.whileAbsent
    ? msg('rules.lineWhileAbsent', { versions, source: rule.source, key: rule.whileAbsent })
    : msg('rules.line', { versions, source: rule.source });
}
