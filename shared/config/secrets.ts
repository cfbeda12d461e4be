/**
 * How a credential is shown: plaintext secrets are masked to their last four characters,
 * `${VAR}` / `$VAR` strings (env-refs.ts) and SecretRef objects are described, never resolved. A value is a
 * secret by its name (apiKey, token, botToken, password, secret, …) or by its place
 * (every value under `env`, HTTP `headers`, `gateway.auth`). Documents, diffs and
 * messages leave the service only in masked form; revealing one field is its own call.
 */
import { isPlainObject } from '../json5/deep-equal';
import { secretEnvName } from './env-refs';
import { isSchemaSensitive, isSensitiveFieldName } from './schema-sensitive';

export type CredentialView =
  | { kind: 'none' }
  | { kind: 'plain'; masked: string }
  | { kind: 'env'; variable: string }
  | { kind: 'secret-ref'; source: string; id: string };

export const MASK = '••••';

export function maskSecret(value: string): string {
  return value.length > 8 ? `${MASK}${value.slice(-4)}` : MASK;
}

export function describeCredential(value: unknown): CredentialView {
  if (value === undefined || value === null || value === '') return { kind: 'none' };
  if (typeof value === 'string') {
    if (value.startsWith(MASK)) return { kind: 'plain', masked: value };
    const variable = secretEnvName(value);
    return variable ? { kind: 'env', variable } : { kind: 'plain', masked: maskSecret(value) };
  }
  if (isPlainObject(value) && typeof value.source === 'string') {
    return { kind: 'secret-ref', source: value.source, id: typeof value.id === 'string' ? value.id : '' };
  }
  return { kind: 'plain', masked: MASK };
}

/**
 * Names that hold a secret wherever they appear (OpenClaw's providers, channels and
 * gateway; e.g. `apiKey`, `botToken`, `appToken`, `password`, `clientSecret`, `OPENAI_API_KEY`).
 * Token *counts* (`maxTokens`, `contextTokens`) are numbers and are never masked.
 */
const SECRET_NAME =
  /^(?:value|passphrase)$|(?:api[-_]?key|token|secret|password|passwd|passphrase|private[-_]?key|credentials?|cookie|authorization)$/i;

export function isSecretName(key: string): boolean {
  return SECRET_NAME.test(key);
}

export type SecretPath = readonly (string | number)[];

/** Whether a value at `path` is secret-bearing: by OpenClaw's schema, by its own name, or because it sits under env, headers or gateway.auth. */
export function isSecretPath(path: SecretPath): boolean {
  if (isSchemaSensitive(path)) return true;
  const key = path[path.length - 1];
  if (typeof key === 'string' && isSecretName(key)) return true;
  if (path[0] === 'env' && path.length >= 2 && path[1] !== 'shellEnv') return true;
  if (path[0] === 'gateway' && path[1] === 'auth' && path.length >= 3 && path[2] !== 'mode') return true;
  return path.slice(0, -1).some((p, i) => p === 'headers' || (p === 'env' && i > 0));
}

/** A SecretRef (`{source: "env"|"file"|"exec", id}`): a pointer, shown as it is, never masked. */
const isSecretRef = (v: unknown): boolean =>
  isPlainObject(v) && (v.source === 'env' || v.source === 'file' || v.source === 'exec') && typeof v.id === 'string';

const isPlainText = (v: unknown): v is string =>
  typeof v === 'string' && v !== '' && !secretEnvName(v) && !v.startsWith(MASK);

export interface FoundSecret {
  path: (string | number)[];
  key: string;
  value: string;
}

/** Every plaintext secret in a config (env refs, SecretRefs and already-masked values skipped). */
export function findSecrets(value: unknown, path: (string | number)[] = []): FoundSecret[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => findSecrets(item, [...path, i]));
  if (isSecretRef(value)) return [];
  if (isPlainObject(value)) return Object.entries(value).flatMap(([k, v]) => findSecrets(v, [...path, k]));
  if (isPlainText(value) && path.length > 0 && isSecretPath(path)) {
    return [{ path, key: String(path[path.length - 1]), value }];
  }
  return [];
}

/** A copy of the config with every plaintext secret masked (env refs and SecretRefs kept as they are). */
export function maskSecrets(value: unknown, path: (string | number)[] = []): unknown {
  if (Array.isArray(value)) return value.map((item, i) => maskSecrets(item, [...path, i]));
  if (isSecretRef(value)) return value;
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskSecrets(v, [...path, k])]));
  if (isPlainText(value) && path.length > 0 && isSecretPath(path)) return maskSecret(value);
  return value;
}

/** The value at `path`, or undefined. */
export function valueAt(value: unknown, path: SecretPath): unknown {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isPlainObject(current) && typeof key === 'string' && Object.hasOwn(current, key)) current = current[key];
    else return undefined;
  }
  return current;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `key: "value"` / `"key": 'value'` in JSON5 text, for any secret-named key or field the schema marks sensitive. */
const SECRET_ASSIGNMENT = /((["']?)([A-Za-z0-9_$-]+)\2\s*:\s*)(["'])((?:\\.|(?!\4).)*)\4/g;

/**
 * Masks secrets in text that quotes the config (a unified diff, an error message):
 * every `secretName: "value"` assignment, and every known secret value (from `configs`)
 * — long ones (12+ characters) wherever they appear, short ones where their own key stands on the line.
 */
export function maskSecretsInText(text: string, ...configs: unknown[]): string {
  const secrets = configs.flatMap((c) => findSecrets(c));
  const long = [...new Set(secrets.filter((s) => s.value.length >= 12).map((s) => s.value))].sort(
    (a, b) => b.length - a.length,
  );
  return text
    .split('\n')
    .map((line) => {
      let out = line.replace(
        SECRET_ASSIGNMENT,
        (all, head: string, _q: string, key: string, quote: string, value: string) =>
          (isSecretName(key) || isSensitiveFieldName(key)) && isPlainText(value)
            ? `${head}${quote}${maskSecret(value)}${quote}`
            : all,
      );
      for (const value of long) out = out.split(value).join(maskSecret(value));
      for (const s of secrets) {
        if (s.value.length >= 12) continue;
        const near = new RegExp(`(${escapeRegExp(s.key)}["']?\\s*:\\s*["'])${escapeRegExp(s.value)}(["'])`, 'g');
        out = out.replace(near, `$1${maskSecret(s.value)}$2`);
      }
      return out;
    })
    .join('\n');
}

/** Paths where `after` holds a masked string ("••••…") that `before` did not have there: a mask sent back as a value. */
export function maskedValuesIntroduced(
  before: unknown,
  after: unknown,
  path: (string | number)[] = [],
): (string | number)[][] {
  if (Array.isArray(after)) return after.flatMap((item, i) => maskedValuesIntroduced(before, item, [...path, i]));
  if (isPlainObject(after))
    return Object.entries(after).flatMap(([k, v]) => maskedValuesIntroduced(before, v, [...path, k]));
  return typeof after === 'string' && after.startsWith(MASK) && valueAt(before, path) !== after ? [path] : [];
}
