/**
 * The headless panel's gatekeeping, as pure functions: which Host and Origin headers
 * are the panel's own (DNS-rebinding and cross-site protection), and the credential a
 * request carries in a header, compared in constant time. Never a cookie: browsers send
 * cookies by host, not by port, so any other local server the browser visits would get it.
 */
import { timingSafeEqual } from 'node:crypto';
import { problem, type Problem } from '@shared/api/problem';
import { msg, type Message } from '@shared/i18n/message';

/** A request the panel cannot even read (a path that does not decode): answered 400, never 500. */
export class BadRequestError extends Error {
  constructor(readonly text: Message) {
    super(text.code);
    this.name = 'BadRequestError';
  }

  get problem(): Problem {
    return problem('INVALID_INPUT', this.text);
  }
}
export const TOKEN_HEADER = 'x-claw-token';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD_BINDS = new Set(['0.0.0.0', '::', '[::]']);

function hostForm(host: string): string {
  const h = host.trim().toLowerCase();
  return h.includes(':') && !h.startsWith('[') ? `[${h}]` : h;
}

/**
 * The `host:port` values a browser may legitimately send. Loopback names always; the
 * bound address; and, when bound to a wildcard, the extra names the user allowed
 * (the machine's addresses and hostname, passed in by the caller).
 */
export function allowedHosts(bindHost: string, port: number, extraNames: readonly string[] = []): Set<string> {
  const names = new Set<string>(LOOPBACK_NAMES);
  if (!WILDCARD_BINDS.has(bindHost.trim())) names.add(hostForm(bindHost));
  for (const name of extraNames) names.add(hostForm(name));
  return new Set([...names].map((name) => `${name}:${port}`));
}

export function isAllowedHost(hostHeader: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (!hostHeader) return false;
  return allowed.has(hostHeader.trim().toLowerCase());
}

export type OriginVerdict = 'absent' | 'same' | 'foreign';

export function checkOrigin(originHeader: string | undefined, allowed: ReadonlySet<string>): OriginVerdict {
  if (originHeader === undefined || originHeader === '') return 'absent';
  let url: URL;
  try {
    url = new URL(originHeader);
  } catch {
    return 'foreign';
  }
  if (url.protocol !== 'http:') return 'foreign';
  const port = url.port || '80';
  return allowed.has(`${url.hostname.toLowerCase()}:${port}`) ? 'same' : 'foreign';
}

export function tokenMatches(candidate: string | undefined | null, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The credential a request carries in a header: `Authorization: Bearer …` or `X-Claw-Token`. */
export function headerCredential(carrier: { authorization?: string; tokenHeader?: string }): string | undefined {
  return carrier.authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1] ?? carrier.tokenHeader;
}

/** Decodes a URL path segment; BadRequestError for `%E0` and friends. */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new BadRequestError(msg('panel.pathUndecodable'));
  }
}
