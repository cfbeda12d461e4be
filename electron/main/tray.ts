/**
 * The tray / menu-bar icon: renders `trayModel(state)` from shared/ with Electron's
 * Tray and Menu, rebuilding the whole menu on every state change (portable to Linux).
 */
import path from 'node:path';
import { Menu, Tray, nativeImage } from 'electron';
import type { Message } from '@shared/i18n/message';
import { trayModel, type TrayAction, type TrayIconState, type TrayState } from '@shared/tray/tray-model';
import { toMenuTemplate } from './tray-menu';

export interface TrayController {
  update(state: TrayState): void;
  /** Speaks another language from now on; the menu is rebuilt at once. */
  setTranslate(translate: (m: Message) => string): void;
  destroy(): void;
}

function iconFile(buildDir: string, state: TrayIconState): string {
  if (process.platform === 'darwin') return path.join(buildDir, 'trayTemplate.png');
  return path.join(buildDir, state === 'ok' || state === 'idle' ? 'tray.png' : `tray-${state}.png`);
}

/** `translate` speaks the app's language (the panel's choice, else the OS's; see index.ts). */
export function createTray(
  buildDir: string,
  onAction: (action: TrayAction) => void,
  translate: (m: Message) => string,
): TrayController {
  const image = (state: TrayIconState) => {
    const icon = nativeImage.createFromPath(iconFile(buildDir, state));
    if (process.platform === 'darwin') icon.setTemplateImage(true);
    return icon;
  };
  const tray = new Tray(image('idle'));
  let last: TrayState = { servers: [] };
  const update = (state: TrayState) => {
    last = state;
    const model = trayModel(state);
    tray.setImage(image(model.icon));
    tray.setToolTip(translate(model.tooltip));
    tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(model.items, onAction, translate)));
  };
  update(last);
  return {
    update,
    setTranslate(next) {
      translate = next;
      update(last);
    },
    destroy: () => tray.destroy(),
  };
}
