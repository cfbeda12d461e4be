/**
 * The composition root: builds every service once for a host (the desktop app, the
 * headless panel, or the CLI). Services are plain Node and never import 'electron';
 * host-specific facts (versions, how it runs) are passed in.
 */
import type { AppInfo } from '@shared/api/contract';
import { createHostContext } from '@node/platform/host-context';
import type { Services } from '@node/services/container';
import { createCheckupService } from '@node/services/checkup/checkup-service';
import { createConfigService } from '@node/services/config/config-service';
import { createConfigStore } from '@node/services/config/config-store';
import { fitModel } from '@node/services/fit/fit-model';
import type { DesktopPort } from '@node/services/desktop-port';
import { createEventBus } from '@node/services/event-bus';
import { createHardwareService } from '@node/services/hardware/hardware-service';
import { createMachinesService } from '@node/services/machines/machines-service';
import { validateWithOpenClaw } from '@node/services/config/openclaw-validator';
import { createOpenClawService } from '@node/services/openclaw/openclaw-service';
import { createServersService } from '@node/services/servers/servers-service';
import { createLanguageService } from '@node/services/language';
import { createSettingsStore } from '@node/services/settings';

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

export function createServices(options: ServiceOptions): Services {
  const hostContext = createHostContext({ env: options.env, stateDir: options.stateDir });
  const { env, stateDir } = hostContext;
  const events = createEventBus();
  const config = createConfigService({ configFlag: options.configFlag, env, events });
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
  const hardware = createHardwareService({ env, stateDir });
  // CLAW_CONTROL_KEEP_WARM_INTERVAL_MS overrides every keep-warm method's interval (tests, impatient users).
  const warmInterval = Number(env.CLAW_CONTROL_KEEP_WARM_INTERVAL_MS) || undefined;
  const servers = createServersService({
    document: config.document,
    settings,
    events,
    env,
    intervalMs: warmInterval,
  });
  const machines = createMachinesService({ settings, hardware });
  const info = {
    host: options.host,
    appVersion: options.appVersion,
    electronVersion: options.electronVersion ?? null,
    env,
  };
  const checkup = createCheckupService({
    configStore,
    settings,
    hardware,
    env,
    openclawVersion: async () => (await openclaw.installed()).version,
    fit: (input) => fitModel({ configStore, hardware, settings, servers, options: info }, input),
  });
  return {
    options: info,
    hostContext,
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
      // A save that crashed left the version it replaced beside the ring: put it back (the lock is taken only then).
      await configStore.recover().then(
        (found) => found.length && console.error(`[config] recovered ${found.join(', ')} into the backup ring`),
        (error: Error) => console.error(`[config] could not recover what a crashed save left: ${error.message}`),
      );
      await config.startWatching();
      await servers.start();
    },
    stop() {
      config.stop();
      servers.stop();
    },
  };
}
