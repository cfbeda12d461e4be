/**
 * Stands in for the 'electron' package in unit tests: the real one downloads its
 * runtime on first require, which must never happen here. Anything a test reaches
 * through it fails loudly.
 */
const unavailable = new Proxy(
  {},
  {
    get(_target, property) {
      throw new Error(`electron.${String(property)} is not available in unit tests`);
    },
  },
);

export default unavailable;
export const app = unavailable;
export const BrowserWindow = unavailable;
export const ipcMain = unavailable;
export const ipcRenderer = unavailable;
export const contextBridge = unavailable;
export const Menu = unavailable;
export const Tray = unavailable;
export const nativeImage = unavailable;
export const session = unavailable;
export const shell = unavailable;
