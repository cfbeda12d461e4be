/**
 * Finds the OpenClaw config file exactly as OpenClaw does (src/config/paths.ts):
 * `--config`, then OPENCLAW_CONFIG_PATH, then OPENCLAW_STATE_DIR (with its legacy
 * clawdbot.json), then the profile state dir, then ~/.openclaw and the legacy names.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ConfigPathSource } from '@shared/api/schemas/config-summary';
import { openClawHome, userPath } from '@node/platform/home-dir';

export interface ResolvedConfigPath {
  path: string;
  source: ConfigPathSource;
}

export interface ConfigPathInputs {
  /** The `--config` flag, when given. */
  flag?: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Injected for tests; defaults to the real file system. */
  fileExists?: (p: string) => boolean;
  /** Injected for tests; defaults to os.homedir(). */
  osHomedir?: () => string;
}

const nonEmpty = (v: string | undefined): string | undefined => (v && v.trim() ? v.trim() : undefined);

export function resolveConfigPath(inputs: ConfigPathInputs): ResolvedConfigPath {
  const { env } = inputs;
  const exists = inputs.fileExists ?? existsSync;
  const home = openClawHome(env, inputs.osHomedir);
  const absolute = (p: string) => userPath(p, home);

  const flag = nonEmpty(inputs.flag);
  if (flag) return { path: absolute(flag), source: 'flag' };

  const explicit = nonEmpty(env.OPENCLAW_CONFIG_PATH);
  if (explicit) return { path: absolute(explicit), source: 'OPENCLAW_CONFIG_PATH' };

  const stateDir = nonEmpty(env.OPENCLAW_STATE_DIR);
  if (stateDir) {
    const dir = absolute(stateDir);
    const current = path.join(dir, 'openclaw.json');
    const legacy = path.join(dir, 'clawdbot.json');
    if (!exists(current) && exists(legacy)) return { path: legacy, source: 'legacy' };
    return { path: current, source: 'OPENCLAW_STATE_DIR' };
  }

  const profile = nonEmpty(env.OPENCLAW_PROFILE);
  if (profile && profile !== 'default') {
    return { path: path.join(home, `.openclaw-${profile}`, 'openclaw.json'), source: 'OPENCLAW_PROFILE' };
  }

  const preferred = path.join(home, '.openclaw', 'openclaw.json');
  const legacyCandidates = [
    path.join(home, '.openclaw', 'clawdbot.json'),
    path.join(home, '.clawdbot', 'openclaw.json'),
    path.join(home, '.clawdbot', 'clawdbot.json'),
  ];
  if (exists(preferred)) return { path: preferred, source: 'default' };
  const legacy = legacyCandidates.find((candidate) => exists(candidate));
  if (legacy) return { path: legacy, source: 'legacy' };
  return { path: preferred, source: 'default' };
}
