/**
 * Validates a whole config as OpenClaw reads it: the legacy migrations OpenClaw applies when it
 * loads a file run on a copy first (shared/config/openclaw-migrations.ts), then the copy is checked
 * against OpenClaw's own JSON Schema in its input shape (a defaulted field is optional;
 * shared/config/input-shape.ts) with ajv, plus the one cross-field rule the schema cannot carry
 * (custom providers need baseUrl and models; shared/config/validate.ts). Each top-level key
 * compiles on first use, so a file that uses `models` and `agents` never pays for `channels`.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { validateConfig as overlayRules, type ConfigIssue } from '@shared/config/validate';
import { inputSchema } from '@shared/config/input-shape';
import { limitDetail, listValues, typeName } from '@shared/config/issue-detail';
import { migrateLikeOpenClaw, releaseAtLeast, type MigrationChange } from '@shared/config/openclaw-migrations';
import { WEB_SEARCH_RULE, webSearchProviderIssues } from '@shared/config/web-search-providers';
import { msg, type Message } from '@shared/i18n/message';
import { isPlainObject } from '@shared/json5/deep-equal';
import { secretCommandIssues } from './secret-command-rule';

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

type Params = Record<string, unknown>;

/** What an ajv error says failed, in words (the issue's `detail`; its `message` stays OpenClaw-style). */
function ajvDetail(error: ErrorObject): Message {
  const p = error.params as Params;
  const limit = Number(p.limit);
  switch (error.keyword) {
    case 'required':
      return msg('schemaIssue.required');
    case 'additionalProperties':
      return msg('schemaIssue.unrecognizedKey', { key: String(p.additionalProperty) });
    case 'enum':
      return msg('schemaIssue.oneOfValues', {
        values: ((p.allowedValues as unknown[]) ?? [])
          .map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
          .join(', '),
      });
    case 'anyOf':
    case 'oneOf':
      return msg('schemaIssue.oneOf');
    case 'type':
      return msg('schemaIssue.type', { type: typeName(String(p.type)) });
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return limitDetail(
        'number',
        error.keyword === 'minimum' || error.keyword === 'exclusiveMinimum',
        limit,
        !error.keyword.startsWith('exclusive'),
      );
    case 'minLength':
    case 'maxLength':
      return limitDetail('string', error.keyword === 'minLength', limit, true);
    case 'minItems':
    case 'maxItems':
      return limitDetail('array', error.keyword === 'minItems', limit, true);
    case 'multipleOf':
      return msg('schemaIssue.multipleOf', { limit: Number(p.multipleOf) });
    case 'pattern':
      return msg('schemaIssue.pattern', { pattern: String(p.pattern) });
    case 'format':
      return msg('schemaIssue.format', { format: String(p.format) });
    case 'const':
      return msg('schemaIssue.equals', { value: JSON.stringify(p.allowedValue) });
    default:
      return msg('schemaIssue.invalid');
  }
}

/**
 * A union whose every branch is a fixed value (OpenClaw writes `models.mode` and `input` kinds as
 * `anyOf` of consts) names the values, as OpenClaw's own "Invalid input (allowed: …)" does.
 */
function unionValues(union: ErrorObject, errors: readonly ErrorObject[]): Message | undefined {
  if (union.keyword !== 'anyOf' && union.keyword !== 'oneOf') return undefined;
  const branches = errors.filter(
    (e) => e.schemaPath.startsWith(`${union.schemaPath}/`) && e.instancePath === union.instancePath,
  );
  if (branches.length === 0 || !branches.every((e) => e.keyword === 'const' || e.keyword === 'enum')) return undefined;
  const values = branches.flatMap((e) =>
    e.keyword === 'const'
      ? [(e.params as { allowedValue: unknown }).allowedValue]
      : ((e.params as { allowedValues: unknown[] }).allowedValues ?? []),
  );
  return msg('schemaIssue.oneOfValues', { values: listValues(values) });
}

/** ajv's errors as OpenClaw-style issues: one per path, union branches folded into the union's own error. */
export function toIssues(errors: readonly ErrorObject[], prefix: string[]): ConfigIssue[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.schemaPath);
  const kept = errors.filter((e) => !unions.some((u) => e.schemaPath.startsWith(`${u}/`)));
  const issues = new Map<string, ConfigIssue>();
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
    const path = segments.join('.') || '<root>';
    if (!issues.has(path)) issues.set(path, { path, message, detail: unionValues(error, errors) ?? ajvDetail(error) });
  }
  return [...issues.values()];
}

export interface SchemaValidator {
  version: string;
  /** The issues of `config` as OpenClaw reads it (migrated, defaults optional). */
  validate(config: unknown): ConfigIssue[];
  /** What OpenClaw of this version migrates in `config` when it loads it (nothing is written). */
  migrations(config: unknown): MigrationChange[];
}

/** How deep the validator walks plain object schemas itself before handing a subtree to ajv. */
const SPLIT_DEPTH = 4;

/**
 * A schema the walk may take apart key by key: a plain object with fixed properties and nothing
 * that looks at the object as a whole (unions, refs, pattern/property-name rules, own `$defs` scope).
 */
function splittable(schema: unknown): schema is Json & { properties: Record<string, Json> } {
  if (!isPlainObject(schema) || schema.type !== 'object' || !isPlainObject(schema.properties)) return false;
  const whole = ['anyOf', 'oneOf', 'allOf', 'not', 'if', '$ref', '$id', '$defs', 'patternProperties', 'propertyNames'];
  const counts = ['minProperties', 'maxProperties', 'dependencies', 'dependentRequired', 'dependentSchemas'];
  if ([...whole, ...counts].some((key) => key in schema)) return false;
  return schema.additionalProperties === undefined || typeof schema.additionalProperties === 'boolean';
}

export interface SchemaValidatorOptions {
  /** The user's home, for `~/…` command paths of exec secret providers (unset: those are left to OpenClaw). */
  home?: string;
}

export function createSchemaValidator(
  rawSchema: Json,
  version: string,
  options: SchemaValidatorOptions = {},
): SchemaValidator {
  const schema = scopeEmbeddedDefs(inputSchema(rawSchema).schema);
  // optimize/inlineRefs off: OpenClaw's schema is large and we validate one file at a time, so a
  // fast compile matters more than a fast run (measured: about four times quicker to compile).
  // validateSchema off: the schema is OpenClaw's own output, and checking it against the meta-schema
  // first (compiling the meta-schema too) doubled the first compile (170 → 80 ms for models.providers).
  const ajv = new Ajv({
    strict: false,
    validateSchema: false,
    allErrors: true,
    validateFormats: false,
    inlineRefs: false,
    code: { optimize: false },
  });
  const compiled = new Map<string, ValidateFunction>();

  /** Walks plain object schemas key by key, so only the subtrees a file uses are ever compiled. */
  function check(node: Json, value: unknown, at: string[], depth: number, issues: ConfigIssue[]): void {
    if (depth < SPLIT_DEPTH && splittable(node) && isPlainObject(value)) {
      const here = at.join('.') || '<root>';
      for (const key of Array.isArray(node.required) ? (node.required as string[]) : [])
        if (!(key in value))
          issues.push({ path: [...at, key].join('.'), message: 'is required', detail: msg('schemaIssue.required') });
      for (const [key, child] of Object.entries(value)) {
        const sub = node.properties[key];
        if (sub !== undefined) check(sub, child, [...at, key], depth + 1, issues);
        else if (node.additionalProperties === false)
          issues.push({
            path: here,
            message: `Unrecognized key: "${key}"`,
            detail: msg('schemaIssue.unrecognizedKey', { key }),
          });
      }
      return;
    }
    const key = at.join('\u0000');
    let fn = compiled.get(key);
    if (!fn) {
      fn = ajv.compile(node);
      compiled.set(key, fn);
    }
    if (!fn(value)) issues.push(...toIssues(fn.errors ?? [], at));
  }

  // OpenClaw reads `channels` keys it knows (its bundled channels, `defaults`, `modelByChannel` and
  // installed channel plugins; the schema lists them all) and refuses the rest. OpenClaw 2026.9.6,
  // dist/io.snapshot-preparation-B6fMdY05.mjs (src/config/io.snapshot-preparation.ts); its wording.
  const channelSchema = isPlainObject(schema.properties) ? schema.properties.channels : undefined;
  const knownChannels = new Set(
    isPlainObject(channelSchema) && isPlainObject(channelSchema.properties)
      ? Object.keys(channelSchema.properties)
      : [],
  );
  const unknownChannels = (config: Json): ConfigIssue[] =>
    isPlainObject(config.channels) && knownChannels.size > 0
      ? Object.keys(config.channels)
          .map((key) => key.trim())
          .filter((key) => key && !knownChannels.has(key))
          .map((key) => ({ path: `channels.${key}`, message: `unknown channel id: ${key}` }))
      : [];

  // The plugins the release bundles: the keys its schema gives plugins.entries (OpenClaw writes one per bundled plugin).
  const pluginEntries = isPlainObject(schema.properties) ? schema.properties.plugins : undefined;
  const entriesSchema =
    isPlainObject(pluginEntries) && isPlainObject(pluginEntries.properties)
      ? pluginEntries.properties.entries
      : undefined;
  const bundledPlugins = new Set(
    isPlainObject(entriesSchema) && isPlainObject(entriesSchema.properties)
      ? Object.keys(entriesSchema.properties)
      : [],
  );
  const webSearchRule = releaseAtLeast(version, WEB_SEARCH_RULE.since);

  return {
    version,
    validate(raw) {
      if (!isPlainObject(raw))
        return [{ path: '<root>', message: 'the config must be an object', detail: msg('schemaIssue.notObject') }];
      const config = migrateLikeOpenClaw(raw, version).config as Json;
      const issues: ConfigIssue[] = [];
      check(schema, config, [], 0, issues);
      issues.push(...unknownChannels(config));
      if (webSearchRule) issues.push(...webSearchProviderIssues(config, bundledPlugins));
      const seen = new Set(issues.map((i) => i.path));
      for (const issue of overlayRules(config)) if (!seen.has(issue.path)) issues.push(issue);
      // As `openclaw config validate`: the secret commands are looked at only in an otherwise valid file.
      if (issues.length === 0) issues.push(...secretCommandIssues(config, options.home));
      return issues;
    },
    migrations: (config) => migrateLikeOpenClaw(config, version).changes,
  };
}
