/**
 * The home folder and `~` in paths — the one place that knows them, following OpenClaw
 * 2026.9.6's src/infra/home-dir.ts: the OS home is HOME, else USERPROFILE, else
 * os.homedir() (blank, "undefined" and "null" count as unset); OpenClaw's home is
 * OPENCLAW_HOME (itself `~`-expanded against the OS home) when set, else the OS home; a
 * path's leading `~` is expanded only when it stands alone or before a slash (`~user` is not).
 */
import os from 'node:os';
import path from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

const value = (v: string | undefined): string | undefined => {
  const trimmed = v?.trim();
  return trimmed && trimmed !== 'undefined' && trimmed !== 'null' ? trimmed : undefined;
};

/** `~` or `~/…` (`~\…` too) with `home` put in; anything else unchanged (OpenClaw's expandHomePrefix). */
export function expandHome(p: string, home: string): string {
  return p.startsWith('~') ? p.replace(/^~(?=$|[\\/])/, () => home) : p;
}

/** The user's home folder (HOME > USERPROFILE > os.homedir()). */
export function osHome(env: Env, homedir: () => string = os.homedir): string {
  return path.resolve(value(env.HOME) ?? value(env.USERPROFILE) ?? homedir());
}

/** OpenClaw's home: OPENCLAW_HOME (with `~` expanded) > the OS home. */
export function openClawHome(env: Env, homedir: () => string = os.homedir): string {
  const explicit = value(env.OPENCLAW_HOME);
  return explicit ? path.resolve(expandHome(explicit, osHome(env, homedir))) : osHome(env, homedir);
}

/** A path as a user types it, made absolute: `~` is `home`, the rest is relative to the working folder. */
export function userPath(input: string, home: string): string {
  const trimmed = input.trim();
  return trimmed ? path.resolve(expandHome(trimmed, home)) : trimmed;
}
