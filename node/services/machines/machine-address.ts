/**
 * Where an added machine may be: a panel or exo API at the root of an http(s) URL (no path to
 * point the panel's requests elsewhere), or an rpc-server's host:port — never a link-local
 * address (169.254.0.0/16, fe80::/10: cloud metadata services live there), written as one or
 * resolved to one.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { AppError } from '@shared/api/problem';
import { msg } from '@shared/i18n/message';

/** How long a host name may take to resolve before the address check gives up on it. */
export const ADDRESS_LOOKUP_MS = 3000;

export type Lookup = (host: string) => Promise<{ address: string }[]>;
const systemLookup: Lookup = (host) => dnsLookup(host, { all: true, verbatim: true });

/** Whether an IP address (v4, v6, v4-mapped v6, in brackets or not) is link-local. */
export function isLinkLocal(address: string): boolean {
  const a = address.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(a) === 4) {
    const [x, y] = a.split('.').map(Number);
    return x === 169 && y === 254;
  }
  if (isIP(a) !== 6) return false;
  const dotted = a.match(/^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) return isLinkLocal(dotted[1]!);
  const hex = a.match(/^(?:0{0,4}:){0,5}:?ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}$/);
  if (hex) return parseInt(hex[1]!, 16) >> 8 === 169 && (parseInt(hex[1]!, 16) & 0xff) === 254;
  // fe80::/10: the first ten bits are 1111 1110 10.
  return (parseInt(a.split(':')[0] || '0', 16) & 0xffc0) === 0xfe80;
}

function refuseLinkLocal(url: string): never {
  throw new AppError('INVALID_INPUT', msg('cluster.linkLocal', { url }));
}

/** The addresses `host` resolves to, within the deadline; none when it does not resolve (reading it reports that). */
async function resolve(host: string, lookup: Lookup, timeoutMs: number): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<null>((done) => (timer = setTimeout(() => done(null), timeoutMs)));
  try {
    const found = await Promise.race([lookup(host).catch(() => []), deadline]);
    return found ? found.map((entry) => entry.address) : [];
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Refuses (INVALID_INPUT) a machine address that is link-local, or a panel/exo URL that is not
 * http(s) at its root. `host` is the host the machine is reached at; `url` what the user is told.
 */
export async function checkMachineAddress(
  target: { url: string; host: string; httpRoot?: URL },
  options: { lookup?: Lookup; timeoutMs?: number } = {},
): Promise<void> {
  const { httpRoot } = target;
  if (httpRoot) {
    if (httpRoot.protocol !== 'http:' && httpRoot.protocol !== 'https:')
      throw new AppError('INVALID_INPUT', msg('cluster.urlNotRoot', { url: target.url }));
    if (httpRoot.pathname !== '/' || httpRoot.search || httpRoot.hash || httpRoot.username || httpRoot.password)
      throw new AppError('INVALID_INPUT', msg('cluster.urlNotRoot', { url: target.url }));
  }
  const host = target.host.replace(/^\[|\]$/g, '');
  if (isLinkLocal(host)) refuseLinkLocal(target.url);
  if (isIP(host)) return;
  const addresses = await resolve(host, options.lookup ?? systemLookup, options.timeoutMs ?? ADDRESS_LOOKUP_MS);
  if (addresses.some(isLinkLocal)) refuseLinkLocal(target.url);
}
