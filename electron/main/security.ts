/**
 * App-wide Electron hardening: every web contents may only show our own page; new
 * windows are denied (http/https links go to the system browser); redirects and
 * webviews are blocked; every permission request is refused.
 */
import { app, session, shell } from 'electron';
import { isAppNavigation, safeExternalUrl } from './external-links';

export function installSecurityHandlers(appUrl: () => string): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      const external = safeExternalUrl(url);
      if (external)
        shell
          .openExternal(external)
          .catch((error: Error) => console.error('[links] could not open in the browser:', error.message));
      return { action: 'deny' };
    });
    const guard = (event: { preventDefault(): void }, url: string) => {
      if (isAppNavigation(url, appUrl())) return;
      event.preventDefault();
      const external = safeExternalUrl(url);
      if (external)
        shell
          .openExternal(external)
          .catch((error: Error) => console.error('[links] could not open in the browser:', error.message));
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app
    .whenReady()
    .then(() => {
      session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
      session.defaultSession.setPermissionCheckHandler(() => false);
    })
    .catch((error: Error) => console.error('[security] could not refuse permission requests:', error.message));
}
