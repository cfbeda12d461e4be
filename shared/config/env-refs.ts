/**
 * `${VAR}` in config values, resolved exactly as OpenClaw 2026.9.6 does — the one place
 * that knows the rule (base URLs, API keys, the check-up's credential check all use it).
 *
 * Sources (openclaw@2026.9.6, dist regions named after these files):
 * - src/config/env-substitution.ts — `${NAME}` with NAME matching `[A-Z_][A-Z0-9_]*`
 *   (uppercase only; `${lower}` stays as written); `$${NAME}` writes a literal `${NAME}`;
 *   a variable that is unset OR empty is missing (the read keeps `${NAME}` and warns).
 * - src/config/config-env-vars.ts (applyConfigEnvVars) — the config's own `env.vars.*`
 *   and `env.*` strings (not `shellEnv`) fill the environment first, but never replace a
 *   non-blank value already there; blank values, names that are not portable
 *   (`[A-Za-z_][A-Za-z0-9_]*`), values that themselves hold a `${VAR}`, and the blocked
 *   names are skipped. The blocked names are OpenClaw's whole isBlockedConfigEnvVar rule
 *   (its three OPENCLAW_* names plus the host-security deny list: NODE_OPTIONS, proxies,
 *   cloud credentials, LD_* / GIT_CONFIG_* / TF_VAR_* …, any letter case), copied with its
 *   sources in openclaw-env-deny.ts. ZAI_API_KEY and its legacy spelling Z_AI_API_KEY are one
 *   variable (src/infra/env.ts, ENV_NORMALIZATION_KEY_GROUPS and normalizeZaiEnv; dist
 *   env-*.mjs): a non-blank value under either name that is not the config's own wins for both,
 *   and a blank ZAI_API_KEY takes Z_AI_API_KEY's value at the end.
 * - src/config/types.secrets.ts — a secret written whole as `${NAME}` or `$NAME`
 *   (NAME `[A-Z][A-Z0-9_]{0,127}`, after trimming) is an env SecretRef, as is
 *   `{ source: "env", id }`.
 * - From OpenClaw 2026.9.7 on, `${NAME:-fallback}` expands: NAME's value, or the fallback when NAME
 *   is unset or empty (never missing); `$${NAME:-fallback}` stays the literal `${NAME:-fallback}`.
 *   Source: issue #26, citing the 2026.9.7 release notes — only 2026.9.6 is installed here, so
 *   this part is the changelog's word, not read from OpenClaw's code. 2026.9.6 leaves both as written.
 * Every function takes the release it reads for (null: the pinned release, as judged.ts does).
 * Pure: the caller passes the environment (the panel in the browser passes none).
 */
import { isPlainObject } from '../json5/deep-equal';
import { isBlockedConfigEnvName } from './openclaw-env-deny';
import { releaseAtLeast } from './openclaw-release';

/** The first release that expands `${NAME:-fallback}` (issue #26; OpenClaw 2026.9.7 release notes). */
export const ENV_FALLBACK_SINCE = '2026.9.7';

/** Whether `release` (null: the pinned 2026.9.6) expands `${NAME:-fallback}`. */
export const expandsEnvFallback = (release: string | null): boolean =>
  release !== null && releaseAtLeast(release, ENV_FALLBACK_SINCE);

export type Env = Readonly<Record<string, string | undefined>>;

const NAME = /^[A-Z_][A-Z0-9_]*$/;
const PORTABLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_TEMPLATE = /^\$\{([A-Z][A-Z0-9_]{0,127})\}$/;
const SECRET_SHORTHAND = /^\$([A-Z][A-Z0-9_]{0,127})$/;

type Token = { kind: 'escaped' | 'ref'; name: string; end: number; body: string; fallback?: string };

/**
 * OpenClaw's parseEnvTokenAt: `$${NAME}` (escaped) or `${NAME}` (a reference) starting at `i`;
 * with `fallback` (2026.9.7+) also `${NAME:-fallback}`, the fallback running to the first `}`.
 */
function tokenAt(text: string, i: number, fallback: boolean): Token | null {
  if (text[i] !== '$') return null;
  const braceAt = text[i + 1] === '$' && text[i + 2] === '{' ? i + 2 : text[i + 1] === '{' ? i + 1 : -1;
  if (braceAt < 0) return null;
  const end = text.indexOf('}', braceAt + 1);
  if (end === -1) return null;
  const body = text.slice(braceAt + 1, end);
  const kind = braceAt === i + 2 ? 'escaped' : 'ref';
  if (NAME.test(body)) return { kind, name: body, end, body };
  const split = fallback ? body.indexOf(':-') : -1;
  if (split < 0 || !NAME.test(body.slice(0, split))) return null;
  return { kind, name: body.slice(0, split), end, body, fallback: body.slice(split + 2) };
}

const present = (env: Env, name: string): string | undefined => {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
};

export interface Substituted {
  /** The text with every reference replaced; a missing one stays written as `${NAME}`, as in OpenClaw's read. */
  text: string;
  /** The names that were unset or empty, in order of appearance (repeats kept once). */
  missing: string[];
}

/** Replaces `${NAME}` references in one string value as `release` reads them (OpenClaw's substituteString). */
export function substituteEnvRefs(text: string, env: Env, release: string | null = null): Substituted {
  if (!text.includes('$')) return { text, missing: [] };
  const fallback = expandsEnvFallback(release);
  let out = '';
  const missing: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const token = text[i] === '$' ? tokenAt(text, i, fallback) : null;
    if (!token) {
      out += text[i];
      continue;
    }
    i = token.end;
    if (token.kind === 'escaped') {
      out += `\${${token.body}}`;
      continue;
    }
    const value = present(env, token.name) ?? token.fallback;
    if (value === undefined && !missing.includes(token.name)) missing.push(token.name);
    out += value ?? `\${${token.body}}`;
  }
  return { text: out, missing };
}

/** The value with its references resolved as `release` reads them, or undefined when any of them is missing. */
export function resolveEnvString(text: string, env: Env, release: string | null = null): string | undefined {
  const { text: out, missing } = substituteEnvRefs(text, env, release);
  return missing.length ? undefined : out;
}

/**
 * The names a value needs set, as `release` reads it: escaped `$${NAME}` is no reference, and a
 * `${NAME:-fallback}` (2026.9.7+) needs nothing (its fallback stands in).
 */
export function envRefNames(text: string, release: string | null = null): string[] {
  const fallback = expandsEnvFallback(release);
  const names: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const token = tokenAt(text, i, fallback);
    if (!token) continue;
    if (token.kind === 'ref' && token.fallback === undefined && !names.includes(token.name)) names.push(token.name);
    i = token.end;
  }
  return names;
}

/** The config's own variables OpenClaw would apply: `env.vars.*`, then `env.*` strings (later wins). */
export function configEnvVars(config: Readonly<Record<string, unknown>>): Record<string, string> {
  const envConfig = isPlainObject(config.env) ? config.env : null;
  if (!envConfig) return {};
  const entries: Record<string, string> = {};
  const take = (rawKey: string, value: unknown) => {
    if (typeof value !== 'string' || !value.trim()) return;
    const key = rawKey.trim();
    if (!PORTABLE_KEY.test(key) || isBlockedConfigEnvName(key) || envRefNames(value).length) return;
    entries[key] = value;
  };
  if (isPlainObject(envConfig.vars)) for (const [key, value] of Object.entries(envConfig.vars)) take(key, value);
  for (const [key, value] of Object.entries(envConfig)) if (key !== 'shellEnv' && key !== 'vars') take(key, value);
  return entries;
}

/** The environment OpenClaw resolves against: the process's, with the config's variables filling blanks. */
export function effectiveEnv(config: Readonly<Record<string, unknown>>, processEnv: Env = {}): Env {
  const env: Record<string, string | undefined> = { ...processEnv };
  const entries = configEnvVars(config);
  // The config's values under each name of a group, so a process value equal to one is not "the user's".
  const configValues = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(entries))
    for (const name of sameVariable(key)) configValues.set(name, (configValues.get(name) ?? new Set()).add(value));
  // A non-blank value already there (under any name of the group) that is not the config's own wins.
  const kept = new Map<string, string>();
  for (const key of Object.keys(entries)) {
    const names = sameVariable(key);
    const winner = names.map((n) => env[n]).find((v, i) => v?.trim() && !configValues.get(names[i]!)?.has(v));
    if (winner !== undefined) for (const name of names) kept.set(name, winner);
  }
  for (const [key, value] of Object.entries(entries)) {
    const winner = kept.get(key);
    if (winner !== undefined) env[key] = winner;
    else if (!env[key]?.trim()) env[key] = value;
  }
  if (!env.ZAI_API_KEY?.trim() && env.Z_AI_API_KEY?.trim()) env.ZAI_API_KEY = env.Z_AI_API_KEY;
  return env;
}

/** Names OpenClaw treats as one variable (canonical first); any other name stands alone. */
const SAME_VARIABLE = [['ZAI_API_KEY', 'Z_AI_API_KEY']];
const sameVariable = (key: string): string[] => SAME_VARIABLE.find((group) => group.includes(key)) ?? [key];

/** The variable a secret names when written whole as `${NAME}` or `$NAME` (OpenClaw's env SecretRef shorthand). */
export function secretEnvName(value: string): string | null {
  const trimmed = value.trim();
  const match = SECRET_TEMPLATE.exec(trimmed) ?? SECRET_SHORTHAND.exec(trimmed);
  return match ? match[1]! : null;
}

/** The variables a credential value needs: a SecretRef's id, the shorthand's name, or the `${NAME}`s inside. */
export function credentialEnvNames(value: unknown, release: string | null = null): string[] {
  if (typeof value === 'string') {
    const whole = secretEnvName(value);
    return whole ? [whole] : envRefNames(value, release);
  }
  if (isPlainObject(value) && value.source === 'env' && typeof value.id === 'string') return [value.id];
  return [];
}

/** A credential for requests, resolved in memory (plaintext, `${VAR}`, `$VAR`, env SecretRef); never written. */
export function resolveCredential(value: unknown, env: Env, release: string | null = null): string | undefined {
  if (typeof value === 'string') {
    const whole = secretEnvName(value);
    return whole ? present(env, whole) : resolveEnvString(value, env, release);
  }
  if (isPlainObject(value) && value.source === 'env' && typeof value.id === 'string') return present(env, value.id);
  return undefined;
}
