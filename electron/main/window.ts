/** Opens the main window with the secure options and loads the renderer. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, type Rectangle } from 'electron';
import type { TrustedRenderer } from './sender-check';
import { mainWindowOptions } from './window-options';

export interface RendererLocation {
  /** The URL the window loads. */
  url: string;
  trusted: TrustedRenderer;
}

/** The built renderer, or the Vite dev server when electron-vite runs in dev mode. */
export function rendererLocation(isPackaged: boolean): RendererLocation {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl && !isPackaged) return { url: devUrl, trusted: { kind: 'dev-server', origin: new URL(devUrl).origin } };
  const indexPath = path.join(__dirname, '..', 'renderer', 'index.html');
  return { url: pathToFileURL(indexPath).toString(), trusted: { kind: 'file', indexPath } };
}

export function createMainWindow(
  location: RendererLocation,
  bounds: Rectangle | null,
  showWhenReady: boolean,
): BrowserWindow {
  const window = new BrowserWindow({
    ...mainWindowOptions(path.join(__dirname, '..', 'preload', 'index.js')),
    ...(bounds ?? {}),
  });
  if (showWhenReady) window.once('ready-to-show', () => window.show());
  window
    .loadURL(location.url)
    .catch((error: Error) => console.error('[window] could not load the panel:', error.message));
  return window;
}
