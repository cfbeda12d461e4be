/**
 * Turns the pure tray model (shared/tray) into Electron menu templates. Kept free of
 * runtime Electron imports so its output can be tested as data.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Message } from '@shared/i18n/message';
import type { TrayAction, TrayItem } from '@shared/tray/tray-model';

export function toMenuTemplate(
  items: readonly TrayItem[],
  onAction: (action: TrayAction) => void,
  translate: (m: Message) => string,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'separator':
        return { type: 'separator' };
      case 'status':
        return { label: translate(item.label), enabled: false };
      case 'submenu':
        return { label: translate(item.label), submenu: toMenuTemplate(item.items, onAction, translate) };
      case 'action':
        return item.checked === undefined
          ? { label: translate(item.label), enabled: item.enabled, click: () => onAction(item.action) }
          : {
              label: translate(item.label),
              type: 'checkbox',
              checked: item.checked,
              enabled: item.enabled,
              click: () => onAction(item.action),
            };
    }
  });
}
