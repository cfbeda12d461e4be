/**
 * The check `openclaw config validate` makes on exec secret providers' commands, on this machine:
 * an absolute path to a file the current user owns, not a symlink, not group/world-writable,
 * inside `trustedDirs` when given. OpenClaw 2026.9.6, dist/exec-provider-path-validation-7Cc3wazF.mjs
 * (src/secrets/exec-provider-path-validation.ts, assertSecureExecCommandPath; called by
 * collectConfigSecretProviderErrors in dist/config-cli-validation-DyKG-_XG.mjs). Its wording.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { ConfigIssue } from '@shared/config/validate';
import { isPlainObject } from '@shared/json5/deep-equal';

/** `~` expanded against `home` (OpenClaw's resolveUserPath); null when it needs a home we were not given. */
function userPath(input: string, home: string | undefined): string | null {
  const trimmed = input.trim();
  if (!trimmed) return '';
  if (trimmed.startsWith('~')) return home ? path.resolve(home, trimmed.slice(1).replace(/^[/\\]/, '')) : null;
  return path.resolve(trimmed);
}

const inside = (dir: string, file: string) => {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

function commandProblem(command: unknown, trustedDirs: unknown, label: string, home?: string): string | null {
  const file = typeof command === 'string' ? userPath(command, home) : '';
  if (file === null) return null; // `~/…` without a home to resolve it: OpenClaw decides
  if (!file) return `${label} must be an absolute path.`;
  let stat;
  try {
    stat = lstatSync(file);
  } catch {
    return `${label} is not readable: ${file}`;
  }
  if (stat.isDirectory()) return `${label} must be a file: ${file}`;
  if (stat.isSymbolicLink()) return `${label} must not be a symlink: ${file}`;
  if (Array.isArray(trustedDirs) && trustedDirs.length > 0) {
    const dirs = trustedDirs.map((d) => (typeof d === 'string' ? userPath(d, home) : null));
    if (!dirs.some((dir) => dir && inside(dir, file))) return `${label} is outside trustedDirs: ${file}`;
  }
  if (process.platform === 'win32') return null; // ACLs: only OpenClaw can judge them
  if (stat.mode & 0o022) return `${label} permissions are too open: ${file}`;
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid) return `${label} must be owned by the current user (uid=${uid}): ${file}`;
  return null;
}

/** Issues for each `secrets.providers.<alias>` that names a command (plugin integrations are OpenClaw's to resolve). */
export function secretCommandIssues(config: unknown, home?: string): ConfigIssue[] {
  const secrets = isPlainObject(config) ? config.secrets : undefined;
  const providers = isPlainObject(secrets) ? secrets.providers : undefined;
  if (!isPlainObject(providers)) return [];
  const issues: ConfigIssue[] = [];
  for (const [alias, provider] of Object.entries(providers)) {
    if (!isPlainObject(provider) || !('command' in provider) || isPlainObject(provider.pluginIntegration)) continue;
    const label = `secrets.providers.${alias}.command`;
    const problem = commandProblem(provider.command, provider.trustedDirs, label, home);
    if (problem) issues.push({ path: label, message: problem });
  }
  return issues;
}
