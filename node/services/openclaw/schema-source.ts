/**
 * OpenClaw's JSON Schema: from the installed `openclaw config schema` (run with a deadline in a
 * throw-away home, cached per version as gzip in Claw Control's state folder), else the schema of
 * the pinned release that ships with the app (resources/openclaw-schema/*.json.gz, node:zlib).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PINNED_OPENCLAW_VERSION } from '@shared/config/openclaw-release';
import { msg, type Message } from '@shared/i18n/message';
import { APP_ROOT } from '@node/platform/app-root';
import { runOpenClaw } from './run-openclaw';

type Env = Readonly<Record<string, string | undefined>>;

export interface LoadedSchema {
  schema: Record<string, unknown>;
  version: string;
  source: 'installed' | 'cache' | 'bundled';
  /** Why the installed OpenClaw's schema was not used (absent when it was). */
  note?: Message;
}

export const bundledSchemaFile = (version = PINNED_OPENCLAW_VERSION): string =>
  path.join(APP_ROOT, 'resources', 'openclaw-schema', `openclaw-${version}.schema.json.gz`);

const safeVersion = (version: string) => version.replace(/[^0-9A-Za-z.-]/g, '_');

export async function readGzJson(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(gunzipSync(await readFile(file)).toString('utf8')) as Record<string, unknown>;
}

export async function loadBundledSchema(note?: Message): Promise<LoadedSchema> {
  const schema = await readGzJson(bundledSchemaFile());
  return { schema, version: PINNED_OPENCLAW_VERSION, source: 'bundled', ...(note ? { note } : {}) };
}

/** Runs `openclaw config schema`; the JSON it prints, or throws with the reason. */
export async function fetchInstalledSchema(
  binary: string,
  env: Env,
  timeoutMs = 60_000,
): Promise<Record<string, unknown>> {
  const run = await runOpenClaw(binary, ['config', 'schema'], env, timeoutMs, 64 * 1024 * 1024);
  if (!run.ok) throw new Error(`openclaw config schema: ${run.failure ?? 'failed'}`);
  const start = run.stdout.indexOf('{');
  const parsed = start >= 0 ? (JSON.parse(run.stdout.slice(start)) as unknown) : null;
  if (typeof parsed !== 'object' || parsed === null || !('properties' in parsed))
    throw new Error('openclaw config schema printed no JSON Schema');
  return parsed as Record<string, unknown>;
}

export interface SchemaSourceOptions {
  env: Env;
  /** Where per-version schemas are cached (Claw Control's state folder). */
  cacheDir: string;
}

/** The schema for an installed OpenClaw of `version` (cached), or the bundled one with the reason. */
export async function loadSchema(
  options: SchemaSourceOptions,
  installed: { path: string; version: string } | null,
): Promise<LoadedSchema> {
  if (!installed) return loadBundledSchema(msg('openclaw.schemaNotInstalled'));
  const cached = path.join(options.cacheDir, `openclaw-${safeVersion(installed.version)}.schema.json.gz`);
  if (existsSync(cached)) {
    try {
      return { schema: await readGzJson(cached), version: installed.version, source: 'cache' };
    } catch (error) {
      // A damaged cache entry is replaced below; say so only if that fails too.
      void error;
    }
  }
  try {
    const schema = await fetchInstalledSchema(installed.path, options.env);
    await mkdir(options.cacheDir, { recursive: true, mode: 0o700 });
    const temp = `${cached}.${process.pid}.tmp`;
    await writeFile(temp, gzipSync(JSON.stringify(schema)), { mode: 0o600 });
    await rename(temp, cached);
    return { schema, version: installed.version, source: 'installed' };
  } catch (error) {
    return loadBundledSchema(msg('openclaw.schemaUnreadable', { reason: (error as Error).message }));
  }
}
