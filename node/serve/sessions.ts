/**
 * The headless panel's browser sessions: the printed URL's token is traded for one random
 * session per visit (kept by the page in sessionStorage, sent as `Authorization: Bearer …`),
 * so the link opens any number of browsers and no credential ever rides in a cookie.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Enough for every tab a user opens; the oldest session goes first beyond it. */
export const MAX_SESSIONS = 64;

export interface SessionBook {
  /** A new session (the caller has checked the link's token). */
  open(): string;
  /** Whether `candidate` is a live session. */
  has(candidate: string | undefined): boolean;
  readonly size: number;
}

/** Kept by their hash, so the lookup's timing says nothing about a session's bytes. */
const keyOf = (session: string): string => createHash('sha256').update(session, 'utf8').digest('base64url');

export function createSessionBook(max = MAX_SESSIONS): SessionBook {
  const live = new Set<string>();
  return {
    open() {
      const session = randomBytes(32).toString('base64url');
      live.add(keyOf(session));
      // A Set keeps insertion order: the first is the oldest.
      while (live.size > max) live.delete(live.values().next().value as string);
      return session;
    },
    has(candidate) {
      return !!candidate && live.has(keyOf(candidate));
    },
    get size() {
      return live.size;
    },
  };
}
