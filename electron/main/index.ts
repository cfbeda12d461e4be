/**
 * The desktop app's main process: single instance, security hooks, the services and
 * their dispatcher behind IPC, one window, and the tray.
 */
import path from 'node:path';
import { app, ipcMain, powerMonitor, type BrowserWindow } from 'electron';
import { createDispatcher } from '../api/dispatcher';
import { createHandlers } from '../api/handlers';
import { createServices } from '../services';
import { APP_ROOT } from '../services/app-root';
import { forwardEvents, registerIpc } from './ipc';
import { installSecurityHandlers } from './security';
import { isTrustedSender } from './sender-check';
import { createTray, type TrayController } from './tray';
import { runTrayAction, syncTray } from './tray-sync';
import { createMainWindow, rendererLocation } from './window';

const isE2E = process.env.CLAW_CONTROL_E2E === '1';
let mainWindow: BrowserWindow | null = null;
let tray: TrayController | null = null;

if (!isE2E && !app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const location = rendererLocation(app.isPackaged);
  installSecurityHandlers(() => location.url);

  const services = createServices({
    host: 'desktop',
    appVersion: app.getVersion(),
    electronVersion: process.versions.electron ?? null,
  });
  const dispatcher = createDispatcher(createHandlers(services));

  const showWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      mainWindow = createMainWindow(location);
      mainWindow.on('closed', () => (mainWindow = null));
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
    services.stop();
    tray?.destroy();
  });

  void app.whenReady().then(async () => {
    registerIpc(ipcMain, dispatcher, (frame) => isTrustedSender(frame, location.trusted));
    forwardEvents(services.events, () => mainWindow?.webContents ?? null);
    await services.start();
    tray = createTray(path.join(APP_ROOT, 'build'), (action) => {
      if (action.kind === 'open-panel') showWindow();
      else if (action.kind === 'quit') app.quit();
      else void runTrayAction(services, action);
    });
    const stopTraySync = syncTray(services, tray);
    app.on('before-quit', stopTraySync);
    // After sleep every kept-warm model is checked at once.
    powerMonitor.on('resume', () => services.servers.keepWarm.checkAll());
    showWindow();
  });
}
