/**
 * Validates the edited parts of an OpenClaw config with our schema and reports each
 * problem by field path (dot-joined with numeric indices, like `openclaw config
 * validate --json`). Subtrees that use `$include` are left to OpenClaw's own validator.
 */
import type { z } from 'zod';
import { isPlainObject } from '../json5/deep-equal';
import { agentDefaultsModelKeysSchema, modelsSectionSchema } from './openclaw-schema';

export interface ConfigIssue {
  path: string;
  message: string;
}

function issuesFrom(error: z.ZodError, prefix: string): ConfigIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/** Paths (dot-joined) of every object that carries an `$include`. */
export function findIncludes(value: unknown, path: string[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => findIncludes(item, [...path, String(i)]));
  if (!isPlainObject(value)) return [];
  const here = '$include' in value ? [path.join('.')] : [];
  return [...here, ...Object.entries(value).flatMap(([key, child]) => findIncludes(child, [...path, key]))];
}

/** Whether `path` lies inside, or contains, a subtree that uses `$include`. */
export function touchesInclude(path: string, includes: readonly string[]): boolean {
  return includes.some(
    (include) => include === '' || path === include || path.startsWith(`${include}.`) || include.startsWith(`${path}.`),
  );
}

export function validateConfig(config: unknown): ConfigIssue[] {
  if (!isPlainObject(config)) return [{ path: '<root>', message: 'the config must be an object' }];
  const includes = findIncludes(config);
  const issues: ConfigIssue[] = [];
  if (config.models !== undefined && !touchesInclude('models', includes)) {
    const result = modelsSectionSchema.safeParse(config.models);
    if (!result.success) issues.push(...issuesFrom(result.error, 'models'));
  }
  const agents = config.agents;
  if (agents !== undefined && !isPlainObject(agents)) {
    issues.push({ path: 'agents', message: 'Invalid input: expected object' });
  } else if (agents && agents.defaults !== undefined && !touchesInclude('agents.defaults', includes)) {
    if (!isPlainObject(agents.defaults)) {
      issues.push({ path: 'agents.defaults', message: 'Invalid input: expected object' });
    } else {
      const result = agentDefaultsModelKeysSchema.safeParse(agents.defaults);
      if (!result.success) issues.push(...issuesFrom(result.error, 'agents.defaults'));
    }
  }
  return issues;
}
