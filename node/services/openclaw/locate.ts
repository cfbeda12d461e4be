/**
 * Finds the user's installed `openclaw`: the path set in Claw Control (flag or setting), else
 * OPENCLAW_BIN, else PATH, else npm's global prefix, else the Homebrew prefixes. Returns where
 * it came from so the Overview and `claw-control info` can say it.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

export type OpenClawSource = 'flag' | 'setting' | 'env' | 'path' | 'npm-prefix' | 'homebrew';

export interface LocatedOpenClaw {
  path: string;
  source: OpenClawSource;
}

const exts = (): string[] => (process.platform === 'win32' ? ['.cmd', '.exe', ''] : ['']);

function executable(candidate: string): boolean {
  try {
    accessSync(candidate, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function inDir(dir: string): string | null {
  for (const ext of exts()) {
    const candidate = path.join(dir, `openclaw${ext}`);
    if (executable(candidate)) return candidate;
  }
  return null;
}

/** npm's global bin folders that do not need running npm: npm_config_prefix, then the usual defaults. */
export function npmGlobalBinDirs(env: Env): string[] {
  const prefixes = [env.npm_config_prefix, env.NPM_CONFIG_PREFIX, env.HOME && path.join(env.HOME, '.npm-global')];
  if (process.platform === 'win32' && env.APPDATA) prefixes.push(path.join(env.APPDATA, 'npm'));
  return prefixes
    .filter((p): p is string => Boolean(p))
    .map((prefix) => (process.platform === 'win32' ? prefix : path.join(prefix, 'bin')));
}

export const HOMEBREW_BIN_DIRS = ['/opt/homebrew/bin', '/usr/local/bin', '/home/linuxbrew/.linuxbrew/bin'];

export interface LocateOptions {
  env: Env;
  /** `--openclaw <path>` on the command line. */
  flag?: string | null;
  /** The path saved in Claw Control's settings. */
  setting?: string | null;
}

export function locateOpenClaw({ env, flag, setting }: LocateOptions): LocatedOpenClaw | null {
  if (flag?.trim()) return { path: path.resolve(flag.trim()), source: 'flag' };
  if (setting?.trim()) return { path: path.resolve(setting.trim()), source: 'setting' };
  if (env.OPENCLAW_BIN?.trim()) return { path: env.OPENCLAW_BIN.trim(), source: 'env' };
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const found = inDir(dir);
    if (found) return { path: found, source: 'path' };
  }
  for (const dir of npmGlobalBinDirs(env)) {
    const found = inDir(dir);
    if (found) return { path: found, source: 'npm-prefix' };
  }
  for (const dir of HOMEBREW_BIN_DIRS) {
    const found = inDir(dir);
    if (found) return { path: found, source: 'homebrew' };
  }
  return null;
}

/** `OpenClaw 2026.9.6 (eb377ac)` → `2026.9.6`; null when the text names no version. */
export function parseOpenClawVersion(text: string): string | null {
  const match = /(\d{4}\.\d{1,2}\.\d{1,2}(?:[-.][0-9A-Za-z.]+)?)/.exec(text) ?? /(\d+\.\d+\.\d+)/.exec(text);
  return match ? match[1]! : null;
}
