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

export function classifyBaseUrl(baseUrl: string): ProviderLocation | null {
  let host: string;
  try {
    host = new URL(baseUrl.replace(/\$\{[A-Z_][A-Z0-9_]*\}/g, 'x')).hostname.toLowerCase();
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

export function providerLocation(id: string, provider: { baseUrl?: unknown } | undefined): ProviderLocation {
  if (provider && typeof provider.baseUrl === 'string') return classifyBaseUrl(provider.baseUrl) ?? 'hosted';
  return (LOCAL_BUNDLED_PROVIDER_IDS as readonly string[]).includes(id.toLowerCase()) ? 'local' : 'hosted';
}

export const isLocalLocation = (location: ProviderLocation): boolean => location !== 'hosted';
