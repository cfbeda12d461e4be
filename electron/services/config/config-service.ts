/**
 * The config service: resolves which file OpenClaw uses, reads it, summarises it for
 * the Overview, and reports outside edits as `configChanged` events.
 */
import type { ConfigSummary } from '../../../shared/api/schemas/config-summary';
import { summarizeConfig } from '../../../shared/config/summary';
import type { EventBus } from '../event-bus';
import { readConfigFile, readOnlyReason } from './config-file';
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
  const resolvePath = () => resolveConfigPath({ flag: options.configFlag, env: options.env });

  return {
    resolvePath,

    async getSummary() {
      const { path, source } = resolvePath();
      const read = await readConfigFile(path);
      const reason = readOnlyReason(options.env);
      const base = {
        path,
        source,
        state: read.state,
        readOnly: reason !== null || read.state === 'malformed' || read.state === 'unreadable',
        readOnlyReason:
          reason ??
          (read.state === 'malformed'
            ? read.parseError.typographicQuotes
              ? 'the file does not parse: it uses typographic quotes (“ ” ‘ ’); straighten them first'
              : read.parseError.backup
                ? `the file does not parse; fix it by hand or restore ${read.parseError.backup}`
                : 'the file does not parse; fix it by hand'
            : read.state === 'unreadable'
              ? 'the file cannot be read'
              : null),
        parseError: read.state === 'malformed' ? read.parseError : null,
        ioError: read.state === 'unreadable' ? read.ioError : null,
      };
      return {
        ...base,
        summary: read.state === 'ok' ? summarizeConfig(resolvedForSummary(read.value, path, options.env)) : null,
      };
    },

    async startWatching() {
      if (watcher) return;
      const { path } = resolvePath();
      watcher = await watchConfigFile(path, (change) => options.events.emit('configChanged', { path, change }));
    },

    stop() {
      watcher?.close();
      watcher = undefined;
    },
  };
}
