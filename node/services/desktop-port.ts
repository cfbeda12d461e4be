/**
 * What only the desktop app can do (login item, Dock icon), as a port the main process
 * implements with Electron; the headless panel and the CLI have none, and say so.
 */
export type LoginItemStatus = 'not-registered' | 'enabled' | 'requires-approval' | 'not-found' | 'unsupported';

export interface DesktopPort {
  loginItem(): { openAtLogin: boolean; status: LoginItemStatus };
  setOpenAtLogin(open: boolean): void;
  setMenuBarOnly(menuBarOnly: boolean): void;
}
