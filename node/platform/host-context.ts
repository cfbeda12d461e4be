/**
 * The host context: the environment, home, platform and folders of the process the services
 * run in, resolved once when the services are built (node/host/services.ts) and handed to
 * every service — no service reads process.env or the OS home on its own.
 */
import { defaultStateDir } from './app-paths';
import { APP_ROOT } from './app-root';
import { openClawHome, osHome } from './home-dir';

export type Env = Readonly<Record<string, string | undefined>>;

export interface HostContext {
  /** The environment as the process got it (tests pass their own). */
  readonly env: Env;
  /** The user's home folder (HOME > USERPROFILE > os.homedir()). */
  readonly home: string;
  /** OpenClaw's home (OPENCLAW_HOME, `~` expanded, else the user's home). */
  readonly openclawHome: string;
  readonly platform: NodeJS.Platform;
  /** Claw Control's own state folder (settings, undo record, tokens). */
  readonly stateDir: string;
  /** Where the app's files are (package.json, resources/, out/). */
  readonly appRoot: string;
}

export interface HostContextOptions {
  env?: Env;
  stateDir?: string;
  platform?: NodeJS.Platform;
}

/** Resolves the host's facts once. */
export function createHostContext(options: HostContextOptions = {}): HostContext {
  const env = options.env ?? process.env;
  return Object.freeze({
    env,
    home: osHome(env),
    openclawHome: openClawHome(env),
    platform: options.platform ?? process.platform,
    stateDir: options.stateDir ?? defaultStateDir(env),
    appRoot: APP_ROOT,
  });
}
