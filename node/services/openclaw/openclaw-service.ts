/**
 * The user's OpenClaw: which binary (flag, setting, OPENCLAW_BIN, PATH, npm prefix, Homebrew),
 * its version (`openclaw --version`, with a deadline), and the JSON Schema Claw Control checks
 * with (the installed release's, cached per version; else the pinned release's, shipped). The
 * compiled validator and the help tree are kept per schema version.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenClawInfo, SchemaHelp } from '@shared/api/schemas/openclaw';
import { PINNED_MODEL_APIS, PINNED_OPENCLAW_VERSION } from '@shared/config/openclaw-release';
import { helpTree, schemaAt, type HelpNode } from '@shared/config/schema-help';
import { msg, type Message } from '@shared/i18n/message';
import type { SettingsStore } from '../settings';
import { locateOpenClaw, parseOpenClawVersion, type LocatedOpenClaw } from './locate';
import { runOpenClaw } from './run-openclaw';
import { loadSchema, type LoadedSchema } from './schema-source';
import { createSchemaValidator, type SchemaValidator } from './schema-validator';

type Env = Readonly<Record<string, string | undefined>>;

export interface OpenClawServiceOptions {
  env: Env;
  stateDir: string;
  settings: SettingsStore;
  /** `--openclaw <path>` given to the CLI. */
  flag?: string | null;
  versionTimeoutMs?: number;
}

interface Installed {
  located: LocatedOpenClaw | null;
  version: string | null;
  problem: Message | null;
}

export function createOpenClawService(options: OpenClawServiceOptions) {
  const versions = new Map<string, { stamp: string; version: string | null; problem: Message | null }>();
  const schemas = new Map<string, Promise<LoadedSchema>>();
  const validators = new Map<string, SchemaValidator>();
  const helps = new Map<string, SchemaHelp>();

  async function configuredPath(): Promise<string | null> {
    return (await options.settings.get()).openclawPath ?? null;
  }

  async function installed(): Promise<Installed> {
    const located = locateOpenClaw({ env: options.env, flag: options.flag, setting: await configuredPath() });
    if (!located)
      return { located: null, version: null, problem: msg('openclaw.notFound', { pinned: PINNED_OPENCLAW_VERSION }) };
    let stamp: string;
    try {
      const s = await stat(located.path);
      stamp = `${s.mtimeMs}:${s.size}`;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      return { located, version: null, problem: msg('openclaw.missingBinary', { path: located.path, code }) };
    }
    const known = versions.get(located.path);
    if (known?.stamp === stamp) return { located, version: known.version, problem: known.problem };
    const timeoutMs = options.versionTimeoutMs ?? 20_000;
    const run = await runOpenClaw(located.path, ['--version'], options.env, timeoutMs);
    const version = run.ok ? parseOpenClawVersion(run.stdout) : null;
    const problem = run.ok
      ? version
        ? null
        : msg('openclaw.noVersion', { output: run.stdout.trim().slice(0, 200) })
      : msg('openclaw.versionFailed', { path: located.path, reason: run.failure ?? '' });
    versions.set(located.path, { stamp, version, problem });
    return { located, version, problem };
  }

  async function schema(): Promise<LoadedSchema> {
    const found = await installed();
    const key = found.located && found.version ? `${found.located.path}@${found.version}` : 'bundled';
    let pending = schemas.get(key);
    if (!pending) {
      pending = loadSchema(
        { env: options.env, cacheDir: path.join(options.stateDir, 'openclaw-schema') },
        found.located && found.version ? { path: found.located.path, version: found.version } : null,
      );
      schemas.set(key, pending);
      pending.catch(() => schemas.delete(key)); // a failed load is retried next time, and reported by the caller
    }
    return pending;
  }

  const schemaKey = (loaded: LoadedSchema) =>
    `${loaded.source === 'bundled' ? 'bundled' : 'installed'}@${loaded.version}`;

  return {
    installed,
    schema,
    async info(): Promise<OpenClawInfo> {
      const [found, loaded, configured] = await Promise.all([installed(), schema(), configuredPath()]);
      return {
        path: found.located?.path ?? null,
        source: found.located?.source ?? null,
        version: found.version,
        problem: found.problem,
        configuredPath: configured,
        schema: { version: loaded.version, source: loaded.source, note: loaded.note ?? null },
      };
    },
    /** Points Claw Control at another `openclaw` (null: find it automatically again). */
    async setPath(next: string | null): Promise<OpenClawInfo> {
      await options.settings.update({ openclawPath: next?.trim() ? path.resolve(next.trim()) : null });
      return this.info();
    },
    async validator(): Promise<SchemaValidator> {
      const loaded = await schema();
      const key = schemaKey(loaded);
      let validator = validators.get(key);
      if (!validator) {
        validator = createSchemaValidator(loaded.schema, loaded.version);
        validators.set(key, validator);
      }
      return validator;
    },
    async help(): Promise<SchemaHelp> {
      const loaded = await schema();
      const key = schemaKey(loaded);
      let help = helps.get(key);
      if (!help) {
        const tree: HelpNode = {
          props: {
            models: helpTree(schemaAt(loaded.schema, 'models'), 6),
            agents: { props: { defaults: helpTree(schemaAt(loaded.schema, 'agents.defaults'), 4) } },
          },
        };
        const apis = helpTree(schemaAt(loaded.schema, 'models.providers'), 2).any?.props?.api?.values;
        help = { version: loaded.version, source: loaded.source, tree, apis: apis ?? [...PINNED_MODEL_APIS] };
        helps.set(key, help);
      }
      return help;
    },
  };
}

export type OpenClawService = ReturnType<typeof createOpenClawService>;
