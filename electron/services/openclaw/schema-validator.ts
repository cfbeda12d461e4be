/**
 * Validates a whole config against OpenClaw's own JSON Schema with ajv (a standard JSON Schema
 * validator), plus the one cross-field rule the schema cannot carry (custom providers need
 * baseUrl and models; shared/config/validate.ts). Each top-level key compiles on first use, so
 * a file that uses `models` and `agents` never pays for `channels` or `plugins`.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { validateConfig as overlayRules, type ConfigIssue } from '../../../shared/config/validate';
import { isPlainObject } from '../../../shared/json5/deep-equal';

type Json = Record<string, unknown>;

/**
 * Plugin schemas embedded in OpenClaw's schema keep their own `$defs` and refer to them as
 * `#/$defs/…` (2026.9.6: plugins.entries.imap.config, plugins.entries.webhooks.config); give each
 * such scope an `$id` so those references resolve where they are written.
 */
export function scopeEmbeddedDefs(schema: Json): Json {
  const copy = structuredClone(schema);
  let n = 0;
  const walk = (node: unknown, root: boolean): void => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, false));
    if (!isPlainObject(node)) return;
    if (!root && isPlainObject(node.$defs) && node.$id === undefined) node.$id = `urn:openclaw-schema:scope:${n++}`;
    for (const child of Object.values(node)) walk(child, false);
  };
  walk(copy, true);
  return copy;
}

const dotPath = (instancePath: string): string[] =>
  instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

/** ajv's errors as OpenClaw-style issues: one per path, union branches folded into the union's own error. */
export function toIssues(errors: readonly ErrorObject[], prefix: string[]): ConfigIssue[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.schemaPath);
  const kept = errors.filter((e) => !unions.some((u) => e.schemaPath.startsWith(`${u}/`)));
  const issues = new Map<string, string>();
  for (const error of kept) {
    const segments = [...prefix, ...dotPath(error.instancePath)];
    let message = error.message ?? 'invalid';
    if (error.keyword === 'additionalProperties') {
      message = `Unrecognized key: "${String((error.params as { additionalProperty: string }).additionalProperty)}"`;
    } else if (error.keyword === 'required') {
      segments.push(String((error.params as { missingProperty: string }).missingProperty));
      message = 'is required';
    } else if (error.keyword === 'enum') {
      message = `must be one of: ${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}`;
    } else if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      message = 'does not match any shape OpenClaw accepts here';
    }
    const key = segments.join('.') || '<root>';
    if (!issues.has(key)) issues.set(key, message);
  }
  return [...issues].map(([path, message]) => ({ path, message }));
}

export interface SchemaValidator {
  version: string;
  validate(config: unknown): ConfigIssue[];
}

export function createSchemaValidator(rawSchema: Json, version: string): SchemaValidator {
  const schema = scopeEmbeddedDefs(rawSchema);
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const props = isPlainObject(schema.properties) ? schema.properties : {};
  const closed = schema.additionalProperties === false;
  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (key: string): ValidateFunction => {
    let fn = compiled.get(key);
    if (!fn) {
      fn = ajv.compile(props[key] as Json);
      compiled.set(key, fn);
    }
    return fn;
  };
  return {
    version,
    validate(config) {
      if (!isPlainObject(config)) return [{ path: '<root>', message: 'the config must be an object' }];
      const issues: ConfigIssue[] = [];
      for (const [key, value] of Object.entries(config)) {
        if (!(key in props)) {
          if (closed) issues.push({ path: '<root>', message: `Unrecognized key: "${key}"` });
          continue;
        }
        const fn = validatorFor(key);
        if (!fn(value)) issues.push(...toIssues(fn.errors ?? [], [key]));
      }
      const seen = new Set(issues.map((i) => i.path));
      for (const issue of overlayRules(config)) if (!seen.has(issue.path)) issues.push(issue);
      return issues;
    },
  };
}
