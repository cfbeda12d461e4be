/**
 * The desktop app's main process: single instance, security hooks, the services and
 * their dispatcher behind IPC, one window, and the tray.
 */
import path from 'node:path';
import { app, dialog, ipcMain, Menu, powerMonitor, shell, type BrowserWindow } from 'electron';
import { createTranslator, englishOf, languageFromEnv } from '@locales/translate';
import { createDispatcher } from '@node/api/dispatcher';
import { createHandlers } from '@node/api/handlers';
import { createServices } from '@node/host/services';
import { APP_ROOT } from '@node/platform/app-root';
import { installCliLink } from '@node/host/cli-link/cli-link';
import { appMenuTemplate } from './app-menu';
import { electronDesktopPort } from './desktop';
import { forwardEvents, registerIpc } from './ipc';
import { installSecurityHandlers } from './security';
import { isTrustedSender } from './sender-check';
import { createTray, type TrayController } from './tray';
import { runTrayAction, syncTray } from './tray-sync';
import { guardUnsavedLeave } from './unsaved-guard';
import { createMainWindow, rendererLocation } from './window';
import { restoredBounds, trackBounds } from './window-state';

const isE2E = process.env.CLAW_CONTROL_E2E === '1';
let mainWindow: BrowserWindow | null = null;
let tray: TrayController | null = null;
let quitting = false;
/** The language the app speaks (Settings' choice, else the OS's): the question on leaving with unsaved edits uses it. */
let uiLanguage: ReturnType<typeof languageFromEnv> | null = null;

if (!isE2E && !app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const location = rendererLocation(app.isPackaged);
  installSecurityHandlers(() => location.url);

  const desktop = electronDesktopPort();
  const services = createServices({
    host: 'desktop',
    appVersion: app.getVersion(),
    electronVersion: process.versions.electron ?? null,
    stateDir: app.getPath('userData'),
    desktop,
  });
  const dispatcher = createDispatcher(createHandlers(services), { english: englishOf });

  const openWindow = async (show: boolean) => {
    const window = createMainWindow(location, await restoredBounds(services.settings), show);
    trackBounds(window, services.settings);
    guardUnsavedLeave(
      window.webContents,
      (options) => dialog.showMessageBoxSync(window, options),
      () => createTranslator(uiLanguage ?? languageFromEnv({ LANG: app.getLocale() })).message,
    );
    // On macOS, closing the window keeps the app in the menu bar; quit from the tray or with Cmd-Q.
    window.on('close', (event) => {
      if (process.platform === 'darwin' && !quitting) {
        event.preventDefault();
        window.hide();
      }
    });
    window.on('closed', () => (mainWindow = null));
    mainWindow = window;
  };
  const showWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      openWindow(true).catch((error: Error) => console.error('[window] could not open the panel:', error.message));
    } else {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
    }
  };

  app.on('second-instance', showWindow);
  app.on('activate', showWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => {
    quitting = true;
    services.stop();
    tray?.destroy();
  });

  const started = app.whenReady().then(async () => {
    registerIpc(ipcMain, dispatcher, (frame) => isTrustedSender(frame, location.trusted));
    forwardEvents(services.events, () => mainWindow?.webContents ?? null);
    await services.start();
    // Packaged, the tray images and the README are resources beside app.asar.
    const resources = app.isPackaged ? process.resourcesPath : APP_ROOT;
    // The tray speaks the language picked in the panel's Settings, else the OS language (services/language.ts).
    const systemLanguage = languageFromEnv({ LANG: app.getLocale() });
    let appLanguage = systemLanguage;
    const trayText = createTranslator(systemLanguage, 'tray');
    tray = createTray(
      path.join(resources, 'build'),
      (action) => {
        if (action.kind === 'open-panel') showWindow();
        else if (action.kind === 'quit') app.quit();
        else void runTrayAction(dispatcher.call, action); // never rejects: it logs a refused action itself
      },
      trayText.message,
    );
    const stopTraySync = syncTray(dispatcher.call, services.events, tray);
    const stopLanguage = services.language.follow(systemLanguage, (language) => {
      appLanguage = language;
      uiLanguage = language;
      tray?.setTranslate(createTranslator(language, 'tray').message);
    });
    app.on('before-quit', stopLanguage);
    // The Electron e2e test checks that the tray exists.
    if (isE2E) (globalThis as { __clawControlTray?: unknown }).__clawControlTray = tray;
    app.on('before-quit', stopTraySync);
    // After sleep every kept-warm model is checked at once.
    powerMonitor.on('resume', () => services.servers.keepWarm.checkAll());
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate(process.platform, app.isPackaged, {
          // openPath resolves with an error text (empty when it opened), it does not reject.
          openReadme: () =>
            void shell
              .openPath(path.join(resources, 'README.md'))
              .then((failed) => failed && console.error('[menu] could not open the README:', failed)),
          openExternal: (url) =>
            void shell
              .openExternal(url)
              .catch((error: Error) => console.error('[menu] could not open a link:', error.message)),
          openPanel: showWindow,
          installCli: () => {
            // Packaged, the CLI is the extraResource cli/ (electron-builder.ts); from a checkout, bin/.
            const target = path.join(app.isPackaged ? path.join(resources, 'cli') : APP_ROOT, 'bin', 'claw-control');
            const t = createTranslator(appLanguage);
            void installCliLink({ target, platform: process.platform, env: process.env, home: app.getPath('home') })
              .then(
                (result) => ({ ok: result.ok, text: result.messages.map((m) => t.message(m)).join('\n\n') }),
                (error: Error) => ({
                  ok: false,
                  text: t.message({ code: 'common.unexpected', params: { detail: error.message } }),
                }),
              )
              .then(({ ok, text }) => dialog.showMessageBox({ type: ok ? 'info' : 'warning', message: text }))
              .catch((error: Error) => console.error('[menu] install command line tool:', error.message));
          },
        }),
      ),
    );
    const settings = await services.settings.get();
    if (settings.menuBarOnly) desktop.setMenuBarOnly(true);
    // Opened at login: start in the menu bar, with the window created but hidden.
    await openWindow(!app.getLoginItemSettings().wasOpenedAtLogin || isE2E);
  });
  started.catch((error: Error) => {
    // Without its services, tray or window the app cannot be used: say why, then quit.
    console.error('[main] could not start:', error.message);
    const t = createTranslator(languageFromEnv({ LANG: app.getLocale() }));
    dialog.showErrorBox(app.getName(), t.message({ code: 'common.unexpected', params: { detail: error.message } }));
    app.quit();
  });
}
