/**
 * The only URLs the app hands to the system browser: http and https, parsed with URL,
 * never a renderer string passed through as it is.
 */
export function safeExternalUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Whether a navigation stays on the app's own page (same file, or the dev server's origin). */
export function isAppNavigation(target: string, appUrl: string): boolean {
  try {
    const to = new URL(target);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return to.protocol === 'file:' && to.pathname === app.pathname;
    return to.origin === app.origin;
  } catch {
    return false;
  }
}
