/**
 * The service container: builds every service once for a host (the desktop app, the
 * headless panel, or the CLI). Services are plain Node and never import 'electron';
 * host-specific facts (versions, how it runs) are passed in.
 */
import type { AppInfo } from '../../shared/api/contract';
import { createConfigService, type ConfigService } from './config/config-service';
import { createEventBus, type EventBus } from './event-bus';

export interface ServiceOptions {
  host: AppInfo['host'];
  appVersion: string;
  electronVersion?: string | null;
  configFlag?: string;
  env?: Readonly<Record<string, string | undefined>>;
}

export interface Services {
  options: Required<Pick<ServiceOptions, 'host' | 'appVersion'>> & { electronVersion: string | null };
  events: EventBus;
  config: ConfigService;
  /** Starts background work (file watching); the CLI's one-shot commands never call it. */
  start(): Promise<void>;
  stop(): void;
}

export function createServices(options: ServiceOptions): Services {
  const env = options.env ?? process.env;
  const events = createEventBus();
  const config = createConfigService({ configFlag: options.configFlag, env, events });
  return {
    options: {
      host: options.host,
      appVersion: options.appVersion,
      electronVersion: options.electronVersion ?? null,
    },
    events,
    config,
    async start() {
      await config.startWatching();
    },
    stop() {
      config.stop();
    },
  };
}
