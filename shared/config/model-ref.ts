/**
 * Model references as OpenClaw reads them (src/agents/model-selection-normalize.ts):
 * split at the first "/", provider lower-cased, model id case kept, an `@profile`
 * suffix split off unless it is a date or a quantisation tag; bare ids resolve through
 * aliases (case-insensitive) or a unique configured model.
 */

export interface ModelRef {
  provider: string;
  model: string;
  /** The auth-profile suffix (`lmstudio/x@work` → `work`), if any. */
  profile?: string;
}

const KEEP_AT_SUFFIX = /^(\d{8}|i?q\d\w*|\d+bit|f(p)?(16|32)|bf16|int[48]|mxfp4|awq|gptq)$/i;

export function parseModelRef(raw: string): ModelRef | null {
  const trimmed = raw.trim();
  const slash = trimmed.indexOf('/');
  if (slash <= 0 || slash === trimmed.length - 1) return null;
  const provider = trimmed.slice(0, slash).trim().toLowerCase();
  let model = trimmed.slice(slash + 1).trim();
  if (!provider || !model) return null;
  let profile: string | undefined;
  const lastSlash = model.lastIndexOf('/');
  const at = model.lastIndexOf('@');
  if (at > lastSlash && at > 0) {
    const suffix = model.slice(at + 1);
    if (suffix && !KEEP_AT_SUFFIX.test(suffix)) {
      profile = suffix;
      model = model.slice(0, at);
    }
  }
  return profile ? { provider, model, profile } : { provider, model };
}

export function formatModelRef(ref: ModelRef): string {
  return `${ref.provider}/${ref.model}${ref.profile ? `@${ref.profile}` : ''}`;
}

/** The canonical form of a ref (provider lower-cased); non-refs are returned trimmed. */
export function normalizeRef(raw: string): string {
  const parsed = parseModelRef(raw);
  return parsed ? formatModelRef(parsed) : raw.trim();
}

export interface RefContext {
  /** alias (as written) → target ref, from agents.defaults.models. */
  aliases: ReadonlyMap<string, string>;
  /** Every configured `provider/model` from models.providers.*.models[] and the agents.defaults.models keys. */
  configuredRefs: readonly string[];
}

export type ResolvedRef =
  | { kind: 'ref'; ref: ModelRef; via: 'explicit' | 'alias' | 'unique-model'; alias?: string }
  | { kind: 'unresolved'; reason: 'empty' | 'ambiguous' | 'unknown' | 'malformed'; candidates?: string[] };

export function resolveRef(raw: string, context: RefContext): ResolvedRef {
  const text = raw.trim();
  if (!text) return { kind: 'unresolved', reason: 'empty' };
  if (text.includes('/')) {
    const ref = parseModelRef(text);
    return ref ? { kind: 'ref', ref, via: 'explicit' } : { kind: 'unresolved', reason: 'malformed' };
  }
  const lower = text.toLowerCase();
  for (const [alias, target] of context.aliases) {
    if (alias.toLowerCase() === lower) {
      const ref = parseModelRef(target);
      if (ref) return { kind: 'ref', ref, via: 'alias', alias };
    }
  }
  const matches = context.configuredRefs.filter((candidate) => parseModelRef(candidate)?.model === text);
  const unique = [...new Set(matches)];
  if (unique.length === 1) return { kind: 'ref', ref: parseModelRef(unique[0]!)!, via: 'unique-model' };
  if (unique.length > 1) return { kind: 'unresolved', reason: 'ambiguous', candidates: unique };
  return { kind: 'unresolved', reason: 'unknown' };
}
