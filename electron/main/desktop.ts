/** The desktop port: login item (with macOS's approval status) and the Dock icon, through Electron. */
import { app } from 'electron';
import type { DesktopPort, LoginItemStatus } from '@node/services/desktop-port';

export function electronDesktopPort(): DesktopPort {
  const supported = process.platform === 'darwin' || process.platform === 'win32';
  return {
    loginItem() {
      if (!supported) return { openAtLogin: false, status: 'unsupported' };
      const settings = app.getLoginItemSettings();
      const status =
        (settings as { status?: LoginItemStatus }).status ?? (settings.openAtLogin ? 'enabled' : 'not-registered');
      return { openAtLogin: settings.openAtLogin, status };
    },
    setOpenAtLogin(open) {
      if (supported) app.setLoginItemSettings({ openAtLogin: open });
    },
    setMenuBarOnly(menuBarOnly) {
      if (menuBarOnly) app.dock?.hide();
      // Resolves once the icon is shown; Electron does not reject it.
      else void app.dock?.show();
    },
  };
}
