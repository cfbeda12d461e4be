/**
 * Where a provider runs: on this machine (loopback), on the LAN (private addresses,
 * .local names), or hosted. Local and LAN providers are the ones the panel probes,
 * keeps warm and checks for cold-start timeouts.
 */
import { LOCAL_BUNDLED_PROVIDER_IDS } from './openclaw-schema';

export type ProviderLocation = 'local' | 'lan' | 'hosted';

const PRIVATE_V4 = [
  /^10\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^169\.254\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
];

const ENV_REF = /\$\{([A-Z_][A-Z0-9_]*)\}/g;

/** Where a base URL points; null when it cannot be told (unparsable, or an unknown ${VAR}). */
export function classifyBaseUrl(
  baseUrl: string,
  vars: Readonly<Record<string, unknown>> = {},
): ProviderLocation | null {
  let unresolved = false;
  const expanded = baseUrl.replace(ENV_REF, (_match, name: string) => {
    const value = vars[name];
    if (typeof value === 'string') return value;
    unresolved = true;
    return '';
  });
  if (unresolved) return null;
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
 * A provider's location from its base URL (with `${VAR}`s taken from the config's
 * env.vars), else from its id: OpenClaw's bundled local servers default to loopback.
 */
export function providerLocation(
  id: string,
  provider: { baseUrl?: unknown } | undefined,
  vars: Readonly<Record<string, unknown>> = {},
): ProviderLocation {
  const fromUrl = provider && typeof provider.baseUrl === 'string' ? classifyBaseUrl(provider.baseUrl, vars) : null;
  if (fromUrl) return fromUrl;
  return (LOCAL_BUNDLED_PROVIDER_IDS as readonly string[]).includes(id.toLowerCase()) ? 'local' : 'hosted';
}

export const isLocalLocation = (location: ProviderLocation): boolean => location !== 'hosted';
