/**
 * The config service: resolves which file OpenClaw uses, reads it, summarises it for
 * the Overview, and reports outside edits as `configChanged` events.
 */
import type { ConfigSummary } from '../../../shared/api/schemas/config-summary';
import { summarizeConfig } from '../../../shared/config/summary';
import type { EventBus } from '../event-bus';
import { msg, type Message } from '../../../shared/i18n/message';
import { readConfig, type ConfigRead } from './config-reader';
import { IncludeError, resolveIncludes } from './includes';
import { isPlainObject } from '../../../shared/json5/deep-equal';
import { resolveConfigPath, type ResolvedConfigPath } from './config-path';
import { watchConfigFile, type ConfigWatcher } from './config-watcher';

export interface ConfigServiceOptions {
  configFlag?: string;
  env: Readonly<Record<string, string | undefined>>;
  events: EventBus;
}

export interface ConfigService {
  resolvePath(): ResolvedConfigPath;
  /** The config file's typed state, read now (see config-reader.ts). */
  read(): Promise<ConfigRead>;
  getSummary(): Promise<ConfigSummary>;
  startWatching(): Promise<void>;
  stop(): void;
}

/** The config as OpenClaw reads it ($include resolved), so included providers are listed; the file as written if that fails. */
function resolvedForSummary(
  value: unknown,
  configPath: string,
  env: Readonly<Record<string, string | undefined>>,
): unknown {
  if (!isPlainObject(value)) return value;
  try {
    return resolveIncludes(value, configPath, env).config;
  } catch (error) {
    if (error instanceof IncludeError) return value; // the store's validate() reports the include error
    throw error;
  }
}

export function createConfigService(options: ConfigServiceOptions): ConfigService {
  let watcher: ConfigWatcher | undefined;
  /** Why outside edits are no longer seen (the watcher failed); the summary carries it for panels opened later. */
  let watchError: Message | null = null;
  const resolvePath = () => resolveConfigPath({ flag: options.configFlag, env: options.env });

  async function getSummary(): Promise<ConfigSummary> {
    const { path, source } = resolvePath();
    const read = await readConfig(path, options.env);
    const base = {
      path,
      source,
      state: read.state,
      readOnly: read.readOnly !== null,
      readOnlyReason: read.readOnly?.reason ?? null,
      readOnlyText: read.readOnly?.text ?? null,
      parseError: read.state === 'malformed' ? read.parseError : null,
      ioError: read.state === 'unreadable' ? read.ioError : null,
    };
    return {
      ...base,
      ...(watchError ? { watchError } : {}),
      summary: read.state === 'ok' ? summarizeConfig(resolvedForSummary(read.config, path, options.env)) : null,
    };
  }

  return {
    resolvePath,
    read: () => readConfig(resolvePath().path, options.env),

    getSummary,

    async startWatching() {
      if (watcher) return;
      const { path } = resolvePath();
      // The first page needs the parsed file: parse it while starting, before the panel serves
      // a page (parsed-cache.ts; a 1.8 MB config takes about a second). Its state, missing or
      // malformed included, is reported when asked for.
      await getSummary().catch((error: unknown) =>
        console.error(`[config] could not read ${path} ahead of the first request: ${(error as Error).message}`),
      );
      watcher = await watchConfigFile(
        path,
        (change) => options.events.emit('configChanged', { path, change }),
        (error) => {
          // Never silent: log it and tell the UI that outside edits are no longer seen.
          console.error(`[config] stopped watching ${path}: ${error.message}`);
          const detail = (error as NodeJS.ErrnoException).code ?? error.message;
          watchError = msg('config.watchFailed', { path, detail });
          options.events.emit('configChanged', { path, change: 'unwatched', error: watchError });
          watcher = undefined;
        },
      );
    },

    stop() {
      watcher?.close();
      watcher = undefined;
    },
  };
}
