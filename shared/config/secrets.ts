/**
 * How a credential is shown: plaintext keys are masked to their last four characters,
 * `${VAR}` strings and SecretRef objects are described, never resolved. The UI and the
 * CLI only ever see the masked form.
 */
import { isPlainObject } from '../json5/deep-equal';

export type CredentialView =
  | { kind: 'none' }
  | { kind: 'plain'; masked: string }
  | { kind: 'env'; variable: string }
  | { kind: 'secret-ref'; source: string; id: string };

const ENV_REF = /^\$\{([A-Z_][A-Z0-9_]*)\}$|^\$([A-Z_][A-Z0-9_]*)$/;

export function maskSecret(value: string): string {
  return value.length > 8 ? `••••${value.slice(-4)}` : '••••';
}

export function describeCredential(value: unknown): CredentialView {
  if (value === undefined || value === null || value === '') return { kind: 'none' };
  if (typeof value === 'string') {
    if (value.startsWith('••••')) return { kind: 'plain', masked: value };
    const env = ENV_REF.exec(value);
    return env ? { kind: 'env', variable: (env[1] ?? env[2])! } : { kind: 'plain', masked: maskSecret(value) };
  }
  if (isPlainObject(value) && typeof value.source === 'string') {
    return { kind: 'secret-ref', source: value.source, id: String(value.id ?? '') };
  }
  return { kind: 'plain', masked: '••••' };
}

const SECRET_KEYS = new Set(['apiKey', 'token', 'passphrase', 'value']);

/** A copy of the config with every plaintext credential masked (env refs and SecretRefs kept as they are). */
export function maskSecrets(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item));
  if (isPlainObject(value)) {
    if (key === 'headers') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, typeof v === 'string' && !ENV_REF.test(v) ? maskSecret(v) : v]),
      );
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskSecrets(v, k)]));
  }
  if (typeof value === 'string' && SECRET_KEYS.has(key) && !ENV_REF.test(value)) return maskSecret(value);
  return value;
}
