/**
 * Where a provider runs: on this machine (loopback), on the LAN (private addresses,
 * .local names), or hosted. Local and LAN providers are the ones the panel probes,
 * keeps warm and checks for cold-start timeouts.
 */
import { resolveEnvString, type Env } from './env-refs';
import { bundledDefaultBaseUrl } from '../servers/defaults';

export type ProviderLocation = 'local' | 'lan' | 'hosted';

const PRIVATE_V4 = [
  /^10\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^169\.254\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
];

/**
 * Where a base URL points; null when it cannot be told (unparsable, or a missing ${VAR}).
 * `env` is the environment OpenClaw resolves against (`effectiveEnv(config, …)`).
 */
export function classifyBaseUrl(baseUrl: string, env: Env = {}): ProviderLocation | null {
  const expanded = resolveEnvString(baseUrl, env);
  if (expanded === undefined) return null;
  let host: string;
  try {
    host = new URL(expanded).hostname.toLowerCase();
  } catch {
    return null;
  }
  host = host.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host === '::1' || /^127\./.test(host) || host === '0.0.0.0') return 'local';
  if (
    PRIVATE_V4.some((re) => re.test(host)) ||
    host.endsWith('.local') ||
    host.endsWith('.lan') ||
    /^f[cd]/.test(host)
  ) {
    return 'lan';
  }
  if (!host.includes('.') && host !== '') return 'lan';
  return 'hosted';
}

/**
 * A provider's location from its base URL (its `${VAR}`s resolved against `env`, see
 * env-refs.ts), else from its id: OpenClaw's bundled local servers default to loopback.
 */
export function providerLocation(
  id: string,
  provider: { baseUrl?: unknown } | undefined,
  env: Env = {},
): ProviderLocation {
  const fromUrl = provider && typeof provider.baseUrl === 'string' ? classifyBaseUrl(provider.baseUrl, env) : null;
  if (fromUrl) return fromUrl;
  return bundledDefaultBaseUrl(id) ? 'local' : 'hosted';
}

export const isLocalLocation = (location: ProviderLocation): boolean => location !== 'hosted';
