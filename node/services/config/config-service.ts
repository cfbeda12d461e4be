/**
 * The config service: resolves which file OpenClaw uses, reads it, summarises it for
 * the Overview, and reports outside edits — of the file and of every file it `$include`s —
 * as `configChanged` events.
 */
import type { ConfigSummary } from '@shared/api/schemas/config-summary';
import { summarizeConfig } from '@shared/config/summary';
import type { EventBus } from '../event-bus';
import { msg, type Message } from '@shared/i18n/message';
import type { ConfigRead } from './config-reader';
import { readDocument, type ConfigDocument } from './config-document';
import { memoByValue } from './parsed-cache';
import { includedFiles } from './includes';
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
  /** The config document, read now (the one reader: config-document.ts). */
  document(): Promise<ConfigDocument>;
  getSummary(): Promise<ConfigSummary>;
  startWatching(): Promise<void>;
  stop(): void;
}

/** The summary of an unchanged config is not computed again. */
const summarizeDocument = memoByValue((resolved: object) => summarizeConfig(resolved));

export function createConfigService(options: ConfigServiceOptions): ConfigService {
  let watcher: ConfigWatcher | undefined;
  let includeWatch: IncludeWatch | undefined;
  /** Why outside edits are no longer seen (the watcher failed); the summary carries it for panels opened later. */
  let watchError: Message | null = null;
  const resolvePath = () => resolveConfigPath({ flag: options.configFlag, env: options.env });

  const document = () => readDocument(resolvePath().path, options.env);

  async function getSummary(): Promise<ConfigSummary> {
    const { source } = resolvePath();
    const doc = await document();
    return {
      path: doc.path,
      source,
      state: doc.state,
      readOnly: doc.readOnly !== null,
      readOnlyReason: doc.readOnly,
      parseError: doc.parseError,
      ioError: doc.ioError,
      ...(watchError ? { watchError } : {}),
      // The config as OpenClaw reads it ($include resolved), so included providers are listed.
      summary: doc.state === 'ok' ? summarizeDocument(doc.resolved) : null,
    };
  }

  return {
    resolvePath,
    read: async () => (await document()).read,
    document,

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
          const doc = await readDocument(path, options.env);
          return doc.exists ? includedFiles(doc.config, path, options.env) : [];
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
