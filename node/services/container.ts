/** The services container's shape: every service, built once per host by node/host/services.ts. */
import type { AppInfo } from '@shared/api/contract';
import type { CheckupService } from './checkup/checkup-service';
import type { ConfigService } from './config/config-service';
import type { ConfigStore } from './config/config-store';
import type { DesktopPort } from './desktop-port';
import type { EventBus } from './event-bus';
import type { HardwareService } from './hardware/hardware-service';
import type { HostContext } from '@node/platform/host-context';
import type { LanguageService } from './language';
import type { MachinesService } from './machines/machines-service';
import type { OpenClawService } from './openclaw/openclaw-service';
import type { ServersService } from './servers/servers-service';
import type { SettingsStore } from './settings';

export interface Services {
  options: {
    host: AppInfo['host'];
    appVersion: string;
    electronVersion: string | null;
    env: Readonly<Record<string, string | undefined>>;
  };
  /** The host's facts, resolved once (env, home, platform, folders). */
  hostContext: HostContext;
  events: EventBus;
  config: ConfigService;
  configStore: ConfigStore;
  hardware: HardwareService;
  settings: SettingsStore;
  language: LanguageService;
  openclaw: OpenClawService;
  servers: ServersService;
  machines: MachinesService;
  checkup: CheckupService;
  desktop: DesktopPort | null;
  /** Starts background work (file watching); the CLI's one-shot commands never call it. */
  start(): Promise<void>;
  stop(): void;
}
