/**
 * The config service: resolves which file OpenClaw uses, reads it, summarises it for
 * the Overview, and reports outside edits — of the file and of every file it `$include`s —
 * as `configChanged` events.
 */
import type { ConfigSummary } from '@shared/api/schemas/config-summary';
import { summarizeConfig } from '@shared/config/summary';
import type { EventBus } from '../event-bus';
import { msg, type Message } from '@shared/i18n/message';
import { readConfig, type ConfigRead } from './config-reader';
import { IncludeError, includedFiles, resolveIncludes } from './includes';
import { isPlainObject } from '@shared/json5/deep-equal';
import { resolveConfigPath, type ResolvedConfigPath } from './config-path';
import { watchConfigFile, type ConfigFileChange, type ConfigWatcher } from './config-watcher';
import { createIncludeWatch, type IncludeWatch } from './include-watch';

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
  let includeWatch: IncludeWatch | undefined;
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
      /** Watching `file` (the config or an included file) failed: never silent, the log and the UI say so. */
      const failed = (file: string, error: Error) => {
        console.error(`[config] stopped watching ${file}: ${error.message}`);
        const detail = (error as NodeJS.ErrnoException).code ?? error.message;
        watchError = msg('config.watchFailed', { path: file, detail });
        options.events.emit('configChanged', { path: file, change: 'unwatched', error: watchError });
      };
      /**
       * A change of the config or of an included file: the include watchers follow the config as
       * it is now, then the change is reported (in that order, so the reload it starts sees every
       * later edit of a newly included file too).
       */
      const changed = (file: string, change: ConfigFileChange) => {
        const report = () => options.events.emit('configChanged', { path: file, change });
        if (!includeWatch) return report();
        includeWatch.refresh().then(report, (error: Error) => {
          console.error(`[config] could not follow the $include files of ${path}: ${error.message}`);
          report();
        });
      };
      const watching = createIncludeWatch({
        async list() {
          const read = await readConfig(path, options.env);
          return read.state === 'ok' ? includedFiles(read.config, path, options.env) : [];
        },
        onChange: changed,
        onFailure: failed,
      });
      includeWatch = watching;
      watcher = await watchConfigFile(
        path,
        (change) => changed(path, change),
        (error) => {
          failed(path, error);
          watcher = undefined;
          // Outside edits are no longer seen (until a restart): the included files' watchers end too.
          watching.close();
        },
      );
      await watching
        .refresh()
        .catch((error: Error) =>
          console.error(`[config] could not watch the $include files of ${path}: ${error.message}`),
        );
    },

    stop() {
      watcher?.close();
      watcher = undefined;
      includeWatch?.close();
      includeWatch = undefined;
    },
  };
}
