/**
 * The pre-upgrade check: will this config load in another OpenClaw release? Judged with that
 * release's own JSON Schema — a schema file (`openclaw config schema` of the target, saved; .json or
 * .json.gz) or the target's `openclaw` binary asked directly — through the same validator as every
 * other check (its load-time migrations, defaults optional, its plugin rules), plus the keys that
 * release reads under a new name (shared/config/openclaw-migrations-renamed.ts).
 */
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { AppError } from '@shared/api/problem';
import type { UpgradeCheck } from '@shared/api/schemas/upgrade';
import { renamedKeyMessage, renamedKeys } from '@shared/config/openclaw-migrations-renamed';
import { msg } from '@shared/i18n/message';
import { isPlainObject } from '@shared/json5/deep-equal';
import { readRegularFile } from '@node/platform/regular-file';
import { parseOpenClawVersion } from './locate';
import { runOpenClaw } from './run-openclaw';
import { fetchInstalledSchema } from './schema-source';
import { createSchemaValidator } from './schema-validator';

type Env = Readonly<Record<string, string | undefined>>;

/** `openclaw config schema` of 2026.9.6 is 2.6 MB as JSON; a schema file is refused past this. */
const SCHEMA_FILE_LIMIT = 64 * 1024 * 1024;

/** A schema file may name its release (our derived fixtures do); `openclaw config schema` does not. */
const VERSION_KEY = 'x-openclaw-version';

export interface UpgradeCheckRequest {
  schemaPath?: string;
  openclawPath?: string;
  release?: string;
}

async function schemaFromFile(file: string): Promise<Record<string, unknown>> {
  let parsed: unknown;
  try {
    const bytes = await readRegularFile(file, SCHEMA_FILE_LIMIT);
    // The limit holds for what the file unpacks to as well (a small .gz can unpack to gigabytes).
    const text = (file.endsWith('.gz') ? gunzipSync(bytes, { maxOutputLength: SCHEMA_FILE_LIMIT }) : bytes).toString(
      'utf8',
    );
    parsed = JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError(
      'INVALID_INPUT',
      msg('upgrade.schemaUnreadable', { path: file, reason: (error as Error).message }),
    );
  }
  if (!isPlainObject(parsed) || !isPlainObject(parsed.properties))
    throw new AppError('INVALID_INPUT', msg('upgrade.schemaNotJson', { path: file }));
  return parsed;
}

/** The target's schema and release, from the file or the binary. */
async function target(
  request: UpgradeCheckRequest,
  env: Env,
): Promise<{ schema: Record<string, unknown>; version: string; source: string }> {
  if (request.schemaPath) {
    const file = path.resolve(request.schemaPath);
    const schema = await schemaFromFile(file);
    const named = typeof schema[VERSION_KEY] === 'string' ? schema[VERSION_KEY] : undefined;
    const version = request.release ?? named;
    if (!version) throw new AppError('INVALID_INPUT', msg('upgrade.noVersion', { path: file }));
    return { schema, version, source: file };
  }
  const binary = path.resolve(request.openclawPath!);
  let schema: Record<string, unknown>;
  try {
    schema = await fetchInstalledSchema(binary, env);
  } catch (error) {
    throw new AppError(
      'INVALID_INPUT',
      msg('upgrade.schemaUnreadable', { path: binary, reason: (error as Error).message }),
    );
  }
  let version = request.release ?? null;
  if (!version) {
    const run = await runOpenClaw(binary, ['--version'], env, 20_000);
    version = run.ok ? parseOpenClawVersion(run.stdout) : null;
  }
  if (!version) throw new AppError('INVALID_INPUT', msg('upgrade.noVersion', { path: binary }));
  return { schema, version, source: binary };
}

/** Whether `config` (as read, `$include`s resolved) loads in the target release. */
export async function checkUpgrade(
  configPath: string,
  config: unknown,
  request: UpgradeCheckRequest,
  env: Env,
): Promise<UpgradeCheck> {
  const { schema, version, source } = await target(request, env);
  const issues = createSchemaValidator(schema, version).validate(config);
  const renamed = renamedKeys(config, version).map((key) => ({
    path: key.path,
    to: key.to,
    message: renamedKeyMessage(key),
  }));
  return { path: configPath, version, schema: source, loads: issues.length === 0, issues, renamed };
}
