/**
 * The checks on a config that need no schema, exactly as OpenClaw words and scopes them, so the
 * editor can react as you type; the full check against OpenClaw's own JSON Schema runs in the
 * services (node/services/openclaw/schema-validator.ts). Both judge the config as OpenClaw reads it
 * (shared/config/openclaw-migrations.ts: its load-time migrations on a copy). Never stricter than OpenClaw:
 * a file OpenClaw accepts passes here. Issues are reported by dot path, like `openclaw config
 * validate --json`.
 */
import { msg } from '../i18n/message';
import { isPlainObject } from '../json5/deep-equal';
import { agentRefIssues, agentsRosterIssues } from './agents-roster-rules';
import type { ConfigIssue } from './config-issue';
import { migrateLikeOpenClaw } from './openclaw-migrations';
import { isBuiltInProviderOverlay } from './openclaw-release';

export type { ConfigIssue } from './config-issue';

/** Paths (dot-joined) of every object that carries an `$include`. */
export function findIncludes(value: unknown, path: string[] = []): string[] {
  // One walk with one path stack: a config with 10,000 model rows is ~100,000 nodes.
  const at = [...path];
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        at.push(String(i));
        walk(item);
        at.pop();
      });
      return;
    }
    if (!isPlainObject(node)) return;
    if ('$include' in node) found.push(at.join('.'));
    for (const [key, child] of Object.entries(node)) {
      at.push(key);
      walk(child);
      at.pop();
    }
  };
  walk(value);
  return found;
}

/** Whether `path` lies inside, or contains, a subtree that uses `$include`. */
export function touchesInclude(path: string, includes: readonly string[]): boolean {
  return includes.some(
    (include) => include === '' || path === include || path.startsWith(`${include}.`) || include.startsWith(`${path}.`),
  );
}

/** OpenClaw 2026.9.6, src/config/zod-schema.core.ts (ModelProvidersSchema superRefine). */
export const CUSTOM_PROVIDER_NEEDS_BASE_URL =
  'custom model providers must declare baseUrl; provider overlays without baseUrl are only supported for bundled providers';
export const CUSTOM_PROVIDER_NEEDS_MODELS =
  'custom model providers must declare models; provider overlays without models are only supported for bundled providers';

/** Model rows need a non-empty id and name (OpenClaw 2026.9.6, ModelDefinitionSchema: id/name string().min(1)). */
export const MODEL_NEEDS_ID_AND_NAME = 'Invalid input: expected a non-empty string';

/** OpenClaw 2026.9.6 ModelDefinitionSchema: contextWindow, contextTokens, maxTokens are positive. */
export const MODEL_NEEDS_POSITIVE = 'must be > 0';

/** The schema-free rules, on the config as OpenClaw reads it (its load-time migrations applied to a copy). */
export function validateConfig(raw: unknown): ConfigIssue[] {
  if (!isPlainObject(raw))
    return [{ path: '<root>', message: 'the config must be an object', detail: msg('schemaIssue.notObject') }];
  const config = migrateLikeOpenClaw(raw).config as Record<string, unknown>;
  const issues: ConfigIssue[] = [...agentsRosterIssues(config), ...agentRefIssues(config)];
  const models = config.models;
  const providers = isPlainObject(models) ? models.providers : undefined;
  if (!isPlainObject(providers) || '$include' in providers) return issues;
  for (const [id, provider] of Object.entries(providers)) {
    if (!isPlainObject(provider) || '$include' in provider) continue;
    if (!isBuiltInProviderOverlay(id)) {
      if (!provider.baseUrl)
        issues.push({
          path: `models.providers.${id}.baseUrl`,
          message: CUSTOM_PROVIDER_NEEDS_BASE_URL,
          detail: msg('schemaIssue.customNeedsBaseUrl'),
        });
      if (!Array.isArray(provider.models))
        issues.push({
          path: `models.providers.${id}.models`,
          message: CUSTOM_PROVIDER_NEEDS_MODELS,
          detail: msg('schemaIssue.customNeedsModels'),
        });
    }
    if (!Array.isArray(provider.models)) continue;
    provider.models.forEach((model, i) => {
      if (!isPlainObject(model) || '$include' in model) return;
      for (const key of ['id', 'name'])
        if (typeof model[key] !== 'string' || model[key] === '')
          issues.push({
            path: `models.providers.${id}.models.${i}.${key}`,
            message: MODEL_NEEDS_ID_AND_NAME,
            detail: msg('schemaIssue.notEmpty'),
          });
      // OpenClaw 2026.9.6's schema: exclusiveMinimum 0 on these (ajv words it "must be > 0").
      for (const key of ['contextWindow', 'contextTokens', 'maxTokens'])
        if (key in model && !(typeof model[key] === 'number' && (model[key] as number) > 0))
          issues.push({
            path: `models.providers.${id}.models.${i}.${key}`,
            message: MODEL_NEEDS_POSITIVE,
            detail: msg('schemaIssue.moreThan', { limit: 0 }),
          });
    });
  }
  return issues;
}
