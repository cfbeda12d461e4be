/**
 * The service container: builds every service once for a host (the desktop app, the
 * headless panel, or the CLI). Services are plain Node and never import 'electron';
 * host-specific facts (versions, how it runs) are passed in.
 */
import type { AppInfo } from '../../shared/api/contract';
import { defaultStateDir } from './app-paths';
import { createCheckupService, type CheckupService } from './checkup/checkup-service';
import { createConfigService, type ConfigService } from './config/config-service';
import { createConfigStore, type ConfigStore } from './config/config-store';
import type { DesktopPort } from './desktop-port';
import { createEventBus, type EventBus } from './event-bus';
import { createHardwareService, type HardwareService } from './hardware/hardware-service';
import { createMachinesService, type MachinesService } from './machines/machines-service';
import { validateWithOpenClaw } from './config/openclaw-validator';
import { createOpenClawService, type OpenClawService } from './openclaw/openclaw-service';
import { createServersService, type ServersService } from './servers/servers-service';
import { createLanguageService, type LanguageService } from './language';
import { createSettingsStore, type SettingsStore } from './settings';

export interface ServiceOptions {
  host: AppInfo['host'];
  appVersion: string;
  electronVersion?: string | null;
  configFlag?: string;
  /** `--openclaw <path>`: the OpenClaw binary to use for this run. */
  openclawFlag?: string;
  env?: Readonly<Record<string, string | undefined>>;
  /** The app's own state folder; defaults to the platform's usual place. */
  stateDir?: string;
  /** The desktop app's login-item and Dock controls (absent in the headless panel and the CLI). */
  desktop?: DesktopPort;
}

export interface Services {
  options: Required<Pick<ServiceOptions, 'host' | 'appVersion'>> & {
    electronVersion: string | null;
    env: Readonly<Record<string, string | undefined>>;
  };
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

export function createServices(options: ServiceOptions): Services {
  const env = options.env ?? process.env;
  const events = createEventBus();
  const config = createConfigService({ configFlag: options.configFlag, env, events });
  const stateDir = options.stateDir ?? defaultStateDir(env);
  const settings = createSettingsStore(stateDir);
  const openclaw = createOpenClawService({ env, stateDir, settings, flag: options.openclawFlag });
  const configStore = createConfigStore({
    resolvePath: config.resolvePath,
    env,
    stateDir,
    tool: options.host,
    schemaValidate: async (value) => (await openclaw.validator()).validate(value),
    openclawVersion: async () => (await openclaw.installed()).version,
    openclawValidate: async (file) =>
      validateWithOpenClaw(file, env, undefined, (await openclaw.installed()).located?.path ?? null),
  });
  const hardware = createHardwareService({ env });
  // CLAW_CONTROL_KEEP_WARM_INTERVAL_MS overrides every keep-warm method's interval (tests, impatient users).
  const warmInterval = Number(env.CLAW_CONTROL_KEEP_WARM_INTERVAL_MS) || undefined;
  const servers = createServersService({
    readConfig: config.read,
    settings,
    events,
    env,
    intervalMs: warmInterval,
  });
  const machines = createMachinesService({ settings, hardware });
  const checkup = createCheckupService({
    configStore,
    settings,
    hardware,
    env,
    openclawVersion: async () => (await openclaw.installed()).version,
  });
  return {
    options: {
      host: options.host,
      appVersion: options.appVersion,
      electronVersion: options.electronVersion ?? null,
      env,
    },
    events,
    config,
    configStore,
    hardware,
    settings,
    language: createLanguageService({ settings, events }),
    openclaw,
    servers,
    machines,
    checkup,
    desktop: options.desktop ?? null,
    async start() {
      await config.startWatching();
      await servers.start();
    },
    stop() {
      config.stop();
      servers.stop();
    },
  };
}
