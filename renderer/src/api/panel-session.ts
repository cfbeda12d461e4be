/**
 * The headless panel's browser session: the token in the printed URL is traded, once per visit,
 * for a session the panel gives each browser; the page keeps it in sessionStorage (this origin,
 * this tab: no other local port can read it, unlike a cookie) and drops the token from the address.
 */

/** Where the page keeps its session (sessionStorage is per origin — host and port — and per tab). */
export const SESSION_KEY = 'claw-control.panel-session';

export interface PanelSessionDeps {
  /** The page's address (`window.location`). */
  location: Pick<Location, 'search' | 'pathname' | 'hash'>;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Rewrites the address bar without a load (`history.replaceState`). */
  replaceUrl(url: string): void;
  fetch: typeof fetch;
  base?: string;
}

/**
 * This tab's session: a fresh one when the address carries `?token=` (a visit of the printed URL;
 * the token is dropped from the address at once), else the one kept from an earlier load of this
 * tab; null when there is none or the panel refused the token (its calls then answer 401, which
 * the transport reports as an expired session).
 */
export async function openPanelSession(deps: PanelSessionDeps): Promise<string | null> {
  const params = new URLSearchParams(deps.location.search);
  const token = params.get('token');
  if (token === null) return deps.storage.getItem(SESSION_KEY);
  params.delete('token');
  const query = params.toString();
  deps.replaceUrl(`${deps.location.pathname}${query ? `?${query}` : ''}${deps.location.hash}`);
  deps.storage.removeItem(SESSION_KEY);
  let response: Response;
  try {
    response = await deps.fetch(`${deps.base ?? ''}/api/session`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
  } catch {
    // The panel is not answering: the first call says so (the transport's `panel.unreachable`).
    return null;
  }
  const body = (await response.json().catch((error: unknown) => {
    // Said, then the first call reports the refusal in words (no session: `panel.tokenMissing`).
    console.warn('[panel] the session answer was not JSON:', error);
    return null;
  })) as { data?: { session?: unknown } } | null;
  const session = response.ok ? body?.data?.session : undefined;
  if (typeof session !== 'string') return null;
  deps.storage.setItem(SESSION_KEY, session);
  return session;
}

/** The page's own session, traded once at start (the headless panel's `api`). */
export function browserPanelSession(): () => Promise<string | null> {
  let session: Promise<string | null> | undefined;
  return () =>
    (session ??= openPanelSession({
      location: window.location,
      storage: window.sessionStorage,
      replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
      fetch: (input, init) => window.fetch(input, init),
    }));
}
