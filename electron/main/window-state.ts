/**
 * Remembers the window's size and position in the app's settings file, and only
 * restores bounds that still fit on a connected display.
 */
import { screen, type BrowserWindow, type Rectangle } from 'electron';
import type { SettingsStore } from '@node/services/settings';

export function visibleOnSomeDisplay(bounds: Rectangle, displays: Rectangle[]): boolean {
  return displays.some(
    (d) =>
      bounds.x < d.x + d.width - 80 &&
      bounds.x + bounds.width > d.x + 80 &&
      bounds.y >= d.y - 20 &&
      bounds.y < d.y + d.height - 80,
  );
}

export async function restoredBounds(settings: SettingsStore): Promise<Rectangle | null> {
  const saved = (await settings.get()).windowBounds;
  if (!saved) return null;
  return visibleOnSomeDisplay(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  )
    ? saved
    : null;
}

export function trackBounds(window: BrowserWindow, settings: SettingsStore): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!window.isDestroyed() && !window.isMinimized() && !window.isFullScreen())
        settings
          .update({ windowBounds: window.getNormalBounds() })
          .catch((error: Error) => console.error('[window] could not save its position:', error.message));
    }, 400);
  };
  window.on('resize', save);
  window.on('move', save);
}
