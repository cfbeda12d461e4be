/**
 * Where each doctor/check rule about OpenClaw's behaviour comes from: the OpenClaw releases it
 * holds for and the source file (or schema path) it was read from, keyed by finding code.
 * Rules about servers (LM Studio, llama.cpp, Ollama) or this machine are not listed here.
 * Verified against OpenClaw 2026.9.6 (the pinned release); earlier releases were not checked,
 * so ranges start where we have evidence, not where the behaviour began.
 */
export interface RuleSource {
  /** The OpenClaw releases the rule holds for (semver-like range over OpenClaw's calendar versions). */
  versions: string;
  /** OpenClaw source file (in the openclaw/openclaw repository) or schema path the rule is read from. */
  source: string;
  /** Extra condition under which the rule holds, when there is one. */
  while?: string;
}

const PINNED = '>=2026.9.6';
const MODEL_REFS = 'src/agents/model-selection-resolve.ts';

export const RULE_SOURCES: Readonly<Record<string, RuleSource>> = {
  'ref-unresolved': { versions: PINNED, source: MODEL_REFS },
  'ref-malformed': { versions: PINNED, source: MODEL_REFS },
  'ref-unknown-provider': { versions: PINNED, source: 'src/config/model-provider-overlay-ids.ts' },
  'ref-slash-id': { versions: PINNED, source: MODEL_REFS },
  'model-not-listed': { versions: PINNED, source: 'packages/model-catalog-core/src/configured-model-refs.ts' },
  'alias-allowlist': {
    versions: PINNED,
    source: 'src/config/model-policy-allowlist-migration.ts',
    while: 'meta.migrations.modelPolicyAllowlist is absent',
  },
  'provider-id-case': { versions: PINNED, source: 'packages/model-catalog-core/src/provider-id.ts' },
  'local-no-timeout': {
    versions: PINNED,
    source: 'src/config/zod-schema.core.ts (ModelProviderSchema.timeoutSeconds)',
  },
  'mode-replace': { versions: PINNED, source: 'src/config/zod-schema.core.ts (models.mode)' },
  'providers-misplaced': { versions: PINNED, source: '`openclaw config schema` (no top-level providers key)' },
  'agents-list-legacy': { versions: PINNED, source: 'src/config/agent-list-projection.ts (agents.entries)' },
  'context-tokens-above-window': {
    versions: PINNED,
    source: 'src/agents/context-window-guard.ts; src/config/zod-schema.core.ts (ModelDefinitionSchema)',
  },
};

export const ruleSource = (code: string): RuleSource | null => RULE_SOURCES[code] ?? null;

/** One line for the CLI and the panel: `OpenClaw >=2026.9.6 · src/… (while …)`. */
export function formatRuleSource(rule: RuleSource): string {
  return `OpenClaw ${rule.versions} · ${rule.source}${rule.while ? ` (while ${rule.while})` : ''}`;
}
